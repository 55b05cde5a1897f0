import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorState, Notice, Spinner } from '../../../ui/components/index.ts';
import { formErrorMessage, useServerSubmit, useZodForm, type ZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { sessionKeys } from '../../app/session-queries.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { BannerSection } from './BannerSection.tsx';
import { CustomDomainSection } from './CustomDomainSection.tsx';
import { EmailBrandingSection } from './EmailBrandingSection.tsx';
import { GeneralSection } from './GeneralSection.tsx';
import { InvitationSection } from './InvitationSection.tsx';
import { fetchPortalSettings, portalSettingsKeys, savePortalSettings, type PortalSettings, type PortalSettingsUpdate } from './queries.ts';
import { portalSettingsSchema, portalSettingsValues } from './settings-form.ts';
import { SingleSignOnSection } from './SingleSignOnSection.tsx';
import { AccessSection, FeaturesSection, StaffEmailSection } from './ToggleSections.tsx';

export type SettingsForm = ZodForm<typeof portalSettingsSchema>;
export interface SectionProps {
  form: SettingsForm;
}

export function PortalSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('settings.title'));
  const settings = useQuery({ queryKey: portalSettingsKeys.all, queryFn: ({ signal }) => fetchPortalSettings(signal) });

  if (settings.isPending) return <Spinner label={t('settings.loading')} />;
  if (!settings.data) {
    return (
      <>
        <h1>{t('settings.title')}</h1>
        <ErrorState title={t('settings.loadFailed')} message={errorMessage(t, settings.error)} retryLabel={t('common.retry')} onRetry={() => void settings.refetch()} />
      </>
    );
  }
  return <PortalSettingsForm settings={settings.data} />;
}

function PortalSettingsForm({ settings }: { settings: PortalSettings }) {
  const { t } = useTranslation();
  // The fields follow the settings as saved (the answer of each save).
  const form = useZodForm(portalSettingsSchema, { values: portalSettingsValues(settings) });
  const save = useApiMutation({
    mutationFn: (body: PortalSettingsUpdate) => savePortalSettings(body),
    onSuccess: (updated, _body, _result, { client }) => client.setQueryData(portalSettingsKeys.all, updated),
    // Name, colour and logo show in the console's header.
    invalidates: [sessionKeys.all],
  });
  const [saved, setSaved] = useState(false);
  const submit = useServerSubmit(form, async (body) => {
    setSaved(false);
    await save.mutateAsync(body);
    setSaved(true);
  });
  const error = formErrorMessage(form);

  const props: SectionProps = { form };
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <form className="admin-form admin-settings" onSubmit={(event) => void submit(event)}>
        <GeneralSection {...props} />
        <BannerSection {...props} />
        <AccessSection {...props} />
        <FeaturesSection {...props} />
        <InvitationSection {...props} />
        <EmailBrandingSection {...props} />
        <SingleSignOnSection {...props} />
        <StaffEmailSection {...props} />
        <div className="admin-sticky-actions">
          {/* Until the next change. */}
          {saved && !form.formState.isDirty ? <Notice tone="success">{t('settings.saved')}</Notice> : null}
          {error ? <Notice tone="danger">{error}</Notice> : null}
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {t('settings.save')}
          </Button>
        </div>
      </form>
      {/* Saved and verified on its own: a domain is not part of the form above. */}
      <CustomDomainSection />
    </>
  );
}

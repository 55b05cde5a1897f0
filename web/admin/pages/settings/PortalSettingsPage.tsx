import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorState, Notice, Spinner } from '../../../ui/components/index.ts';
import { useSessionState } from '../../app/SessionContext.tsx';
import { api } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { PortalSettings } from '../../lib/types.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useResource } from '../../lib/useResource.ts';
import { BannerSection } from './BannerSection.tsx';
import { GeneralSection } from './GeneralSection.tsx';
import { InvitationSection } from './InvitationSection.tsx';
import { AccessSection, FeaturesSection, StaffEmailSection } from './ToggleSections.tsx';

export type SettingsForm = PortalSettings;
export interface SectionProps {
  form: SettingsForm;
  set: <K extends keyof SettingsForm>(field: K, value: SettingsForm[K]) => void;
  error: unknown;
}

const nullable = ['logo_url', 'contact_email', 'contact_phone', 'contact_address', 'website'] as const;
const readOnly = ['portal_url'] as const;

/** What PATCH takes: every editable field, blank optional ones as null. */
function toBody(form: SettingsForm): Record<string, unknown> {
  const body: Record<string, unknown> = { ...form };
  for (const field of readOnly) delete body[field];
  for (const field of nullable) {
    const value = form[field];
    body[field] = value && value.trim() !== '' ? value.trim() : null;
  }
  return body;
}

export function PortalSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('settings.title'));
  const { refresh } = useSessionState();
  const settings = useResource(() => api.get<PortalSettings>('/portal/settings'), 'settings');
  const [form, setForm] = useState<SettingsForm>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (settings.data) setForm(settings.data);
  }, [settings.data]);

  if (settings.loading && !form) return <Spinner label={t('settings.loading')} />;
  if (!form) {
    return (
      <>
        <h1>{t('settings.title')}</h1>
        <ErrorState title={t('settings.loadFailed')} message={errorMessage(t, settings.error)} retryLabel={t('common.retry')} onRetry={settings.reload} />
      </>
    );
  }

  const set: SectionProps['set'] = (field, value) => {
    setSaved(false);
    setForm((current) => (current ? { ...current, [field]: value } : current));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      const updated = await api.patch<PortalSettings>('/portal/settings', toBody(form));
      setForm(updated);
      setSaved(true);
      // Name, colour and logo show in the console's header.
      await refresh();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const props: SectionProps = { form, set, error };
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <form className="admin-form admin-settings" onSubmit={(event) => void submit(event)}>
        <GeneralSection {...props} />
        <BannerSection {...props} />
        <AccessSection {...props} />
        <FeaturesSection {...props} />
        <InvitationSection {...props} />
        <StaffEmailSection {...props} />
        <div className="admin-sticky-actions">
          {saved ? <Notice tone="success">{t('settings.saved')}</Notice> : null}
          {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
          <Button type="submit" variant="primary" busy={busy}>
            {t('settings.save')}
          </Button>
        </div>
      </form>
    </>
  );
}

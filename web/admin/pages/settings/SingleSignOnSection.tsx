import { useTranslation } from 'react-i18next';
import { FormTextArea } from '../../../ui/forms/fields.tsx';
import type { SectionProps } from './PortalSettingsPage.tsx';

/** Portal sessions opened from the business's own app: the hosts their "back to" link may lead to. */
export function SingleSignOnSection({ form }: SectionProps) {
  const { t } = useTranslation();
  return (
    <section className="ui-card" aria-labelledby="settings-single-sign-on">
      <h2 id="settings-single-sign-on">{t('settings.singleSignOn')}</h2>
      <p className="ui-muted">{t('settings.singleSignOnIntro')}</p>
      <FormTextArea
        control={form.control}
        name="portal_session_return_hosts"
        label={t('settings.portal_session_return_hosts')}
        hint={t('settings.portal_session_return_hostsHint')}
        rows={3}
        spellCheck={false}
      />
    </section>
  );
}

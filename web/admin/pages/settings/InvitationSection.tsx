import { useTranslation } from 'react-i18next';
import { FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import type { SectionProps } from './PortalSettingsPage.tsx';

export function InvitationSection({ form }: SectionProps) {
  const { t } = useTranslation();
  return (
    <section className="ui-card" aria-labelledby="settings-invitation">
      <h2 id="settings-invitation">{t('settings.invitation')}</h2>
      <p className="ui-muted">{t('settings.invitationIntro')}</p>
      <FormTextInput control={form.control} name="invitation_email_subject" label={t('settings.invitation_email_subject')} maxLength={200} />
      <FormTextArea control={form.control} name="invitation_email_message" label={t('settings.invitation_email_message')} rows={5} maxLength={5000} />
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { TextArea, TextInput } from '../../../ui/components/index.ts';
import { fieldError } from '../../lib/errors.ts';
import type { SectionProps } from './PortalSettingsPage.tsx';

export function InvitationSection({ form, set, error }: SectionProps) {
  const { t } = useTranslation();
  return (
    <section className="ui-card" aria-labelledby="settings-invitation">
      <h2 id="settings-invitation">{t('settings.invitation')}</h2>
      <p className="ui-muted">{t('settings.invitationIntro')}</p>
      <TextInput label={t('settings.invitation_email_subject')} maxLength={200} value={form.invitation_email_subject} onChange={(e) => set('invitation_email_subject', e.target.value)} error={fieldError(error, 'invitation_email_subject')} />
      <TextArea label={t('settings.invitation_email_message')} rows={5} maxLength={5000} value={form.invitation_email_message} onChange={(e) => set('invitation_email_message', e.target.value)} error={fieldError(error, 'invitation_email_message')} />
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { BackToSignIn } from '../../components/BackToSignIn.tsx';
import { EmailRequestForm } from '../../components/EmailRequestForm.tsx';
import { requestPasswordReset } from './queries.ts';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('forgot.title')}>
      <EmailRequestForm
        intro={t('forgot.intro')}
        submitLabel={t('forgot.submit')}
        sentMessage={(email) => t('forgot.sent', { email })}
        send={requestPasswordReset}
        footer={<BackToSignIn />}
      />
    </AuthLayout>
  );
}

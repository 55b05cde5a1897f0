import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { BackToSignIn } from '../../components/BackToSignIn.tsx';
import { EmailRequestForm } from '../../components/EmailRequestForm.tsx';
import { requestSigninLink } from './queries.ts';

export function SigninLinkRequestPage() {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('signinLink.requestTitle')}>
      <EmailRequestForm
        intro={t('signinLink.intro')}
        submitLabel={t('signinLink.submit')}
        sentMessage={(email) => t('signinLink.sent', { email })}
        send={requestSigninLink}
        footer={<BackToSignIn />}
      />
    </AuthLayout>
  );
}

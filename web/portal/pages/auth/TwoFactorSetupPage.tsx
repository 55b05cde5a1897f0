import { useTranslation } from 'react-i18next';
import { usePortal } from '../../app/PortalContext.tsx';
import { useAfterAuth } from '../../app/useAfterAuth.ts';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { TwoFactorEnrolment } from '../../components/TwoFactorEnrolment.tsx';

/** Enrolment the organization requires before the portal opens. */
export function TwoFactorSetupPage() {
  const { t } = useTranslation();
  const { branding, refreshMe } = usePortal();
  const afterAuth = useAfterAuth();
  return (
    <AuthLayout title={t('twoFactor.setupTitle')} wide>
      <p>{t('twoFactor.requiredIntro', { name: branding.name })}</p>
      <TwoFactorEnrolment doneLabel={t('twoFactor.continue')} onDone={() => void refreshMe().then(afterAuth)} />
    </AuthLayout>
  );
}

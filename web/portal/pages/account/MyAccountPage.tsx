import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/PortalContext.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LanguageSection } from './LanguageSection.tsx';
import { PasswordSection } from './PasswordSection.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { TwoFactorSection } from './TwoFactorSection.tsx';

export function MyAccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeader title={t('account.title')} />
      <div className="p-stack">
        <ProfileSection me={me} />
        <LanguageSection me={me} />
        <PasswordSection />
        <TwoFactorSection me={me} />
      </div>
    </>
  );
}

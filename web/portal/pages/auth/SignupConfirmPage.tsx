import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConfirmLinkPage } from '../../components/ConfirmLinkPage.tsx';
import { LinkLoader } from '../../components/LinkLoader.tsx';
import { confirmSignup } from './queries.ts';

export function SignupConfirmPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <LinkLoader kind="signup" token={token}>
      {(preview) => (
        <ConfirmLinkPage
          kind="signup"
          title={t('signup.confirmTitle')}
          intro={t('signup.confirmIntro', { email: preview.email, company: preview.company_name ?? '' })}
          buttonLabel={t('signup.confirm')}
          confirm={() => confirmSignup(token)}
        />
      )}
    </LinkLoader>
  );
}

import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConfirmLinkPage } from '../../components/ConfirmLinkPage.tsx';
import { LinkLoader } from '../../components/LinkLoader.tsx';
import { openSigninLink } from './queries.ts';

export function SigninLinkPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <LinkLoader kind="signin" token={token}>
      {(preview) => (
        <ConfirmLinkPage
          kind="signin"
          title={t('signinLink.confirmTitle')}
          intro={t('signinLink.confirmIntro', { email: preview.email })}
          buttonLabel={t('signinLink.confirm')}
          confirm={() => openSigninLink(token)}
        />
      )}
    </LinkLoader>
  );
}

import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConfirmLinkPage } from '../../components/ConfirmLinkPage.tsx';
import { LinkLoader } from '../../components/LinkLoader.tsx';
import { portalApi } from '../../lib/client.ts';
import type { Me } from '../../lib/types.ts';

export function SigninLinkPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const path = `/signin-link/${encodeURIComponent(token)}`;
  return (
    <LinkLoader kind="signin" path={path}>
      {(preview) => (
        <ConfirmLinkPage
          kind="signin"
          title={t('signinLink.confirmTitle')}
          intro={t('signinLink.confirmIntro', { email: preview.email })}
          buttonLabel={t('signinLink.confirm')}
          confirm={() => portalApi.post<Me>(path)}
        />
      )}
    </LinkLoader>
  );
}

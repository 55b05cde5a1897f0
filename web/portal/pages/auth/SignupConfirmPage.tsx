import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConfirmLinkPage } from '../../components/ConfirmLinkPage.tsx';
import { LinkLoader } from '../../components/LinkLoader.tsx';
import { portalApi } from '../../lib/client.ts';
import type { Me } from '../../lib/types.ts';

export function SignupConfirmPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const path = `/signup/${encodeURIComponent(token)}`;
  return (
    <LinkLoader kind="signup" path={path}>
      {(preview) => (
        <ConfirmLinkPage
          kind="signup"
          title={t('signup.confirmTitle')}
          intro={t('signup.confirmIntro', { email: preview.email, company: preview.company_name ?? '' })}
          buttonLabel={t('signup.confirm')}
          confirm={() => portalApi.post<Me>(path)}
        />
      )}
    </LinkLoader>
  );
}

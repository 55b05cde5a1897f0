import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { portalApi } from '../lib/client.ts';
import { adoptLinkLanguage } from '../lib/i18n.ts';
import type { LinkPreview } from '../lib/types.ts';
import { useResource } from '../lib/useResource.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { Loading } from './Feedback.tsx';
import { TokenProblem, type LinkKind } from './TokenProblem.tsx';

/**
 * Reads an emailed link (GET, which never uses it up) and shows its page in the link's language;
 * expired, used and unknown links get their own page.
 */
export function LinkLoader({ kind, path, children }: { kind: LinkKind; path: string; children: (preview: LinkPreview) => ReactNode }) {
  const { t } = useTranslation();
  const preview = useResource(() => portalApi.get<LinkPreview>(path), path);
  const language = preview.data?.language;
  useEffect(() => adoptLinkLanguage(language), [language]);
  if (preview.status === 'loading') {
    return (
      <AuthLayout title={t('link.checking')}>
        <Loading />
      </AuthLayout>
    );
  }
  if (preview.status === 'error') return <TokenProblem kind={kind} error={preview.error} onRetry={preview.reload} />;
  return <>{children(preview.data)}</>;
}

import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { adoptLinkLanguage } from '../lib/i18n.ts';
import { fetchLinkPreview, linkKey, type LinkPreview, type PreviewKind } from '../pages/auth/queries.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { Loading } from './Feedback.tsx';
import { TokenProblem } from './TokenProblem.tsx';

/**
 * Reads an emailed link (GET, which never uses it up) and shows its page in the link's language;
 * expired, used and unknown links get their own page.
 */
export function LinkLoader({ kind, token, children }: { kind: PreviewKind; token: string; children: (preview: LinkPreview) => ReactNode }) {
  const { t } = useTranslation();
  const preview = useQuery({ queryKey: linkKey(kind, token), queryFn: ({ signal }) => fetchLinkPreview(kind, token, signal) });
  const language = preview.data?.language;
  useEffect(() => adoptLinkLanguage(language), [language]);
  if (preview.isPending) {
    return (
      <AuthLayout title={t('link.checking')}>
        <Loading />
      </AuthLayout>
    );
  }
  if (preview.isError) return <TokenProblem kind={kind} error={preview.error} onRetry={() => void preview.refetch()} />;
  return <>{children(preview.data)}</>;
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePortal } from '../app/PortalContext.tsx';
import { errorMessage, isApiError } from '../lib/errors.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { LoadFailed } from './Feedback.tsx';

export type LinkKind = 'invitation' | 'reset' | 'signin' | 'signup' | 'session';

const retryPath: Record<LinkKind, string> = {
  invitation: '/login',
  reset: '/forgot-password',
  signin: '/signin-link',
  signup: '/signup',
  session: '/login',
};

/** A clear page for a link that is expired, already used or not valid, with the way forward (the footer says how to reach the business). */
export function TokenProblem({ kind, error, onRetry }: { kind: LinkKind; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const { branding } = usePortal();
  const problem = isApiError(error, 'TOKEN_EXPIRED') ? 'expired' : isApiError(error, 'TOKEN_USED') ? 'used' : isApiError(error, 'TOKEN_INVALID', 'NOT_FOUND', 'VALIDATION_FAILED') ? 'invalid' : undefined;
  if (!problem) {
    return (
      <AuthLayout title={t('link.loadFailedTitle')}>
        <LoadFailed message={errorMessage(t, error)} onRetry={onRetry} />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={t(`link.${problem}Title`)}>
      <p>{t(`link.${kind}.${problem}`, { name: branding.name })}</p>
      <p className="p-actions">
        {kind === 'invitation' && problem !== 'used' ? null : (
          <Link className="ui-button ui-button--primary" to={retryPath[kind]}>
            {t(`link.${kind}.action`)}
          </Link>
        )}
        <Link to="/login">{t('link.backToSignIn')}</Link>
      </p>
    </AuthLayout>
  );
}

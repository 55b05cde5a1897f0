import { useTranslation } from 'react-i18next';
import { ErrorState, Spinner } from '../../ui/components/Feedback.tsx';

export { FormAlert } from '../../ui/components/Feedback.tsx';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return <Spinner label={label ?? t('common.loading')} />;
}

/** A failed load in the portal's words, with a retry when one makes sense. */
export function LoadFailed({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return <ErrorState title={t('common.errorTitle')} message={message} retryLabel={t('common.retry')} onRetry={onRetry} />;
}

import { useTranslation } from 'react-i18next';
import { ErrorState, Spinner } from '../../ui/components/Feedback.tsx';

/** Errors of a form, in a live region that exists before the error does, so it is announced. */
export function FormAlert({ message }: { message: string | undefined }) {
  return (
    <div className="p-alert-region" role="alert">
      {message ? <p className="ui-notice ui-notice--danger">{message}</p> : null}
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return <Spinner label={label ?? t('common.loading')} />;
}

/** A failed load in the portal's words, with a retry when one makes sense. */
export function LoadFailed({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return <ErrorState title={t('common.errorTitle')} message={message} retryLabel={t('common.retry')} onRetry={onRetry} />;
}

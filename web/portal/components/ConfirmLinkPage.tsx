import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../ui/query/mutations.ts';
import { useAfterAuth } from '../app/useAfterAuth.ts';
import type { Me } from '../app/session.ts';
import { errorMessage, isApiError } from '../lib/errors.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { Button } from '../../ui/components/Button.tsx';
import { FormAlert } from './Feedback.tsx';
import { TokenProblem, type LinkKind } from './TokenProblem.tsx';

interface Props {
  kind: LinkKind;
  title: string;
  intro: string;
  buttonLabel: string;
  confirm: () => Promise<Me>;
}

/** A link page whose only action is one button: mail scanners open links, only the click counts. */
export function ConfirmLinkPage({ kind, title, intro, buttonLabel, confirm }: Props) {
  const { t } = useTranslation();
  const afterAuth = useAfterAuth();
  const run = useApiMutation({ mutationFn: confirm, onSuccess: afterAuth });
  const error = run.error;

  if (isApiError(error, 'TOKEN_EXPIRED', 'TOKEN_USED', 'TOKEN_INVALID')) {
    return <TokenProblem kind={kind} error={error} onRetry={() => window.location.reload()} />;
  }
  return (
    <AuthLayout title={title}>
      <p>{intro}</p>
      <FormAlert message={run.isError ? errorMessage(t, error) : undefined} />
      {/* Busy until the next page shows: the link works once. */}
      <Button variant="primary" busy={run.isPending || run.isSuccess} className="p-button--block" onClick={() => run.mutate()}>
        {buttonLabel}
      </Button>
    </AuthLayout>
  );
}

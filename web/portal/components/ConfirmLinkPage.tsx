import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAfterAuth } from '../app/useAfterAuth.ts';
import { errorMessage, isApiError } from '../lib/errors.ts';
import type { Me } from '../lib/types.ts';
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function run() {
    setBusy(true);
    setError(undefined);
    try {
      afterAuth(await confirm());
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  if (isApiError(error, 'TOKEN_EXPIRED', 'TOKEN_USED', 'TOKEN_INVALID')) {
    return <TokenProblem kind={kind} error={error} onRetry={() => window.location.reload()} />;
  }
  return (
    <AuthLayout title={title}>
      <p>{intro}</p>
      <FormAlert message={error ? errorMessage(t, error) : undefined} />
      <Button variant="primary" busy={busy} className="p-button--block" onClick={() => void run()}>
        {buttonLabel}
      </Button>
    </AuthLayout>
  );
}

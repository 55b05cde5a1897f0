import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAfterAuth } from '../../app/useAfterAuth.ts';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { Button } from '../../../ui/components/Button.tsx';
import { FormAlert } from '../../components/Feedback.tsx';
import { LinkLoader } from '../../components/LinkLoader.tsx';
import { checkPassword, isPasswordAcceptable, NewPasswordFields } from '../../components/NewPasswordFields.tsx';
import { TokenProblem } from '../../components/TokenProblem.tsx';
import { portalApi } from '../../lib/client.ts';
import { errorMessage, fieldError, isApiError } from '../../lib/errors.ts';
import type { LinkPreview, Me } from '../../lib/types.ts';

export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const path = `/password-reset/${encodeURIComponent(token)}`;
  return <LinkLoader kind="reset" path={path}>{(preview) => <ResetForm preview={preview} path={path} />}</LinkLoader>;
}

function ResetForm({ preview, path }: { preview: LinkPreview; path: string }) {
  const { t } = useTranslation();
  const afterAuth = useAfterAuth();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!isPasswordAcceptable(checkPassword(password, confirmation))) return;
    setBusy(true);
    setError(undefined);
    try {
      afterAuth(await portalApi.post<Me>(path, { password }));
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  if (isApiError(error, 'TOKEN_EXPIRED', 'TOKEN_USED', 'TOKEN_INVALID')) {
    return <TokenProblem kind="reset" error={error} onRetry={() => window.location.reload()} />;
  }
  const passwordError = fieldError(t, error, 'password') ?? (isApiError(error, 'WEAK_PASSWORD') ? t('errors.WEAK_PASSWORD') : undefined);
  return (
    <AuthLayout title={t('reset.title')}>
      <p>{t('reset.intro', { email: preview.email })}</p>
      <form onSubmit={submit} className="p-form" noValidate>
        <FormAlert message={error && !passwordError ? errorMessage(t, error) : undefined} />
        <input type="hidden" name="username" autoComplete="username" value={preview.email} />
        <NewPasswordFields
          password={password}
          confirmation={confirmation}
          onPassword={setPassword}
          onConfirmation={setConfirmation}
          serverError={passwordError}
          showErrors={submitted}
        />
        <Button variant="primary" type="submit" busy={busy} className="p-button--block">
          {t('reset.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}

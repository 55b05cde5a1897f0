import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAfterAuth } from '../../app/useAfterAuth.ts';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { Button } from '../../../ui/components/Button.tsx';
import { TextInput } from '../../../ui/components/Field.tsx';
import { FormAlert, Loading } from '../../components/Feedback.tsx';
import { checkPassword, isPasswordAcceptable, NewPasswordFields } from '../../components/NewPasswordFields.tsx';
import { TokenProblem } from '../../components/TokenProblem.tsx';
import { portalApi } from '../../lib/client.ts';
import { errorMessage, fieldError, isApiError } from '../../lib/errors.ts';
import { adoptLinkLanguage } from '../../lib/i18n.ts';
import type { Invitation, Me } from '../../lib/types.ts';
import { useResource } from '../../lib/useResource.ts';

/** Opening the invitation only reads it; the token is used by the button's POST. */
export function InvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const path = `/invitations/${encodeURIComponent(token)}`;
  const invitation = useResource(() => portalApi.get<Invitation>(path), token);
  const language = invitation.data?.language;
  useEffect(() => adoptLinkLanguage(language), [language]);

  if (invitation.status === 'loading') {
    return (
      <AuthLayout title={t('invite.loadingTitle')}>
        <Loading />
      </AuthLayout>
    );
  }
  if (invitation.status === 'error') return <TokenProblem kind="invitation" error={invitation.error} onRetry={invitation.reload} />;
  return <AcceptInvitation invitation={invitation.data} path={path} />;
}

function AcceptInvitation({ invitation, path }: { invitation: Invitation; path: string }) {
  const { t } = useTranslation();
  const afterAuth = useAfterAuth();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [gone, setGone] = useState<unknown>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!invitation.has_password && !isPasswordAcceptable(checkPassword(password, confirmation))) return;
    setBusy(true);
    setError(undefined);
    try {
      afterAuth(await portalApi.post<Me>(`${path}/accept`, { password }));
    } catch (caught) {
      // The link may have expired or been used while the page was open.
      if (isApiError(caught, 'TOKEN_EXPIRED', 'TOKEN_USED', 'TOKEN_INVALID')) setGone(caught);
      else setError(caught);
      setBusy(false);
    }
  }

  if (gone) return <TokenProblem kind="invitation" error={gone} onRetry={() => window.location.reload()} />;
  const passwordServerError = fieldError(t, error, 'password') ?? (isApiError(error, 'WEAK_PASSWORD') ? t('errors.WEAK_PASSWORD') : undefined);
  return (
    <AuthLayout title={invitation.has_password ? t('invite.titleExisting') : t('invite.title')}>
      <p>{t('invite.intro', { organization: invitation.organization_name })}</p>
      <dl className="p-summary">
        <div>
          <dt>{t('invite.organization')}</dt>
          <dd>{invitation.organization_name}</dd>
        </div>
        <div>
          <dt>{t('invite.customer')}</dt>
          <dd>{invitation.customer_name}</dd>
        </div>
        <div>
          <dt>{t('common.email')}</dt>
          <dd>{invitation.email}</dd>
        </div>
      </dl>
      <form onSubmit={submit} className="p-form" noValidate>
        <FormAlert message={error && !passwordServerError ? errorMessage(t, error) : undefined} />
        {/* Lets password managers store the new password under the right address. */}
        <input type="hidden" name="username" autoComplete="username" value={invitation.email} />
        {invitation.has_password ? (
          <TextInput
            label={t('invite.existingPassword')}
            hint={t('invite.existingPasswordHint')}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            error={passwordServerError}
            onChange={(e) => setPassword(e.target.value)}
          />
        ) : (
          <NewPasswordFields
            password={password}
            confirmation={confirmation}
            onPassword={setPassword}
            onConfirmation={setConfirmation}
            serverError={passwordServerError}
            showErrors={submitted}
          />
        )}
        <Button variant="primary" type="submit" busy={busy} className="p-button--block">
          {invitation.has_password ? t('invite.acceptExisting') : t('invite.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button, Notice, TextInput } from '../../../ui/components/index.ts';
import { useSessionState } from '../../app/SessionContext.tsx';
import { api } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { StaffSession } from '../../lib/types.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { AuthLayout } from './AuthLayout.tsx';

/** Only paths inside the console: `next` must never send someone to another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/customers';
}

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signInTitle'));
  const { adopt } = useSessionState();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.post<StaffSession>('/session', { email, password });
      const session = await api.get<StaffSession>('/session');
      adopt(session);
      void navigate(safeNext(params.get('next')), { replace: true });
    } catch (failure) {
      setError(errorMessage(t, failure));
      setBusy(false);
    }
  };

  return (
    <AuthLayout
      title={t('auth.signInTitle')}
      footer={
        <p>
          {t('auth.noAccount')} <Link to="/signup">{t('auth.signUpLink')}</Link>
        </p>
      }
    >
      {error ? <Notice tone="danger">{error}</Notice> : null}
      <form onSubmit={(event) => void submit(event)} noValidate={false}>
        <TextInput label={t('auth.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <TextInput label={t('auth.password')} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        <Button type="submit" variant="primary" busy={busy} className="admin-auth__submit">
          {t('auth.signIn')}
        </Button>
      </form>
    </AuthLayout>
  );
}

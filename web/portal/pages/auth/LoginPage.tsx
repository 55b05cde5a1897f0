import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { usePortal } from '../../app/PortalContext.tsx';
import { useAfterAuth } from '../../app/useAfterAuth.ts';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { Button } from '../../../ui/components/Button.tsx';
import { TextInput } from '../../../ui/components/Field.tsx';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { FormAlert } from '../../components/Feedback.tsx';
import { portalApi } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { Me } from '../../lib/types.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const { branding } = usePortal();
  const afterAuth = useAfterAuth();
  const [params] = useSearchParams();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      afterAuth(await portalApi.post<Me>('/session', { email, password }));
    } catch (caught) {
      setError(errorMessage(t, caught));
      setBusy(false);
    }
  }

  return (
    <AuthLayout title={t('login.title', { name: branding.portal_name || branding.name })}>
      {params.get('next') ? <Notice>{t('login.signInToContinue')}</Notice> : null}
      {params.get('signed_out') ? <Notice tone="success">{t('login.signedOut')}</Notice> : null}
      <form onSubmit={submit} noValidate={false} className="p-form">
        <FormAlert message={error} />
        <TextInput label={t('common.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <TextInput
          label={t('common.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button variant="primary" type="submit" busy={busy} className="p-button--block">
          {t('login.submit')}
        </Button>
      </form>
      <ul className="p-link-list">
        <li>
          <Link to="/forgot-password">{t('login.forgot')}</Link>
        </li>
        <li>
          <Link to="/signin-link">{t('login.emailLink')}</Link>
        </li>
        {branding.allow_self_signup ? (
          <li>
            {t('login.noAccount')} <Link to="/signup">{t('login.signUp')}</Link>
          </li>
        ) : null}
      </ul>
    </AuthLayout>
  );
}

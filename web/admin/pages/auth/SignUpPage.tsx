import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, Notice, TextInput } from '../../../ui/components/index.ts';
import { browserTimeZone } from '../../../ui/time-zones.ts';
import { useSessionState } from '../../app/SessionContext.tsx';
import { api } from '../../lib/client.ts';
import { errorMessage, fieldError } from '../../lib/errors.ts';
import type { StaffSession } from '../../lib/types.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { AuthLayout } from './AuthLayout.tsx';

const minimumPasswordLength = 10;

/** Creates the organization and its owner, then opens the console signed in. */
export function SignUpPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('auth.signUpTitle'));
  const { adopt } = useSessionState();
  const navigate = useNavigate();
  const [form, setForm] = useState({ organization_name: '', name: '', email: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      // The owner keeps the language they signed up in.
      // …and the organization counts its days in the browser's time zone until changed in the settings.
      await api.post<StaffSession>('/organizations', { ...form, language: i18n.resolvedLanguage ?? 'en', time_zone: browserTimeZone() });
      adopt(await api.get<StaffSession>('/session'));
      navigate('/customers', { replace: true });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <AuthLayout
      title={t('auth.signUpTitle')}
      footer={
        <p>
          {t('auth.haveAccount')} <Link to="/signin">{t('auth.signInLink')}</Link>
        </p>
      }
    >
      <p className="ui-muted">{t('auth.signUpIntro')}</p>
      {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
      <form onSubmit={(event) => void submit(event)}>
        <TextInput label={t('auth.organizationName')} required autoComplete="organization" value={form.organization_name} onChange={set('organization_name')} error={fieldError(error, 'organization_name')} />
        <TextInput label={t('auth.yourName')} required autoComplete="name" value={form.name} onChange={set('name')} error={fieldError(error, 'name')} />
        <TextInput label={t('auth.email')} type="email" required autoComplete="email" value={form.email} onChange={set('email')} error={fieldError(error, 'email')} />
        <TextInput
          label={t('auth.password')}
          type="password"
          required
          minLength={minimumPasswordLength}
          autoComplete="new-password"
          hint={t('auth.passwordHint', { count: minimumPasswordLength })}
          value={form.password}
          onChange={set('password')}
          error={fieldError(error, 'password')}
        />
        <Button type="submit" variant="primary" busy={busy} className="admin-auth__submit">
          {t('auth.createOrganization')}
        </Button>
      </form>
    </AuthLayout>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortal } from '../../app/PortalContext.tsx';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { BackToSignIn } from '../../components/BackToSignIn.tsx';
import { Button } from '../../../ui/components/Button.tsx';
import { TextInput } from '../../../ui/components/Field.tsx';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { FormAlert } from '../../components/Feedback.tsx';
import { checkPassword, isPasswordAcceptable, NewPasswordFields } from '../../components/NewPasswordFields.tsx';
import { portalApi } from '../../lib/client.ts';
import { errorMessage, fieldError } from '../../lib/errors.ts';
import { currentLanguage } from '../../lib/i18n.ts';

interface SignupForm {
  company_name: string;
  first_name: string;
  last_name: string;
  email: string;
}

export function SignupPage() {
  const { t } = useTranslation();
  const { branding } = usePortal();
  if (!branding.allow_self_signup) {
    return (
      <AuthLayout title={t('signup.title')}>
        <p>{t('signup.notAllowed', { name: branding.name })}</p>
        <BackToSignIn />
      </AuthLayout>
    );
  }
  return <SignupFormPage />;
}

function SignupFormPage() {
  const { t } = useTranslation();
  const [form, setForm] = useState<SignupForm>({ company_name: '', first_name: '', last_name: '', email: '' });
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [sentTo, setSentTo] = useState<string>();

  const update = (field: keyof SignupForm) => (event: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!form.company_name.trim() || !form.first_name.trim() || !form.email.trim()) return;
    if (!isPasswordAcceptable(checkPassword(password, confirmation))) return;
    setBusy(true);
    setError(undefined);
    try {
      const lastName = form.last_name.trim();
      await portalApi.post('/signup', {
        company_name: form.company_name.trim(),
        first_name: form.first_name.trim(),
        ...(lastName ? { last_name: lastName } : {}),
        email: form.email.trim(),
        password,
        language: currentLanguage(),
      });
      setSentTo(form.email.trim());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  if (sentTo) {
    return (
      <AuthLayout title={t('signup.checkEmailTitle')}>
        <Notice tone="success">{t('signup.sent', { email: sentTo })}</Notice>
        <p className="ui-muted">{t('emailRequest.checkSpam')}</p>
        <BackToSignIn />
      </AuthLayout>
    );
  }
  const required = (value: string) => (submitted && !value.trim() ? t('common.required') : undefined);
  return (
    <AuthLayout title={t('signup.title')}>
      <p>{t('signup.intro')}</p>
      <form onSubmit={submit} className="p-form" noValidate>
        <FormAlert message={error ? errorMessage(t, error) : undefined} />
        <TextInput
          label={t('signup.company')}
          autoComplete="organization"
          required
          value={form.company_name}
          onChange={update('company_name')}
          error={required(form.company_name) ?? fieldError(t, error, 'company_name')}
        />
        <div className="p-field-row">
          <TextInput
            label={t('profile.firstName')}
            autoComplete="given-name"
            required
            value={form.first_name}
            onChange={update('first_name')}
            error={required(form.first_name) ?? fieldError(t, error, 'first_name')}
          />
          <TextInput label={t('profile.lastName')} autoComplete="family-name" value={form.last_name} onChange={update('last_name')} />
        </div>
        <TextInput
          label={t('common.email')}
          type="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={update('email')}
          error={required(form.email) ?? fieldError(t, error, 'email')}
        />
        <NewPasswordFields
          password={password}
          confirmation={confirmation}
          onPassword={setPassword}
          onConfirmation={setConfirmation}
          serverError={fieldError(t, error, 'password')}
          showErrors={submitted}
          label={t('common.password')}
        />
        <Button variant="primary" type="submit" busy={busy} className="p-button--block">
          {t('signup.submit')}
        </Button>
      </form>
      <BackToSignIn />
    </AuthLayout>
  );
}

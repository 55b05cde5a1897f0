import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button, Notice } from '../../../ui/components/index.ts';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { fetchSession, signIn } from '../../app/session-queries.ts';
import { useSessionState } from '../../app/SessionContext.tsx';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { safeNext, signInSchema } from './auth-form.ts';
import { AuthLayout } from './AuthLayout.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signInTitle'));
  const { adopt } = useSessionState();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const form = useZodForm(signInSchema, { defaultValues: { email: '', password: '' } });
  const submit = useServerSubmit(form, async (body) => {
    await signIn(body);
    const session = await fetchSession();
    if (session) adopt(session);
    void navigate(safeNext(params.get('next')), { replace: true });
  });
  const error = formErrorMessage(form);

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
      <form onSubmit={(event) => void submit(event)}>
        <FormTextInput control={form.control} name="email" label={t('auth.email')} type="email" autoComplete="username" required />
        <FormTextInput control={form.control} name="password" label={t('auth.password')} type="password" autoComplete="current-password" required />
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting} className="admin-auth__submit">
          {t('auth.signIn')}
        </Button>
      </form>
    </AuthLayout>
  );
}

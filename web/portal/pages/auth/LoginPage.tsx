import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { usePortal } from '../../app/PortalContext.tsx';
import { useAfterAuth } from '../../app/useAfterAuth.ts';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { Button } from '../../../ui/components/Button.tsx';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { FormAlert } from '../../components/Feedback.tsx';
import { loginDefaults, loginSchema } from './auth-forms.ts';
import { signIn } from './queries.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const { branding } = usePortal();
  const afterAuth = useAfterAuth();
  const [params] = useSearchParams();
  const form = useZodForm(loginSchema, { defaultValues: loginDefaults(params.get('email')) });
  const signInMutation = useApiMutation({ mutationFn: signIn, onSuccess: afterAuth });
  const submit = useServerSubmit(form, (values) => signInMutation.mutateAsync(values));
  // Busy until the next page shows: a second click would sign in twice.
  const busy = form.formState.isSubmitting || signInMutation.isSuccess;

  return (
    <AuthLayout title={t('login.title', { name: branding.portal_name || branding.name })}>
      {params.get('next') ? <Notice>{t('login.signInToContinue')}</Notice> : null}
      {params.get('signed_out') ? <Notice tone="success">{t('login.signedOut')}</Notice> : null}
      <form onSubmit={(event) => void submit(event)} noValidate={false} className="p-form">
        <FormAlert message={formErrorMessage(form)} />
        <FormTextInput control={form.control} name="email" label={t('common.email')} type="email" autoComplete="username" required />
        <FormTextInput control={form.control} name="password" label={t('common.password')} type="password" autoComplete="current-password" required />
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

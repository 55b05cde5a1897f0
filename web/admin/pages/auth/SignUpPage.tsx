import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PASSWORD_MIN_LENGTH } from '../../../../contract/portal.ts';
import { Button, Notice } from '../../../ui/components/index.ts';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { toUiLanguage } from '../../../ui/i18n.ts';
import { fetchSession, signUp } from '../../app/session-queries.ts';
import { browserTimeZone } from '../../../ui/time-zones.ts';
import { useSessionState } from '../../app/SessionContext.tsx';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { signUpDefaults, signUpSchema } from './auth-form.ts';
import { AuthLayout } from './AuthLayout.tsx';

/** Creates the organization and its owner, then opens the console signed in. */
export function SignUpPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('auth.signUpTitle'));
  const { adopt } = useSessionState();
  const navigate = useNavigate();
  const schema = useMemo(() => signUpSchema(t), [t]);
  const form = useZodForm(schema, { defaultValues: signUpDefaults });
  const submit = useServerSubmit(form, async (values) => {
    // The owner keeps the language they signed up in, and the organization counts its days in the
    // browser's time zone until changed in the settings.
    await signUp({ ...values, language: toUiLanguage(i18n.resolvedLanguage) ?? 'en', time_zone: browserTimeZone() });
    const session = await fetchSession();
    if (session) adopt(session);
    void navigate('/customers', { replace: true });
  });
  const error = formErrorMessage(form);

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
      {error ? <Notice tone="danger">{error}</Notice> : null}
      <form onSubmit={(event) => void submit(event)}>
        <FormTextInput control={form.control} name="organization_name" label={t('auth.organizationName')} required autoComplete="organization" />
        <FormTextInput control={form.control} name="name" label={t('auth.yourName')} required autoComplete="name" />
        <FormTextInput control={form.control} name="email" label={t('auth.email')} type="email" required autoComplete="email" />
        <FormTextInput
          control={form.control}
          name="password"
          label={t('auth.password')}
          type="password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          autoComplete="new-password"
          hint={t('auth.passwordHint', { count: PASSWORD_MIN_LENGTH })}
        />
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting} className="admin-auth__submit">
          {t('auth.createOrganization')}
        </Button>
      </form>
    </AuthLayout>
  );
}

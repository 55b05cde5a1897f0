import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortal } from '../../app/PortalContext.tsx';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { BackToSignIn } from '../../components/BackToSignIn.tsx';
import { Button } from '../../../ui/components/Button.tsx';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { FormAlert } from '../../components/Feedback.tsx';
import { NewPasswordFields } from '../../components/NewPasswordFields.tsx';
import { currentLanguage } from '../../lib/i18n.ts';
import { signupBody, signupDefaults, signupSchema } from './auth-forms.ts';
import { signUp } from './queries.ts';

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
  const [sentTo, setSentTo] = useState<string>();
  const form = useZodForm(signupSchema, { defaultValues: signupDefaults() });
  const signup = useApiMutation({ mutationFn: signUp });
  const submit = useServerSubmit(form, async (values) => {
    const body = signupBody(values, currentLanguage());
    await signup.mutateAsync(body);
    setSentTo(body.email);
  });

  if (sentTo) {
    return (
      <AuthLayout title={t('signup.checkEmailTitle')}>
        <Notice tone="success">{t('signup.sent', { email: sentTo })}</Notice>
        <p className="ui-muted">{t('emailRequest.checkSpam')}</p>
        <BackToSignIn />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={t('signup.title')}>
      <p>{t('signup.intro')}</p>
      <form onSubmit={(event) => void submit(event)} className="p-form" noValidate>
        <FormAlert message={formErrorMessage(form)} />
        <FormTextInput control={form.control} name="company_name" label={t('signup.company')} autoComplete="organization" required />
        <div className="p-field-row">
          <FormTextInput control={form.control} name="first_name" label={t('profile.firstName')} autoComplete="given-name" required />
          <FormTextInput control={form.control} name="last_name" label={t('profile.lastName')} autoComplete="family-name" />
        </div>
        <FormTextInput control={form.control} name="email" label={t('common.email')} type="email" autoComplete="email" required />
        <NewPasswordFields control={form.control} label={t('common.password')} />
        <Button variant="primary" type="submit" busy={form.formState.isSubmitting} className="p-button--block">
          {t('signup.submit')}
        </Button>
      </form>
      <BackToSignIn />
    </AuthLayout>
  );
}

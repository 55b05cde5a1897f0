import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAfterAuth } from '../../app/useAfterAuth.ts';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { BackToSignIn } from '../../components/BackToSignIn.tsx';
import { Button } from '../../../ui/components/Button.tsx';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { FormAlert } from '../../components/Feedback.tsx';
import { codeSchema, twoFactorCode } from './auth-forms.ts';
import { verifyTwoFactor } from './queries.ts';

/** Second step of sign-in: a code from the authenticator app, or one recovery code. */
export function TwoFactorPage() {
  const { t } = useTranslation();
  const afterAuth = useAfterAuth();
  const [useRecovery, setUseRecovery] = useState(false);
  const form = useZodForm(codeSchema, { defaultValues: { code: '' } });
  const verify = useApiMutation({ mutationFn: verifyTwoFactor, onSuccess: afterAuth });
  const submit = useServerSubmit(form, ({ code }) => verify.mutateAsync(twoFactorCode(code, useRecovery)));

  return (
    <AuthLayout title={t('twoFactor.signInTitle')}>
      <p>{useRecovery ? t('twoFactor.recoveryIntro') : t('twoFactor.codeIntro')}</p>
      <form onSubmit={(event) => void submit(event)} className="p-form">
        <FormAlert message={formErrorMessage(form)} />
        {useRecovery ? (
          <FormTextInput key="recovery" control={form.control} name="code" label={t('twoFactor.recoveryLabel')} autoComplete="off" required />
        ) : (
          <FormTextInput key="totp" control={form.control} name="code" label={t('twoFactor.codeLabel')} inputMode="numeric" autoComplete="one-time-code" required />
        )}
        <Button variant="primary" type="submit" busy={form.formState.isSubmitting || verify.isSuccess} className="p-button--block">
          {t('twoFactor.verify')}
        </Button>
      </form>
      <p>
        <Button
          variant="ghost"
          onClick={() => {
            setUseRecovery((value) => !value);
            form.reset({ code: '' });
          }}
        >
          {useRecovery ? t('twoFactor.useApp') : t('twoFactor.useRecovery')}
        </Button>
      </p>
      <BackToSignIn />
    </AuthLayout>
  );
}

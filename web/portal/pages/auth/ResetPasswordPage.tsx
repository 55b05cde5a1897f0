import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAfterAuth } from '../../app/useAfterAuth.ts';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { Button } from '../../../ui/components/Button.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { FormAlert } from '../../components/Feedback.tsx';
import { LinkLoader } from '../../components/LinkLoader.tsx';
import { newPasswordDefaults, newPasswordSchema } from '../../components/new-password.ts';
import { NewPasswordFields } from '../../components/NewPasswordFields.tsx';
import { TokenProblem } from '../../components/TokenProblem.tsx';
import { isApiError } from '../../lib/errors.ts';
import { resetPassword, type LinkPreview } from './queries.ts';

export function ResetPasswordPage() {
  const { token = '' } = useParams();
  return <LinkLoader kind="reset" token={token}>{(preview) => <ResetForm preview={preview} token={token} />}</LinkLoader>;
}

function ResetForm({ preview, token }: { preview: LinkPreview; token: string }) {
  const { t } = useTranslation();
  const afterAuth = useAfterAuth();
  // The link may have expired or been used while the page was open.
  const [gone, setGone] = useState<unknown>();
  const form = useZodForm(newPasswordSchema, { defaultValues: newPasswordDefaults() });
  const reset = useApiMutation({ mutationFn: (password: string) => resetPassword(token, password), onSuccess: afterAuth });
  const submit = useServerSubmit(form, async ({ password }) => {
    try {
      await reset.mutateAsync(password);
    } catch (error) {
      if (isApiError(error, 'TOKEN_EXPIRED', 'TOKEN_USED', 'TOKEN_INVALID')) return setGone(error);
      // On the server's list of breached passwords: said on the field.
      if (isApiError(error, 'WEAK_PASSWORD')) return form.setError('password', { type: 'server', message: t('errors.WEAK_PASSWORD') }, { shouldFocus: true });
      throw error;
    }
  });

  if (gone) return <TokenProblem kind="reset" error={gone} onRetry={() => window.location.reload()} />;
  return (
    <AuthLayout title={t('reset.title')}>
      <p>{t('reset.intro', { email: preview.email })}</p>
      <form onSubmit={(event) => void submit(event)} className="p-form" noValidate>
        <FormAlert message={formErrorMessage(form)} />
        <input type="hidden" name="username" autoComplete="username" value={preview.email} />
        <NewPasswordFields control={form.control} />
        <Button variant="primary" type="submit" busy={form.formState.isSubmitting || reset.isSuccess} className="p-button--block">
          {t('reset.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}

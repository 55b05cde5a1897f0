import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortal } from '../../app/PortalContext.tsx';
import { Button } from '../../../ui/components/Button.tsx';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { FormAlert } from '../../components/Feedback.tsx';
import { NewPasswordFields } from '../../components/NewPasswordFields.tsx';
import { isApiError } from '../../lib/errors.ts';
import { passwordChangeBody, passwordChangeDefaults, passwordChangeFieldName, passwordChangeSchema } from './account-forms.ts';
import { changePassword } from './queries.ts';

export function PasswordSection() {
  const { t } = useTranslation();
  const { setMe } = usePortal();
  const [saved, setSaved] = useState(false);
  const form = useZodForm(passwordChangeSchema, { defaultValues: passwordChangeDefaults() });
  // Other sessions are signed out; this one carries on with the answer.
  const change = useApiMutation({ mutationFn: changePassword, onSuccess: setMe });
  const submit = useServerSubmit(
    form,
    async (values) => {
      setSaved(false);
      try {
        await change.mutateAsync(passwordChangeBody(values));
      } catch (error) {
        // Both are about one field: said there, not above the form.
        if (isApiError(error, 'INVALID_CREDENTIALS')) return form.setError('current', { type: 'server', message: t('account.currentPasswordWrong') }, { shouldFocus: true });
        if (isApiError(error, 'WEAK_PASSWORD')) return form.setError('password', { type: 'server', message: t('errors.WEAK_PASSWORD') }, { shouldFocus: true });
        throw error;
      }
      form.reset(passwordChangeDefaults());
      setSaved(true);
    },
    { fieldName: passwordChangeFieldName },
  );

  return (
    <section className="p-card" aria-labelledby="password-heading">
      <h2 id="password-heading" className="p-card__title">
        {t('account.passwordTitle')}
      </h2>
      <form onSubmit={(event) => void submit(event)} className="p-form p-form--narrow" noValidate>
        <FormAlert message={formErrorMessage(form)} />
        <FormTextInput control={form.control} name="current" label={t('account.currentPassword')} type="password" autoComplete="current-password" required />
        <NewPasswordFields control={form.control} />
        <div className="p-actions">
          <Button variant="primary" type="submit" busy={form.formState.isSubmitting}>
            {t('account.changePassword')}
          </Button>
        </div>
        {saved ? <Notice tone="success">{t('account.passwordChanged')}</Notice> : null}
      </form>
    </section>
  );
}

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/components/Button.tsx';
import { Notice } from '../../ui/components/Feedback.tsx';
import { FormTextInput } from '../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../ui/query/mutations.ts';
import { emailRequestSchema } from '../pages/auth/auth-forms.ts';
import { FormAlert } from './Feedback.tsx';

interface Props {
  intro: string;
  submitLabel: string;
  sentMessage: (email: string) => string;
  send: (email: string) => Promise<unknown>;
  footer?: ReactNode;
}

/**
 * Asks for an email address and sends a link to it. The answer is the same whether or not the
 * address has an account, so the page says so in the same words either way.
 */
export function EmailRequestForm({ intro, submitLabel, sentMessage, send, footer }: Props) {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string>();
  const form = useZodForm(emailRequestSchema, { defaultValues: { email: '' } });
  const request = useApiMutation({ mutationFn: send });
  const submit = useServerSubmit(form, async ({ email }) => {
    await request.mutateAsync(email);
    setSentTo(email);
  });

  if (sentTo) {
    return (
      <>
        <Notice tone="success">{sentMessage(sentTo)}</Notice>
        <p className="ui-muted">{t('emailRequest.checkSpam')}</p>
        {footer}
      </>
    );
  }
  return (
    <>
      <p>{intro}</p>
      <form onSubmit={(event) => void submit(event)} className="p-form">
        <FormAlert message={formErrorMessage(form)} />
        <FormTextInput control={form.control} name="email" label={t('common.email')} type="email" autoComplete="email" required />
        <Button variant="primary" type="submit" busy={form.formState.isSubmitting} className="p-button--block">
          {submitLabel}
        </Button>
      </form>
      {footer}
    </>
  );
}

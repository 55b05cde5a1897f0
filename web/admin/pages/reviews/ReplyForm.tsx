import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button, Notice, useToast } from '../../../ui/components/index.ts';
import { FormTextArea } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { replyToReview, reviewKeys, type Review } from './queries.ts';

export const replySchema = z.object({ reply: z.string().trim().min(1, 'common.required').max(5000) });

/**
 * The reply to one review, inline under it: a new reply, or the earlier one to edit (a new reply replaces
 * it). Saving emails the contact; the list and the dashboard's summary are read again.
 */
export function ReplyForm({ review, onDone }: { review: Review; onDone: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const id = useId();
  const form = useZodForm(replySchema, { defaultValues: { reply: review.reply ?? '' } });
  const save = useApiMutation({ mutationFn: (reply: string) => replyToReview(review.id, reply), invalidates: [reviewKeys.all] });
  const editing = review.reply !== null;
  const submit = useServerSubmit(form, async (values) => {
    await save.mutateAsync(values.reply);
    toast.show(t('reviews.replySaved', { name: review.contact.name }));
    onDone();
  });
  const error = formErrorMessage(form);
  return (
    <form className="admin-review__reply-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="ui-visually-hidden">
        {editing ? t('reviews.editReplyTo', { name: review.contact.name }) : t('reviews.replyTo', { name: review.contact.name })}
      </h3>
      {error ? <Notice tone="danger">{error}</Notice> : null}
      <FormTextArea control={form.control} name="reply" label={t('reviews.replyLabel')} hint={t('reviews.replyHint')} required rows={4} maxLength={5000} autoFocus />
      <div className="ui-button-row">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {editing ? t('reviews.saveReply') : t('reviews.sendReply')}
        </Button>
        <Button variant="ghost" onClick={onDone} disabled={form.formState.isSubmitting}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

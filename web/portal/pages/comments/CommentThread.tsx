import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../../ui/components/Button.tsx';
import { DateText } from '../../../ui/components/DateText.tsx';
import { EmptyState, FormAlert } from '../../../ui/components/Feedback.tsx';
import { FormTextArea } from '../../../ui/forms/fields.tsx';
import { threadEntryText } from '../../../ui/stored-message.ts';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { documentKeys, fetchComments, postComment, type DocumentComment, type ThreadSegment } from '../documents/queries.ts';

const commentSchema = z.object({ body: z.string().refine((body) => body.trim() !== '', 'common.required').pipe(z.string().max(5000)) });

/** Where a thread's comments come from and go to. */
export interface ThreadSource {
  queryKey: QueryKey;
  fetch: (signal: AbortSignal) => Promise<DocumentComment[]>;
  post: (body: string) => Promise<DocumentComment>;
}

/** The conversation on an invoice, retainer invoice or estimate. */
export function CommentThread({ segment, id }: { segment: ThreadSegment; id: string }) {
  const source: ThreadSource = {
    queryKey: documentKeys(segment).comments(id),
    fetch: (signal) => fetchComments(segment, id, signal),
    post: (body) => postComment(segment, id, body),
  };
  return <Thread source={source} />;
}

/**
 * The conversation on a document or an order, oldest first, and a composer. Bodies are plain text
 * rendered by React (escaped); markup someone typed shows as typed.
 */
export function Thread({ source }: { source: ThreadSource }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const key = source.queryKey;
  const comments = useQuery({ queryKey: key, queryFn: ({ signal }) => source.fetch(signal) });
  const post = useApiMutation({
    mutationFn: (body: string) => source.post(body),
    // The new comment joins the thread at once; nothing else changes.
    onSuccess: (comment) => queryClient.setQueryData<DocumentComment[]>(key, (current) => [...(current ?? []), comment]),
  });
  const form = useZodForm(commentSchema, { defaultValues: { body: '' } });
  const submit = useServerSubmit(form, ({ body }) => post.mutateAsync(body), { onSuccess: () => form.reset() });

  return (
    <section className="p-card p-thread p-no-print" aria-labelledby="comments-heading">
      <h2 id="comments-heading" className="p-card__title">
        {t('comments.title')}
      </h2>
      {comments.isPending ? <Loading /> : null}
      {comments.isError && !comments.data ? <LoadFailed message={errorMessage(t, comments.error)} onRetry={() => void comments.refetch()} /> : null}
      {comments.data?.length === 0 ? <EmptyState title={t('comments.empty')} /> : null}
      {comments.data && comments.data.length > 0 ? (
        <ol className="p-thread__list">
          {comments.data.map((comment) => (
            <li key={comment.id} className={`p-comment p-comment--${comment.author_type}`}>
              <p className="p-comment__meta">
                <strong>{comment.author_name}</strong>
                {comment.kind !== 'comment' ? <span className="p-comment__kind">{t(`comments.kinds.${comment.kind}`)}</span> : null}
                <DateText value={comment.created_at} kind="datetime" className="ui-muted ui-small" />
              </p>
              <p className="p-comment__body p-pre-line">{threadEntryText(comment, i18n.language, 'customer')}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <form onSubmit={(event) => void submit(event)} className="p-form p-no-print" noValidate>
        <FormAlert message={formErrorMessage(form)} />
        <FormTextArea control={form.control} name="body" label={t('comments.add')} maxLength={5000} hint={t('comments.hint')} />
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('comments.post')}
        </Button>
      </form>
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorState, Notice, Spinner, StatusBadge, useToast } from '../../../ui/components/index.ts';
import { FormCheckbox, FormTextArea } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { errorMessage } from '../../lib/errors.ts';
import { commentSchema } from '../documents/CommentThread.tsx';
import { fetchProjectComments, postProjectComment, projectKeys, type NewProjectCommentBody } from './queries.ts';

const emptyComment: NewProjectCommentBody = { body: '', display_in_portal: false };

/** The project's conversation with the customer; a staff comment reaches the portal only when marked so. */
export function ProjectCommentsPanel({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  // Under the project's detail key, so refreshing the project refreshes its comments.
  const comments = useQuery({ queryKey: projectKeys.comments(projectId), queryFn: ({ signal }) => fetchProjectComments(projectId, signal) });
  const post = useApiMutation({
    mutationFn: (body: NewProjectCommentBody) => postProjectComment(projectId, body),
    invalidates: [projectKeys.comments(projectId)],
  });
  const form = useZodForm(commentSchema, { defaultValues: emptyComment });
  const submit = useServerSubmit(form, async (values) => {
    if (!values.body.trim()) return;
    await post.mutateAsync({ body: values.body.trim(), display_in_portal: values.display_in_portal });
    form.reset({ ...emptyComment, display_in_portal: values.display_in_portal });
    toast.show(values.display_in_portal ? t('comments.postedPortal') : t('comments.postedInternal'));
  });
  const body = form.watch('body');
  const error = formErrorMessage(form);
  const list = comments.data ?? [];

  return (
    <section className="ui-card" aria-labelledby="project-comments-heading">
      <h2 id="project-comments-heading">{t('comments.title')}</h2>
      {comments.isPending ? <Spinner label={t('comments.loading')} /> : null}
      {comments.isError && !comments.data ? <ErrorState title={t('comments.loadFailed')} message={errorMessage(t, comments.error)} retryLabel={t('common.retry')} onRetry={() => void comments.refetch()} /> : null}
      {comments.data && list.length === 0 ? <EmptyState title={t('comments.empty')} /> : null}
      {list.length > 0 ? (
        <ol className="admin-thread">
          {list.map((comment) => (
            <li key={comment.id} className={`admin-thread__item admin-thread__item--${comment.author_type}`}>
              <div className="admin-thread__meta">
                <strong>{comment.author_name}</strong>
                <span className="ui-muted ui-small">{t(`comments.author.${comment.author_type}`)}</span>
                <time className="ui-muted ui-small" dateTime={comment.created_at}>
                  {formatDateTime(comment.created_at, i18n.language)}
                </time>
                {comment.author_type === 'staff' ? (
                  comment.display_in_portal ? <StatusBadge tone="info">{t('comments.shownInPortal')}</StatusBadge> : <StatusBadge>{t('comments.internal')}</StatusBadge>
                ) : null}
              </div>
              <p className="admin-thread__body">{comment.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <form onSubmit={(event) => void submit(event)} className="admin-thread__form">
        {error ? <Notice tone="danger">{error}</Notice> : null}
        <FormTextArea control={form.control} name="body" label={t('comments.reply')} rows={3} maxLength={5000} />
        <FormCheckbox control={form.control} name="display_in_portal" label={t('comments.displayInPortal')} hint={t('comments.displayInPortalHint')} />
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting} disabled={!body.trim()}>
          {t('comments.post')}
        </Button>
      </form>
    </section>
  );
}

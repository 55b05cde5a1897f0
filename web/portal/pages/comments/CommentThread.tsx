import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/Button.tsx';
import { EmptyState } from '../../../ui/components/Feedback.tsx';
import { TextArea } from '../../../ui/components/Field.tsx';
import { FormAlert, LoadFailed, Loading } from '../../components/Feedback.tsx';
import type { Comment } from '../../lib/billing-types.ts';
import { portalApi } from '../../lib/client.ts';
import { errorMessage, fieldError } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useResource } from '../../lib/useResource.ts';

/**
 * The conversation on a document, oldest first, and a composer. Bodies are plain text rendered by React
 * (escaped); markup someone typed shows as typed.
 */
export function CommentThread({ path, version }: { path: string; version: number }) {
  const { t } = useTranslation();
  const comments = useResource(() => portalApi.get<{ data: Comment[] }>(`${path}/comments`), `${path}|${version}`);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setError(new Error('empty'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const comment = await portalApi.post<Comment>(`${path}/comments`, { body });
      comments.setData({ data: [...(comments.data?.data ?? []), comment] });
      setBody('');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const emptyBody = error instanceof Error && error.message === 'empty';
  return (
    <section className="p-card p-thread p-no-print" aria-labelledby="comments-heading">
      <h2 id="comments-heading" className="p-card__title">
        {t('comments.title')}
      </h2>
      {comments.status === 'loading' ? <Loading /> : null}
      {comments.status === 'error' ? <LoadFailed message={errorMessage(t, comments.error)} onRetry={comments.reload} /> : null}
      {comments.status === 'ready' && comments.data.data.length === 0 ? <EmptyState title={t('comments.empty')} /> : null}
      {comments.status === 'ready' && comments.data.data.length > 0 ? (
        <ol className="p-thread__list">
          {comments.data.data.map((comment) => (
            <li key={comment.id} className={`p-comment p-comment--${comment.author_type}`}>
              <p className="p-comment__meta">
                <strong>{comment.author_name}</strong>
                {comment.kind !== 'comment' ? <span className="p-comment__kind">{t(`comments.kinds.${comment.kind}`)}</span> : null}
                <time dateTime={comment.created_at} className="ui-muted ui-small">
                  {formatDateTime(comment.created_at)}
                </time>
              </p>
              <p className="p-comment__body p-pre-line">{comment.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <form onSubmit={submit} className="p-form p-no-print" noValidate>
        <FormAlert message={error && !emptyBody && !fieldError(t, error, 'body') ? errorMessage(t, error) : undefined} />
        <TextArea
          label={t('comments.add')}
          value={body}
          maxLength={5000}
          onChange={(event) => setBody(event.target.value)}
          error={emptyBody ? t('common.required') : fieldError(t, error, 'body')}
          hint={t('comments.hint')}
        />
        <Button type="submit" variant="primary" busy={busy}>
          {t('comments.post')}
        </Button>
      </form>
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, EmptyState, ErrorState, Notice, Spinner, StatusBadge, TextArea, useToast } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { threadEntryText } from '../../../ui/stored-message.ts';
import type { DocumentComment } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import { errorMessage, fieldError } from '../../lib/errors.ts';
import { useResource } from '../../lib/useResource.ts';

/** The document's conversation with the customer. Bodies are plain text: React escapes them. */
export function CommentThread({ basePath, reloadKey }: { basePath: string; reloadKey: string }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const comments = useResource(() => api.get<{ data: DocumentComment[] }>(`${basePath}/comments`), `${basePath}:${reloadKey}`);
  const [body, setBody] = useState('');
  const [inPortal, setInPortal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    setBusy(true);
    setError(undefined);
    try {
      const comment = await api.post<DocumentComment>(`${basePath}/comments`, { body, display_in_portal: inPortal });
      comments.setData({ data: [...(comments.data?.data ?? []), comment] });
      setBody('');
      toast.show(inPortal ? t('comments.postedPortal') : t('comments.postedInternal'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const list = comments.data?.data ?? [];
  return (
    <section className="ui-card" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t('comments.title')}</h2>
      {comments.loading && !comments.data ? <Spinner label={t('comments.loading')} /> : null}
      {!comments.loading && !comments.data ? <ErrorState title={t('comments.loadFailed')} message={errorMessage(t, comments.error)} retryLabel={t('common.retry')} onRetry={comments.reload} /> : null}
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
                {comment.kind !== 'comment' ? <StatusBadge tone="warning">{t(`comments.kind.${comment.kind}`)}</StatusBadge> : null}
                {comment.author_type === 'staff' ? (
                  comment.display_in_portal ? <StatusBadge tone="info">{t('comments.shownInPortal')}</StatusBadge> : <StatusBadge>{t('comments.internal')}</StatusBadge>
                ) : null}
              </div>
              <p className="admin-thread__body">{threadEntryText(comment, i18n.language, 'staff')}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <form onSubmit={(event) => void submit(event)} className="admin-thread__form">
        {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
        <TextArea label={t('comments.reply')} value={body} rows={3} maxLength={5000} onChange={(e) => setBody(e.target.value)} error={fieldError(error, 'body')} />
        <Checkbox label={t('comments.displayInPortal')} hint={t('comments.displayInPortalHint')} checked={inPortal} onChange={(e) => setInPortal(e.target.checked)} />
        <Button type="submit" variant="primary" busy={busy} disabled={!body.trim()}>
          {t('comments.post')}
        </Button>
      </form>
    </section>
  );
}

import { useQuery, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Dialog, FormDialog, Spinner, useToast } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { errorMessage } from '../../lib/errors.ts';
import { answerBody, answerFormSchema, entryFieldName } from './entry-form.ts';
import { answerQuery, fetchTimeEntryEvents, timeEntryKeys, type TimeEntry, type TimeEntryEvent } from './queries.ts';
import { formatDuration } from './time.ts';

/** What happened to an entry (sent, approved, queried, answered…), oldest first, with the comments. */
function EntryThread({ entry }: { entry: TimeEntry }) {
  const { t, i18n } = useTranslation();
  const events = useQuery({ queryKey: timeEntryKeys.events(entry.id, entry.version), queryFn: ({ signal }) => fetchTimeEntryEvents(entry.id, signal) });
  if (events.isPending) return <Spinner label={t('common.loading')} />;
  if (events.isError) return <p className="ui-field__error">{errorMessage(t, events.error)}</p>;
  const sorted = [...events.data].sort((a: TimeEntryEvent, b: TimeEntryEvent) => a.created_at.localeCompare(b.created_at));
  if (sorted.length === 0) return <p className="ui-muted">{t('projects.noHistory')}</p>;
  return (
    <ol className="admin-timeline" aria-label={t('projects.history')}>
      {sorted.map((event) => (
        <li key={event.id} className="admin-timeline__item">
          <div className="admin-timeline__meta">
            <strong>{t(`timeEntryEvent.${event.type}`, { defaultValue: event.type })}</strong>
            <span className="ui-muted ui-small">{event.actor_name}</span>
            <time className="ui-muted ui-small" dateTime={event.created_at}>
              {formatDateTime(event.created_at, i18n.language)}
            </time>
          </div>
          {event.comment ? <p className="admin-timeline__note">{event.comment}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * An entry's thread with the customer; for a queried entry also the answer: a comment, and the
 * duration or notes changed if the query was right. The answer sends it back for approval.
 */
export function EntryThreadDialog({ entry, onClose, invalidates }: { entry: TimeEntry; onClose: () => void; invalidates: QueryKey[] }) {
  const { t } = useTranslation();
  const toast = useToast();
  const form = useZodForm(answerFormSchema, { defaultValues: { comment: '', duration: formatDuration(entry.duration_minutes), notes: entry.notes ?? '' } });
  const answer = useApiMutation({ mutationFn: (body: ReturnType<typeof answerBody>) => answerQuery(entry.id, body), invalidates });
  const title = t('projects.threadTitle', { task: entry.task.name, duration: formatDuration(entry.duration_minutes) });
  if (entry.status !== 'queried') {
    return (
      <Dialog open title={title} onClose={onClose} closeLabel={t('common.close')}>
        <EntryThread entry={entry} />
      </Dialog>
    );
  }
  return (
    <FormDialog
      open
      title={title}
      form={form}
      submitLabel={t('projects.sendAnswer')}
      onClose={onClose}
      resetOnOpen={false}
      fieldName={entryFieldName}
      size="wide"
      onSubmit={async (values) => {
        await answer.mutateAsync(answerBody(entry, values));
        toast.show(t('projects.answered'));
      }}
    >
      <EntryThread entry={entry} />
      <FormTextArea control={form.control} name="comment" label={t('projects.answerComment')} rows={3} required maxLength={2000} />
      <div className="ui-grid-2">
        <FormTextInput control={form.control} name="duration" label={t('projects.duration')} hint={t('projects.durationHint')} autoComplete="off" />
      </div>
      <FormTextArea control={form.control} name="notes" label={t('projects.notes')} rows={2} maxLength={2000} />
    </FormDialog>
  );
}

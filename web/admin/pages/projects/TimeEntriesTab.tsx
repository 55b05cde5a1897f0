import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, DataTable, DateText, EmptyState, Notice, Select, TextInput, useToast, type Column } from '../../../ui/components/index.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { entryEditable, submittable } from './entry-form.ts';
import { EntryThreadDialog } from './EntryThreadDialog.tsx';
import { TimeEntryStatusBadge } from './ProjectBadges.tsx';
import { deleteTimeEntry, fetchTimeEntries, projectKeys, submitForApproval, timeEntryKeys, timeEntryStatuses, type ProjectDetail, type TimeEntry, type TimeEntryQuery, type TimeEntryStatus } from './queries.ts';
import { formatDuration } from './time.ts';
import { TimeEntryDialog } from './TimeEntryDialog.tsx';

/**
 * The project's time entries: filter by period, status and staff member; each with its approval state
 * and the customer's query; change or delete until billed; answer a query; send a selection to the
 * customer for approval.
 */
export function TimeEntriesTab({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [status, setStatus] = useState<TimeEntryStatus | ''>('');
  const [staffId, setStaffId] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<TimeEntry | null>(null);
  const [deleting, setDeleting] = useState<TimeEntry | null>(null);
  const [thread, setThread] = useState<TimeEntry | null>(null);
  const [submitError, setSubmitError] = useState<unknown>();
  const query: TimeEntryQuery = { project_id: project.id, from: from || undefined, to: to || undefined, status: status || undefined, staff_user_id: staffId || undefined, limit: 50 };
  const list = useCursorList({ queryKey: timeEntryKeys.list(query), fetchPage: ({ cursor, signal }) => fetchTimeEntries({ ...query, cursor }, signal) });
  const invalidates = [timeEntryKeys.all, projectKeys.detail(project.id), projectKeys.lists()];
  const submit = useApiMutation({ mutationFn: (ids: string[]) => submitForApproval(ids), invalidates });
  const remove = useApiMutation({ mutationFn: (entry: TimeEntry) => deleteTimeEntry(entry.id), invalidates });
  const eligible = list.rows.filter((entry) => selected.has(entry.id) && submittable(entry)).map((entry) => entry.id);
  const filtered = Boolean(from || to || status || staffId);

  const columns: Column<TimeEntry>[] = [
    { id: 'date', header: t('projects.date'), rowHeader: true, cell: (entry) => <DateText value={entry.work_date} /> },
    { id: 'task', header: t('projects.task'), cell: (entry) => entry.task.name },
    { id: 'staff', header: t('projects.staffMember'), className: 'admin-hide-narrow', cell: (entry) => entry.staff.name },
    { id: 'duration', header: t('projects.duration'), className: 'admin-num', cell: (entry) => formatDuration(entry.duration_minutes) },
    {
      id: 'notes',
      header: t('projects.notes'),
      cell: (entry) => (
        <>
          {entry.notes ? <span className="admin-pre">{entry.notes}</span> : null}
          {!entry.billable ? <div className="ui-muted ui-small">{t('projects.notBillable')}</div> : null}
          {entry.status === 'queried' && entry.last_query ? (
            <blockquote className="admin-entry-query">
              <span className="ui-small">{t('projects.queriedBy', { name: entry.last_query.actor_name })}</span> {entry.last_query.comment}
            </blockquote>
          ) : null}
        </>
      ),
    },
    {
      id: 'status',
      header: t('projects.status'),
      cell: (entry) => (
        <>
          <TimeEntryStatusBadge status={entry.status} />
          {entry.invoice ? (
            <div className="ui-small">
              <Link to={`/invoices/${entry.invoice.id}`}>{entry.invoice.number}</Link>
            </div>
          ) : null}
          {entry.status === 'approved' && entry.approved_by ? <div className="ui-muted ui-small">{entry.approved_by.name}</div> : null}
        </>
      ),
    },
    {
      id: 'actions',
      header: <span className="ui-visually-hidden">{t('common.actions')}</span>,
      label: t('common.actions'),
      cell: (entry) => (
        <div className="admin-row-actions">
          {entry.status === 'queried' ? (
            <Button size="small" variant="primary" onClick={() => setThread(entry)}>
              {t('projects.answer')}
            </Button>
          ) : entry.last_query || entry.submitted_at ? (
            <Button size="small" variant="ghost" onClick={() => setThread(entry)}>
              {t('projects.history')}
            </Button>
          ) : null}
          {entryEditable(entry) ? (
            <>
              <Button size="small" onClick={() => setEditing(entry)}>
                {t('common.edit')}
              </Button>
              <Button size="small" variant="ghost" onClick={() => setDeleting(entry)}>
                {t('projects.deleteEntry')}
              </Button>
            </>
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <section aria-labelledby="project-time">
      <h2 id="project-time">{t('projects.tabs.time')}</h2>
      <search className="admin-toolbar admin-doc-toolbar">
        <TextInput type="date" label={t('projects.from')} value={from} onChange={(event) => setFrom(event.target.value)} fieldClassName="admin-toolbar__date" />
        <TextInput type="date" label={t('projects.to')} value={to} onChange={(event) => setTo(event.target.value)} fieldClassName="admin-toolbar__date" />
        <Select label={t('projects.status')} value={status} onChange={(event) => setStatus(event.target.value as TimeEntryStatus | '')} fieldClassName="admin-toolbar__filter" options={[{ value: '', label: t('projects.allStatuses') }, ...timeEntryStatuses.map((value) => ({ value, label: t(`timeEntryStatus.${value}`) }))]} />
        <Select label={t('projects.staffMember')} value={staffId} onChange={(event) => setStaffId(event.target.value)} fieldClassName="admin-toolbar__filter" options={[{ value: '', label: t('projects.allStaff') }, ...project.staff.map((member) => ({ value: member.staff_user_id, label: member.name }))]} />
      </search>
      {selected.size > 0 ? (
        <div className="admin-selection" role="region" aria-label={t('projects.selection')}>
          <span className="admin-selection__count">{t('projects.selectedCount', { count: selected.size })}</span>
          <span className="ui-muted ui-small">{t('projects.submittableCount', { count: eligible.length })}</span>
          <Button
            variant="primary"
            disabled={eligible.length === 0}
            busy={submit.isPending}
            onClick={async () => {
              setSubmitError(undefined);
              try {
                const answer = await submit.mutateAsync(eligible);
                toast.show(t('projects.submitted', { count: answer.submitted }));
                setSelected(new Set());
              } catch (error) {
                setSubmitError(error);
              }
            }}
          >
            {t('projects.submitForApproval')}
          </Button>
          {submitError ? <Notice tone="danger">{errorMessage(t, submitError)}</Notice> : null}
        </div>
      ) : null}
      <DataTable
        caption={t('projects.tabs.time')}
        columns={columns}
        list={list}
        stacked
        selection={{ selected, onChange: setSelected, allLabel: t('projects.selectAll'), rowLabel: (entry) => t('projects.selectEntry', { date: entry.work_date, task: entry.task.name }) }}
        errorTitle={t('projects.loadEntriesFailed')}
        empty={<EmptyState title={filtered ? t('projects.noEntriesMatch') : t('projects.noEntries')} />}
        loadMoreLabels={{ shown: (count) => t('common.shown', { count }), loadMore: t('common.loadMore') }}
      />
      {editing ? <TimeEntryDialog open project={project} entry={editing} onClose={() => setEditing(null)} /> : null}
      {thread ? <EntryThreadDialog entry={thread} onClose={() => setThread(null)} invalidates={invalidates} /> : null}
      <ConfirmDialog
        open={deleting !== null}
        danger
        title={t('projects.deleteEntryTitle', { duration: formatDuration(deleting?.duration_minutes ?? 0), task: deleting?.task.name ?? '' })}
        confirmLabel={t('projects.deleteEntry')}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting);
          toast.show(t('projects.entryDeleted'));
        }}
      >
        <p>{t('projects.deleteEntryExplain')}</p>
      </ConfirmDialog>
    </section>
  );
}

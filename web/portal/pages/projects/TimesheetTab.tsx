import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../../ui/components/Button.tsx';
import { DataTable, type Column } from '../../../ui/components/DataTable.tsx';
import { DateText } from '../../../ui/components/DateText.tsx';
import { EmptyState, Notice, StatusBadge } from '../../../ui/components/Feedback.tsx';
import { Select, TextInput } from '../../../ui/components/Field.tsx';
import { FormDialog } from '../../../ui/components/FormDialog.tsx';
import { FormTextArea } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { portalClient } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { approvableSelection, formatDuration, mondayOf, sundayOf } from './project-time.ts';
import { approveEntries, fetchTimesheetPage, projectKeys, queryEntry, timeEntryStatuses, timesheetCsvPath, type ProjectDetail, type TimeEntry, type TimeEntryStatus, type TimesheetFilters } from './queries.ts';

const tones: Record<TimeEntryStatus, 'neutral' | 'info' | 'success' | 'warning'> = { unbilled: 'neutral', awaiting_approval: 'info', approved: 'success', queried: 'warning', billed: 'neutral' };

export function TimeEntryStatusBadge({ status }: { status: TimeEntryStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={tones[status]}>{t(`projects.entryStatus.${status}`)}</StatusBadge>;
}

/** The project's timesheet: filters, CSV download and, where the contact may, approval and queries. */
export function TimesheetTab({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<TimesheetFilters>({ from: '', to: '', status: '' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [week, setWeek] = useState(project.this_week_start);
  const [querying, setQuerying] = useState<TimeEntry | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const list = useCursorList({ queryKey: projectKeys.timesheet(project.id, filters), fetchPage: ({ cursor, signal }) => fetchTimesheetPage(project.id, filters, cursor, signal) });
  const approve = useApiMutation({
    mutationFn: (body: { entry_ids: string[] } | { week_start: string }) => approveEntries(project.id, body),
    invalidates: [projectKeys.detail(project.id)],
    onSuccess: (answer) => {
      setSelected(new Set());
      setDone(t('projects.approved', { count: answer.approved }));
    },
  });
  const approvable = approvableSelection(list.rows, selected);
  const weekStart = week ? mondayOf(week) : '';
  const columns: Column<TimeEntry>[] = [
    { id: 'date', header: t('projects.columns.date'), rowHeader: true, cell: (entry) => <DateText value={entry.work_date} kind="calendar" /> },
    { id: 'task', header: t('projects.columns.task'), cell: (entry) => entry.task.name },
    { id: 'staff', header: t('projects.columns.staff'), cell: (entry) => entry.staff_name },
    { id: 'time', header: t('projects.columns.time'), className: 'p-num', cell: (entry) => formatDuration(entry.duration_minutes) },
    {
      id: 'status',
      header: t('projects.columns.status'),
      cell: (entry) => (
        <>
          <TimeEntryStatusBadge status={entry.status} />
          {entry.last_query && entry.status === 'queried' ? <span className="ui-muted ui-small p-block">{entry.last_query.comment}</span> : null}
        </>
      ),
    },
    { id: 'notes', header: t('projects.columns.notes'), cell: (entry) => entry.notes ?? '' },
  ];
  if (project.can_approve) {
    columns.push({
      id: 'actions',
      header: t('projects.columns.actions'),
      cell: (entry) =>
        entry.status === 'awaiting_approval' ? (
          <Button size="small" onClick={() => setQuerying(entry)}>
            {t('projects.query')}
          </Button>
        ) : null,
    });
  }
  const setFilter = (patch: Partial<TimesheetFilters>) => {
    setSelected(new Set());
    setFilters((current) => ({ ...current, ...patch }));
  };
  return (
    <section aria-labelledby="timesheet-heading" className="p-stack">
      <h2 id="timesheet-heading" className="p-card__title">
        {t('projects.tabs.timesheets')}
      </h2>
      <div className="p-list-controls">
        <TextInput type="date" label={t('projects.from')} value={filters.from} onChange={(event) => setFilter({ from: event.target.value })} />
        <TextInput type="date" label={t('projects.to')} value={filters.to} onChange={(event) => setFilter({ to: event.target.value })} />
        <Select
          label={t('projects.columns.status')}
          value={filters.status}
          onChange={(event) => setFilter({ status: event.target.value as TimeEntryStatus | '' })}
          options={[{ value: '', label: t('projects.allStatuses') }, ...timeEntryStatuses.map((status) => ({ value: status, label: t(`projects.entryStatus.${status}`) }))]}
        />
        <a className="ui-button ui-button--secondary" href={`${portalClient.basePath}${timesheetCsvPath(project.id, filters)}`} download>
          {t('projects.downloadCsv')}
        </a>
      </div>
      {project.can_approve ? (
        <div className="p-card p-stack" role="group" aria-label={t('projects.approval')}>
          <div className="p-list-controls">
            <Button variant="primary" disabled={approvable.length === 0} busy={approve.isPending} onClick={() => approve.mutate({ entry_ids: approvable })}>
              {t('projects.approveSelected', { count: approvable.length })}
            </Button>
          </div>
          <div className="p-list-controls">
            <TextInput type="date" label={t('projects.week')} hint={weekStart ? t('projects.weekRange', { from: weekStart, to: sundayOf(weekStart) }) : undefined} value={week} onChange={(event) => setWeek(event.target.value)} />
            <Button disabled={!weekStart} busy={approve.isPending} onClick={() => approve.mutate({ week_start: weekStart })}>
              {t('projects.approveWeek')}
            </Button>
          </div>
          {done ? <Notice tone="success">{done}</Notice> : null}
          {approve.isError ? <Notice tone="danger">{errorMessage(t, approve.error)}</Notice> : null}
        </div>
      ) : null}
      <div aria-busy={list.status === 'pending'}>
        <DataTable
          caption={t('projects.tabs.timesheets')}
          columns={columns}
          list={list}
          stacked
          errorTitle={t('common.errorTitle')}
          empty={<EmptyState title={t('projects.noEntries')} />}
          loadMoreLabels={{ shown: (count) => t('docs.shown', { count }), loadMore: t('docs.loadMore') }}
          {...(project.can_approve
            ? { selection: { selected, onChange: setSelected, allLabel: t('projects.selectAll'), rowLabel: (entry: TimeEntry) => t('projects.selectEntry', { task: entry.task.name, date: entry.work_date }) } }
            : {})}
        />
      </div>
      {querying ? <QueryDialog project={project} entry={querying} onClose={() => setQuerying(null)} /> : null}
    </section>
  );
}

const querySchema = z.object({ comment: z.string().trim().min(1, 'common.required').max(5000) });

function QueryDialog({ project, entry, onClose }: { project: ProjectDetail; entry: TimeEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useZodForm(querySchema, { defaultValues: { comment: '' } });
  const send = useApiMutation({
    mutationFn: (comment: string) => queryEntry(project.id, entry.id, comment),
    invalidates: [projectKeys.detail(project.id)],
    onSuccess: onClose,
  });
  return (
    <FormDialog open title={t('projects.queryTitle', { task: entry.task.name, date: entry.work_date })} form={form} submitLabel={t('projects.sendQuery')} onSubmit={({ comment }) => send.mutateAsync(comment)} onClose={onClose}>
      <p>{t('projects.queryIntro')}</p>
      <FormTextArea control={form.control} name="comment" label={t('projects.comment')} maxLength={5000} required />
    </FormDialog>
  );
}

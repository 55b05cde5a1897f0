import { useTranslation } from 'react-i18next';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormCheckbox, FormSelect, FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { useSession } from '../../app/SessionContext.tsx';
import { todayLocal } from '../../lib/document-kinds.ts';
import { editEntryValues, entryFieldName, entryFormSchema, entryUpdateBody, newEntryBody, newEntryValues } from './entry-form.ts';
import { logTime, projectKeys, timeEntryKeys, updateTimeEntry, type ProjectDetail, type TimeEntry } from './queries.ts';
import { formatDuration, parseDuration } from './time.ts';

interface TimeEntryDialogProps {
  open: boolean;
  project: ProjectDetail;
  /** The entry to change; without it the dialog logs new time. */
  entry?: TimeEntry;
  onClose: () => void;
}

/** Log time on a task of the project (for oneself or a staff member on it), or change an entry not yet billed. */
export function TimeEntryDialog({ open, project, entry, onClose }: TimeEntryDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const session = useSession();
  const form = useZodForm(entryFormSchema, { values: entry ? editEntryValues(entry) : newEntryValues(project, todayLocal(), session.user.id) });
  const save = useApiMutation({
    mutationFn: (write: () => Promise<TimeEntry>) => write(),
    invalidates: [timeEntryKeys.all, projectKeys.detail(project.id), projectKeys.lists()],
  });
  const tasks = project.tasks.filter((task) => !task.archived_at || task.id === entry?.task.id);
  const staff = project.staff.some((member) => member.staff_user_id === session.user.id) ? project.staff : [{ staff_user_id: session.user.id, name: session.user.name, hourly_rate_minor: null }, ...project.staff];
  return (
    <FormDialog
      open={open}
      title={entry ? t('projects.editEntry') : t('projects.logTimeOn', { name: project.name })}
      form={form}
      submitLabel={entry ? t('common.save') : t('projects.logTime')}
      onClose={onClose}
      fieldName={entryFieldName}
      onSubmit={async (values) => {
        const saved = await save.mutateAsync(() => (entry ? updateTimeEntry(entry.id, entryUpdateBody(entry, values)) : logTime(newEntryBody(project.id, values))));
        toast.show(t(entry ? 'projects.entrySaved' : 'projects.timeLogged', { duration: formatDuration(saved.duration_minutes || (parseDuration(values.duration) ?? 0)), task: saved.task.name }));
      }}
    >
      {entry && entry.status !== 'unbilled' && entry.status !== 'queried' ? <p className="ui-notice ui-notice--warning">{t('projects.editSendsBack')}</p> : null}
      <FormSelect control={form.control} name="task_id" label={t('projects.task')} required options={[{ value: '', label: t('projects.chooseTask') }, ...tasks.map((task) => ({ value: task.id, label: task.name }))]} />
      {!entry ? <FormSelect control={form.control} name="staff_user_id" label={t('projects.staffMember')} options={staff.map((member) => ({ value: member.staff_user_id, label: member.name }))} /> : null}
      <div className="ui-grid-2">
        <FormTextInput control={form.control} name="work_date" type="date" label={t('projects.date')} required />
        <FormTextInput control={form.control} name="duration" label={t('projects.duration')} hint={t('projects.durationHint')} required autoComplete="off" />
      </div>
      <FormTextArea control={form.control} name="notes" label={t('projects.notes')} rows={3} maxLength={2000} />
      <FormCheckbox control={form.control} name="billable" label={t('projects.billable')} />
    </FormDialog>
  );
}

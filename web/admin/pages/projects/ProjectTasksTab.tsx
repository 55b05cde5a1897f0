import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, DataTable, EmptyState, FormDialog, Money, StatusBadge, useToast, type Column } from '../../../ui/components/index.ts';
import { FormCheckbox, FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { emptyTask, ratesShown, taskBody, taskFormSchema, taskValues } from './project-form.ts';
import { addTask, projectKeys, removeTask, timeEntryKeys, updateTask, type ProjectDetail, type ProjectTask } from './queries.ts';
import { formatDuration } from './time.ts';

/** The project's tasks with logged, billed and unbilled hours; add, change and remove (archived when it has time). */
export function ProjectTasksTab({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [editing, setEditing] = useState<ProjectTask | 'new' | null>(null);
  const [removing, setRemoving] = useState<ProjectTask | null>(null);
  const showRate = ratesShown(project.billing_method).task;
  const remove = useApiMutation({ mutationFn: (task: ProjectTask) => removeTask(project.id, task.id), invalidates: [projectKeys.detail(project.id), projectKeys.lists()] });
  const columns: Column<ProjectTask>[] = [
    {
      id: 'name',
      header: t('projects.taskName'),
      rowHeader: true,
      cell: (task) => (
        <>
          <span className="admin-strong-link">{task.name}</span> {task.archived_at ? <StatusBadge>{t('projects.archived')}</StatusBadge> : null}
          {!task.billable ? <div className="ui-muted ui-small">{t('projects.notBillable')}</div> : null}
        </>
      ),
    },
    ...(showRate ? [{ id: 'rate', header: t('projects.rate'), className: 'admin-num', cell: (task: ProjectTask) => (task.hourly_rate_minor === null ? '—' : <Money minor={task.hourly_rate_minor} currency={project.currency} />) }] : []),
    { id: 'budget', header: t('projects.taskBudget'), className: 'admin-num admin-hide-narrow', cell: (task) => (task.budget_minutes === null ? '—' : formatDuration(task.budget_minutes)) },
    { id: 'logged', header: t('projects.logged'), className: 'admin-num', cell: (task) => formatDuration(task.logged_minutes) },
    { id: 'billed', header: t('projects.billed'), className: 'admin-num', cell: (task) => formatDuration(task.billed_minutes) },
    { id: 'unbilled', header: t('projects.unbilled'), className: 'admin-num', cell: (task) => formatDuration(task.unbilled_minutes) },
    {
      id: 'actions',
      header: <span className="ui-visually-hidden">{t('common.actions')}</span>,
      label: t('common.actions'),
      cell: (task) =>
        task.archived_at ? null : (
          <div className="admin-row-actions">
            <Button size="small" onClick={() => setEditing(task)}>
              {t('projects.editTask', { name: task.name })}
            </Button>
            <Button size="small" variant="ghost" onClick={() => setRemoving(task)}>
              {t('projects.removeTaskNamed', { name: task.name })}
            </Button>
          </div>
        ),
    },
  ];
  return (
    <section aria-labelledby="project-tasks">
      <div className="admin-card-header">
        <h2 id="project-tasks">{t('projects.tabs.tasks')}</h2>
        <Button onClick={() => setEditing('new')}>{t('projects.addTask')}</Button>
      </div>
      <DataTable caption={t('projects.tabs.tasks')} columns={columns} rows={project.tasks} stacked errorTitle={t('projects.loadFailed')} empty={<EmptyState title={t('projects.noTasks')} />} />
      <TaskDialog project={project} task={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={removing !== null}
        title={t('projects.removeTaskTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('projects.removeTaskConfirm')}
        danger
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          await remove.mutateAsync(removing);
          toast.show(t('projects.taskRemoved', { name: removing.name }));
        }}
      >
        <p>{t('projects.removeTaskExplain')}</p>
      </ConfirmDialog>
    </section>
  );
}

function TaskDialog({ project, task, onClose }: { project: ProjectDetail; task: ProjectTask | 'new' | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const toast = useToast();
  const current = task && task !== 'new' ? task : null;
  const form = useZodForm(taskFormSchema(project.billing_method, project.currency, locale), { values: current ? taskValues(current, project.currency, locale) : emptyTask() });
  const save = useApiMutation({
    mutationFn: (body: ReturnType<typeof taskBody>) => (current ? updateTask(project.id, current.id, body) : addTask(project.id, body)),
    invalidates: [projectKeys.detail(project.id), projectKeys.lists(), timeEntryKeys.all],
  });
  return (
    <FormDialog
      open={task !== null}
      title={current ? t('projects.editTask', { name: current.name }) : t('projects.addTask')}
      form={form}
      submitLabel={current ? t('common.save') : t('projects.addTask')}
      onClose={onClose}
      fieldName={(field) => field.replace(/_minor$/, '').replace('budget_minutes', 'budget_hours')}
      onSubmit={async (values) => {
        await save.mutateAsync(taskBody(values, project.billing_method, project.currency, locale));
        toast.show(t(current ? 'projects.taskSaved' : 'projects.taskAdded', { name: values.name }));
      }}
    >
      <FormTextInput control={form.control} name="name" label={t('projects.taskName')} required autoComplete="off" />
      <FormTextArea control={form.control} name="description" label={t('projects.description')} rows={2} />
      {ratesShown(project.billing_method).task ? <FormTextInput control={form.control} name="hourly_rate" label={t('projects.taskRate', { currency: project.currency })} inputMode="decimal" required /> : null}
      <FormTextInput control={form.control} name="budget_hours" label={t('projects.taskBudget')} hint={t('projects.durationHint')} />
      <FormCheckbox control={form.control} name="billable" label={t('projects.billable')} />
    </FormDialog>
  );
}

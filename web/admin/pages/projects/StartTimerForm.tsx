import { useQuery } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button, FormAlert } from '../../../ui/components/index.ts';
import { FormCheckbox, FormSelect, FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { fetchProject, fetchProjects, projectKeys, startTimer, timerKeys, type ProjectDetail } from './queries.ts';

const startSchema = z.object({
  project_id: z.string().min(1, 'projects.errors.project'),
  task_id: z.string().min(1, 'projects.errors.task'),
  notes: z.string().trim().max(2000),
  billable: z.boolean(),
});

interface StartTimerFormProps {
  /** The project to time (from its page); without it the form offers the active projects. */
  project?: ProjectDetail;
  onStarted: () => void;
  /** Where the buttons go: inside the form, or in a dialog's footer through `formId`. */
  formId?: string;
  actions?: boolean;
}

/** Start the timer on a task: the project (unless given), the task, what it is for, billable or not. */
export function StartTimerForm({ project, onStarted, formId, actions = true }: StartTimerFormProps) {
  const { t } = useTranslation();
  const ownId = useId();
  const id = formId ?? ownId;
  const firstTask = project?.tasks.find((task) => !task.archived_at);
  const form = useZodForm(startSchema, { defaultValues: { project_id: project?.id ?? '', task_id: firstTask?.id ?? '', notes: '', billable: firstTask?.billable ?? true } });
  const projectId = useWatch({ control: form.control, name: 'project_id' });
  const projects = useQuery({ queryKey: projectKeys.list({ status: 'active', limit: 100, picker: true }), queryFn: ({ signal }) => fetchProjects({ status: 'active', limit: 100 }, signal), enabled: !project });
  const chosen = useQuery({ queryKey: projectKeys.detail(projectId), queryFn: ({ signal }) => fetchProject(projectId, signal), enabled: !project && projectId !== '' });
  const detail = project ?? chosen.data;
  const tasks = detail?.tasks.filter((task) => !task.archived_at) ?? [];
  useEffect(() => {
    if (project) return;
    const first = chosen.data?.tasks.find((task) => !task.archived_at);
    form.setValue('task_id', first?.id ?? '');
  }, [chosen.data?.id]);
  const start = useApiMutation({ mutationFn: startTimer, invalidates: [timerKeys.all] });
  const submit = useServerSubmit(form, async (values) => {
    await start.mutateAsync({ project_id: values.project_id, task_id: values.task_id, ...(values.notes ? { notes: values.notes } : {}), billable: values.billable });
    onStarted();
  });
  return (
    <form id={id} onSubmit={(event) => void submit(event)} noValidate className="ui-form-body">
      <FormAlert message={formErrorMessage(form)} />
      {project ? null : (
        <FormSelect
          control={form.control}
          name="project_id"
          label={t('projects.project')}
          required
          hint={projects.data && projects.data.data.length === 0 ? t('timer.noProjects') : undefined}
          options={[{ value: '', label: t('projects.chooseProject') }, ...(projects.data?.data ?? []).map((candidate) => ({ value: candidate.id, label: `${candidate.name} · ${candidate.customer.display_name}` }))]}
        />
      )}
      <FormSelect control={form.control} name="task_id" label={t('projects.task')} required options={[{ value: '', label: t('projects.chooseTask') }, ...tasks.map((task) => ({ value: task.id, label: task.name }))]} />
      <FormTextInput control={form.control} name="notes" label={t('projects.notes')} autoComplete="off" />
      <FormCheckbox control={form.control} name="billable" label={t('projects.billable')} />
      {actions ? (
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('timer.start')}
        </Button>
      ) : null}
    </form>
  );
}

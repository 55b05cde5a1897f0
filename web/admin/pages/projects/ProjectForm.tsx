import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useFieldArray, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, Notice, Select, useToast } from '../../../ui/components/index.ts';
import { FormCheckbox, FormSelect, FormTextArea, FormTextInput, useFieldErrorText } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useSession } from '../../app/SessionContext.tsx';
import { CustomerPicker, type PickedCustomer } from '../documents/CustomerPicker.tsx';
import { fetchStaffUsers, staffKeys } from '../settings/queries.ts';
import { editProjectValues, emptyTask, newProjectBody, newProjectValues, projectFieldName, projectFormSchema, projectUpdateBody, ratesShown } from './project-form.ts';
import { billingMethods, budgetTypes, createProject, projectKeys, projectStatuses, updateProject, type ProjectDetail } from './queries.ts';

interface ProjectFormProps {
  mode: 'new' | 'edit';
  project?: ProjectDetail;
  initialCustomer?: PickedCustomer;
}

/** Staff who may be put on a project: every staff member for those who may list them, else oneself. */
function useAssignableStaff() {
  const session = useSession();
  const staff = useQuery({ queryKey: staffKeys.lists(), queryFn: ({ signal }) => fetchStaffUsers(signal), retry: false });
  return useMemo(() => {
    const all = staff.data?.data.filter((member) => !member.disabled).map((member) => ({ id: member.id, name: member.name })) ?? [];
    return all.length > 0 ? all : [{ id: session.user.id, name: session.user.name }];
  }, [staff.data, session.user.id, session.user.name]);
}

/**
 * A project: customer (new only), name, billing method and the rate it needs, budget, the staff on it
 * with their rates, and (new only) its first tasks. The billing method decides which rate fields show.
 */
export function ProjectForm({ mode, project, initialCustomer }: ProjectFormProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const navigate = useNavigate();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [defaults] = useState(() => (project ? editProjectValues(project, locale) : newProjectValues(initialCustomer)));
  const [schema] = useState(() => projectFormSchema(locale, mode));
  const form = useZodForm(schema, { defaultValues: defaults });
  const customer = useWatch({ control: form.control, name: 'customer' });
  const method = useWatch({ control: form.control, name: 'billing_method' });
  const budgetType = useWatch({ control: form.control, name: 'budget_type' });
  const currency = customer?.currency ?? project?.currency ?? '';
  const shown = ratesShown(method);
  const staff = useFieldArray({ control: form.control, name: 'staff' });
  const tasks = useFieldArray({ control: form.control, name: 'tasks' });
  const assignable = useAssignableStaff();
  const unassigned = assignable.filter((member) => !staff.fields.some((field) => field.staff_user_id === member.id));
  const [adding, setAdding] = useState('');
  const customerError = useFieldErrorText(form.formState.errors.customer as FieldError | undefined);
  const submit = useServerSubmit(
    form,
    async (values) => {
      const saved = project ? await updateProject(project.id, projectUpdateBody(values, locale, project.version)) : await createProject(newProjectBody(values, locale));
      queryClient.setQueryData(projectKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: projectKeys.lists() });
      toast.show(t(project ? 'projects.saved' : 'projects.created', { name: saved.name }));
      void navigate(`/projects/${saved.id}`);
    },
    { fieldName: projectFieldName },
  );
  const error = formErrorMessage(form);
  const rateLabel = (key: string) => t(key, { currency: currency || '—' });
  return (
    <form className="admin-form" onSubmit={(event) => void submit(event)} noValidate>
      {error ? <Notice tone="danger">{error}</Notice> : null}
      <fieldset className="ui-fieldset">
        <legend>{t('projects.about')}</legend>
        {mode === 'new' ? (
          <CustomerPicker value={customer ?? undefined} onChange={(next) => form.setValue('customer', next ?? null, { shouldValidate: form.formState.isSubmitted })} required error={customerError} />
        ) : (
          <p>
            {t('picker.customer')}: <Link to={`/customers/${project?.customer.id ?? ''}`}>{project?.customer.display_name}</Link> · {project?.currency}
          </p>
        )}
        <div className="ui-grid-2">
          <FormTextInput control={form.control} name="name" label={t('projects.name')} required autoComplete="off" />
          <FormTextInput control={form.control} name="code" label={t('projects.code')} autoComplete="off" />
        </div>
        <FormTextArea control={form.control} name="description" label={t('projects.description')} rows={3} />
        {mode === 'edit' ? <FormSelect control={form.control} name="status" label={t('projects.status')} options={projectStatuses.map((status) => ({ value: status, label: t(`projectStatus.${status}`) }))} /> : null}
      </fieldset>

      <fieldset className="ui-fieldset">
        <legend>{t('projects.billing')}</legend>
        <FormSelect control={form.control} name="billing_method" label={t('projects.billingMethod')} hint={t(`billingMethodHint.${method}`)} options={billingMethods.map((value) => ({ value, label: t(`billingMethod.${value}`) }))} />
        {shown.project ? <FormTextInput control={form.control} name="hourly_rate" label={rateLabel('projects.hourlyRate')} inputMode="decimal" required /> : null}
        {shown.fixed ? <FormTextInput control={form.control} name="fixed_price" label={rateLabel('projects.fixedPrice')} inputMode="decimal" required /> : null}
        <div className="ui-grid-2">
          <FormSelect control={form.control} name="budget_type" label={t('projects.budgetType')} options={budgetTypes.map((value) => ({ value, label: t(`budgetType.${value}`) }))} />
          {budgetType === 'hours' ? <FormTextInput control={form.control} name="budget_hours" label={t('projects.budgetHours')} hint={t('projects.durationHint')} required /> : null}
          {budgetType === 'amount' ? <FormTextInput control={form.control} name="budget_amount" label={rateLabel('projects.budgetAmount')} inputMode="decimal" required /> : null}
        </div>
      </fieldset>

      <fieldset className="ui-fieldset">
        <legend>{t('projects.staff')}</legend>
        {staff.fields.length === 0 ? <p className="ui-muted">{t('projects.noStaff')}</p> : null}
        <ul className="admin-project-rows">
          {staff.fields.map((field, index) => (
            <li key={field.id} className="admin-project-row">
              <span className="admin-project-row__name">{field.name}</span>
              {shown.staff ? <FormTextInput control={form.control} name={`staff.${index}.hourly_rate`} label={t('projects.staffRate', { name: field.name, currency: currency || '—' })} inputMode="decimal" required /> : null}
              <Button size="small" variant="ghost" onClick={() => staff.remove(index)}>
                {t('projects.removeStaff', { name: field.name })}
              </Button>
            </li>
          ))}
        </ul>
        {unassigned.length > 0 ? (
          <div className="admin-toolbar">
            <Select label={t('projects.addStaffLabel')} value={adding} onChange={(event) => setAdding(event.target.value)} fieldClassName="admin-toolbar__filter" options={[{ value: '', label: t('projects.chooseStaff') }, ...unassigned.map((member) => ({ value: member.id, label: member.name }))]} />
            <Button
              disabled={!adding}
              onClick={() => {
                const member = unassigned.find((candidate) => candidate.id === adding);
                if (member) staff.append({ staff_user_id: member.id, name: member.name, hourly_rate: '' });
                setAdding('');
              }}
            >
              {t('projects.addStaff')}
            </Button>
          </div>
        ) : null}
      </fieldset>

      {mode === 'new' ? (
        <fieldset className="ui-fieldset">
          <legend>{t('projects.tasks')}</legend>
          {tasks.fields.map((field, index) => (
            <fieldset key={field.id} className="ui-fieldset admin-project-task">
              <legend>{t('projects.taskNumber', { number: index + 1 })}</legend>
              <div className="ui-grid-2">
                <FormTextInput control={form.control} name={`tasks.${index}.name`} label={t('projects.taskName')} required autoComplete="off" />
                <FormTextInput control={form.control} name={`tasks.${index}.budget_hours`} label={t('projects.taskBudget')} hint={t('projects.durationHint')} />
              </div>
              {shown.task ? <FormTextInput control={form.control} name={`tasks.${index}.hourly_rate`} label={rateLabel('projects.taskRate')} inputMode="decimal" /> : null}
              <FormCheckbox control={form.control} name={`tasks.${index}.billable`} label={t('projects.billable')} />
              <Button size="small" variant="ghost" onClick={() => tasks.remove(index)}>
                {t('projects.removeTask', { number: index + 1 })}
              </Button>
            </fieldset>
          ))}
          <Button onClick={() => tasks.append(emptyTask())}>{t('projects.addTask')}</Button>
        </fieldset>
      ) : null}

      <div className="ui-button-row">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {mode === 'new' ? t('projects.create') : t('common.save')}
        </Button>
        <Link to={project ? `/projects/${project.id}` : '/projects'} className="ui-button ui-button--secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

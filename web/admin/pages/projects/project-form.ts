/**
 * The project form: what its fields hold (text as typed), the checks before sending (the rate the
 * billing method needs, durations and amounts that parse), and the body the API takes. Amounts are
 * read in the interface's language and the project's currency into minor units.
 */
import { z } from 'zod';
import { formatMoneyInput, parseMoneyInput } from '../../../ui/billing-format.ts';
import type { PickedCustomer } from '../documents/CustomerPicker.tsx';
import type { BillingMethod, BudgetType, NewProjectBody, NewTaskBody, ProjectDetail, ProjectUpdate } from './queries.ts';
import { formatDuration, parseDuration } from './time.ts';

const billingMethod = z.enum(['project_hours', 'task_hours', 'staff_hours', 'fixed_price']);
const budgetType = z.enum(['none', 'hours', 'amount']);

export const taskFields = z.object({
  name: z.string().trim().min(1, 'projects.errors.taskName').max(200),
  description: z.string().trim().max(2000),
  billable: z.boolean(),
  hourly_rate: z.string(),
  budget_hours: z.string(),
});
export type TaskFormValues = z.infer<typeof taskFields>;

const staffFields = z.object({ staff_user_id: z.string(), name: z.string(), hourly_rate: z.string() });

const fields = z.object({
  customer: z.custom<PickedCustomer | null>(),
  /** The project's currency: the customer's, fixed once created. */
  currency: z.string(),
  name: z.string().trim().min(1, 'projects.errors.name').max(200),
  code: z.string().trim().max(50),
  description: z.string().trim().max(5000),
  status: z.enum(['active', 'completed', 'archived']),
  billing_method: billingMethod,
  hourly_rate: z.string(),
  fixed_price: z.string(),
  budget_type: budgetType,
  budget_hours: z.string(),
  budget_amount: z.string(),
  staff: z.array(staffFields),
  tasks: z.array(taskFields),
});
export type ProjectFormValues = z.input<typeof fields>;

/** Amount typed → minor units, or undefined when empty; 'invalid' when it does not parse. */
function money(text: string, currency: string, locale: string): number | undefined | 'invalid' {
  if (text.trim() === '') return undefined;
  const parsed = parseMoneyInput(text, currency || 'EUR', locale);
  return parsed.ok ? parsed.value : 'invalid';
}

function hours(text: string): number | undefined | 'invalid' {
  if (text.trim() === '') return undefined;
  return parseDuration(text) ?? 'invalid';
}

type Issue = { path: (string | number)[]; message: string };

/** Which rate fields the billing method needs (the others are hidden and not sent). */
export function ratesShown(method: BillingMethod) {
  return { project: method === 'project_hours', task: method === 'task_hours', staff: method === 'staff_hours', fixed: method === 'fixed_price' };
}

function checkTask(task: TaskFormValues, path: (string | number)[], method: BillingMethod, currency: string, locale: string): Issue[] {
  const issues: Issue[] = [];
  const rate = money(task.hourly_rate, currency, locale);
  if (rate === 'invalid') issues.push({ path: [...path, 'hourly_rate'], message: 'projects.errors.amount' });
  else if (method === 'task_hours' && task.billable && rate === undefined) issues.push({ path: [...path, 'hourly_rate'], message: 'projects.errors.taskRate' });
  if (hours(task.budget_hours) === 'invalid') issues.push({ path: [...path, 'budget_hours'], message: 'projects.errors.duration' });
  return issues;
}

/** The checks of a whole project form (the customer only for a new project). */
export function projectFormSchema(locale: string, mode: 'new' | 'edit') {
  return fields.superRefine((values, ctx) => {
    const issues: Issue[] = [];
    const shown = ratesShown(values.billing_method);
    if (mode === 'new' && !values.customer) issues.push({ path: ['customer'], message: 'projects.errors.customer' });
    const currency = values.customer?.currency ?? values.currency;
    const rate = money(values.hourly_rate, currency, locale);
    if (shown.project && (rate === undefined || rate === 'invalid')) issues.push({ path: ['hourly_rate'], message: rate === 'invalid' ? 'projects.errors.amount' : 'projects.errors.projectRate' });
    const fixed = money(values.fixed_price, currency, locale);
    if (shown.fixed && (fixed === undefined || fixed === 'invalid')) issues.push({ path: ['fixed_price'], message: fixed === 'invalid' ? 'projects.errors.amount' : 'projects.errors.fixedPrice' });
    if (values.budget_type === 'hours') {
      const budget = hours(values.budget_hours);
      if (budget === undefined || budget === 'invalid' || budget === 0) issues.push({ path: ['budget_hours'], message: 'projects.errors.budgetHours' });
    }
    if (values.budget_type === 'amount') {
      const budget = money(values.budget_amount, currency, locale);
      if (budget === undefined || budget === 'invalid' || budget === 0) issues.push({ path: ['budget_amount'], message: 'projects.errors.budgetAmount' });
    }
    values.staff.forEach((member, index) => {
      const staffRate = money(member.hourly_rate, currency, locale);
      if (staffRate === 'invalid') issues.push({ path: ['staff', index, 'hourly_rate'], message: 'projects.errors.amount' });
      else if (shown.staff && staffRate === undefined) issues.push({ path: ['staff', index, 'hourly_rate'], message: 'projects.errors.staffRate' });
    });
    values.tasks.forEach((task, index) => issues.push(...checkTask(task, ['tasks', index], values.billing_method, currency, locale)));
    for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
}

const num = (value: number | undefined | 'invalid'): number | undefined => (typeof value === 'number' ? value : undefined);

/** A task's fields as the API takes them. */
export function taskBody(task: TaskFormValues, method: BillingMethod, currency: string, locale: string): NewTaskBody {
  const rate = ratesShown(method).task ? num(money(task.hourly_rate, currency, locale)) : undefined;
  const budget = num(hours(task.budget_hours));
  return {
    name: task.name.trim(),
    ...(task.description.trim() ? { description: task.description.trim() } : {}),
    billable: task.billable,
    ...(rate !== undefined ? { hourly_rate_minor: rate } : {}),
    ...(budget !== undefined ? { budget_minutes: budget } : {}),
  };
}

/** The fields both a new project and a change send. */
function commonBody(values: ProjectFormValues, locale: string) {
  const currency = values.customer?.currency ?? values.currency;
  const shown = ratesShown(values.billing_method);
  const staffRate = (text: string) => (shown.staff ? num(money(text, currency, locale)) : undefined) ?? null;
  return {
    name: values.name.trim(),
    code: values.code.trim(),
    description: values.description.trim(),
    billing_method: values.billing_method,
    hourly_rate_minor: shown.project ? (num(money(values.hourly_rate, currency, locale)) ?? null) : null,
    fixed_price_minor: shown.fixed ? (num(money(values.fixed_price, currency, locale)) ?? null) : null,
    budget_type: values.budget_type,
    budget_minutes: values.budget_type === 'hours' ? (num(hours(values.budget_hours)) ?? null) : null,
    budget_minor: values.budget_type === 'amount' ? (num(money(values.budget_amount, currency, locale)) ?? null) : null,
    staff: values.staff.map((member) => ({ staff_user_id: member.staff_user_id, hourly_rate_minor: staffRate(member.hourly_rate) })),
  };
}

export function newProjectBody(values: ProjectFormValues, locale: string): NewProjectBody {
  const common = commonBody(values, locale);
  const currency = values.customer?.currency ?? values.currency;
  return {
    customer_id: values.customer?.id ?? '',
    ...common,
    code: common.code || undefined,
    description: common.description || undefined,
    tasks: values.tasks.map((task) => taskBody(task, values.billing_method, currency, locale)),
  };
}

/** A change of an existing project (its tasks change in the Tasks tab, one by one). */
export function projectUpdateBody(values: ProjectFormValues, locale: string, version: number): ProjectUpdate {
  return { ...commonBody(values, locale), status: values.status, version };
}

const moneyText = (minor: number | null, currency: string, locale: string) => (minor === null ? '' : formatMoneyInput(minor, currency, locale));
const hoursText = (minutes: number | null) => (minutes === null ? '' : formatDuration(minutes));

export function emptyTask(): TaskFormValues {
  return { name: '', description: '', billable: true, hourly_rate: '', budget_hours: '' };
}

export function newProjectValues(customer: PickedCustomer | undefined): ProjectFormValues {
  return {
    customer: customer ?? null,
    currency: customer?.currency ?? '',
    name: '',
    code: '',
    description: '',
    status: 'active',
    billing_method: 'project_hours',
    hourly_rate: '',
    fixed_price: '',
    budget_type: 'none' satisfies BudgetType,
    budget_hours: '',
    budget_amount: '',
    staff: [],
    tasks: [emptyTask()],
  };
}

export function editProjectValues(project: ProjectDetail, locale: string): ProjectFormValues {
  const currency = project.currency;
  return {
    customer: null,
    currency,
    name: project.name,
    code: project.code ?? '',
    description: project.description ?? '',
    status: project.status,
    billing_method: project.billing_method,
    hourly_rate: moneyText(project.hourly_rate_minor, currency, locale),
    fixed_price: moneyText(project.fixed_price_minor, currency, locale),
    budget_type: project.budget_type,
    budget_hours: hoursText(project.budget_minutes),
    budget_amount: moneyText(project.budget_minor, currency, locale),
    staff: project.staff.map((member) => ({ staff_user_id: member.staff_user_id, name: member.name, hourly_rate: moneyText(member.hourly_rate_minor, currency, locale) })),
    tasks: [],
  };
}

export function taskValues(task: { name: string; description: string | null; billable: boolean; hourly_rate_minor: number | null; budget_minutes: number | null }, currency: string, locale: string): TaskFormValues {
  return { name: task.name, description: task.description ?? '', billable: task.billable, hourly_rate: moneyText(task.hourly_rate_minor, currency, locale), budget_hours: hoursText(task.budget_minutes) };
}

/** The form's field for a field the server named. */
export function projectFieldName(field: string): string {
  if (field === 'customer_id') return 'customer';
  if (field === 'hourly_rate_minor') return 'hourly_rate';
  if (field === 'fixed_price_minor') return 'fixed_price';
  if (field === 'budget_minutes') return 'budget_hours';
  if (field === 'budget_minor') return 'budget_amount';
  return field.replace(/\.hourly_rate_minor$/, '.hourly_rate').replace(/\.budget_minutes$/, '.budget_hours');
}

/** One task on its own (the Tasks tab's dialog), with the same checks as in the project form. */
export function taskFormSchema(method: BillingMethod, currency: string, locale: string) {
  return taskFields.superRefine((task, ctx) => {
    for (const issue of checkTask(task, [], method, currency, locale)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
}

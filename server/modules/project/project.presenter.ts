import type { Db } from '../../db/database.ts';
import type { ProjectTasksTable } from '../../db/project-tables.ts';
import { valueOfTime, type PricingStaff, type PricingTask } from './project-billing.ts';
import * as repo from './project.repository.ts';
import type { ProjectRow, ProjectStaffRow, TimeTotalRow } from './project.repository.ts';
import type { ProjectDetail, ProjectSummary, ProjectTask } from './project.schemas.ts';

const num = (value: number | null): number | null => (value === null ? null : Number(value));

interface Totals {
  logged: number;
  billable: number;
  billed: number;
  unbilled: number;
  awaiting: number;
  queried: number;
}

function sumTotals(rows: readonly TimeTotalRow[]): Totals {
  const totals: Totals = { logged: 0, billable: 0, billed: 0, unbilled: 0, awaiting: 0, queried: 0 };
  for (const row of rows) {
    totals.logged += row.minutes;
    if (row.status === 'billed') totals.billed += row.minutes;
    if (row.billable !== 1) continue;
    totals.billable += row.minutes;
    if (row.status !== 'billed') totals.unbilled += row.minutes;
    if (row.status === 'awaiting_approval') totals.awaiting += row.entries;
    if (row.status === 'queried') totals.queried += row.entries;
  }
  return totals;
}

function summaryOf(project: ProjectRow, totals: readonly TimeTotalRow[], tasks: readonly ProjectTasksTable[], staff: readonly ProjectStaffRow[]): ProjectSummary {
  const sums = sumTotals(totals);
  const pricingTasks = new Map<string, PricingTask>(tasks.map((task) => [task.id, { name: task.name, hourly_rate_minor: num(task.hourly_rate_minor) }]));
  const pricingStaff = new Map<string, PricingStaff>(staff.map((member) => [member.staff_user_id, { name: member.name, hourly_rate_minor: num(member.hourly_rate_minor) }]));
  const pricingProject = { name: project.name, billing_method: project.billing_method, hourly_rate_minor: num(project.hourly_rate_minor), fixed_price_minor: num(project.fixed_price_minor), fixed_price_invoice_id: project.fixed_price_invoice_id };
  const used = valueOfTime(
    { project: pricingProject, tasks: pricingTasks, staff: pricingStaff },
    totals.filter((row) => row.billable === 1).map((row) => ({ task_id: row.task_id, staff_user_id: row.staff_user_id, minutes: row.minutes })),
  );
  return {
    id: project.id,
    name: project.name,
    code: project.code,
    description: project.description,
    customer: { id: project.customer_id, display_name: project.customer_name },
    status: project.status,
    billing_method: project.billing_method,
    currency: project.currency,
    hourly_rate_minor: num(project.hourly_rate_minor),
    fixed_price_minor: num(project.fixed_price_minor),
    fixed_price_invoice_id: project.fixed_price_invoice_id,
    budget_type: project.budget_type,
    budget_minutes: num(project.budget_minutes),
    budget_minor: num(project.budget_minor),
    logged_minutes: sums.logged,
    billable_minutes: sums.billable,
    billed_minutes: sums.billed,
    unbilled_minutes: sums.unbilled,
    awaiting_approval_count: sums.awaiting,
    queried_count: sums.queried,
    used_minor: used,
    version: project.version,
    created_at: project.created_at,
    updated_at: project.updated_at,
  };
}

/** Summaries of a page of projects: three queries whatever the page's size. */
export async function presentProjectSummaries(db: Db, projects: readonly ProjectRow[]): Promise<ProjectSummary[]> {
  const ids = projects.map((project) => project.id);
  const [totals, tasks, staff] = await Promise.all([repo.timeTotals(db, ids), repo.listTasks(db, ids), repo.listStaff(db, ids)]);
  return projects.map((project) =>
    summaryOf(
      project,
      totals.filter((row) => row.project_id === project.id),
      tasks.filter((task) => task.project_id === project.id),
      staff.filter((member) => member.project_id === project.id),
    ),
  );
}

export async function presentProject(db: Db, project: ProjectRow): Promise<ProjectDetail> {
  const [totals, tasks, staff, invoices] = await Promise.all([
    repo.timeTotals(db, [project.id]),
    repo.listTasks(db, [project.id]),
    repo.listStaff(db, [project.id]),
    repo.projectInvoices(db, project.organization_id, project.id),
  ]);
  const taskRows: ProjectTask[] = tasks.map((task) => {
    const sums = sumTotals(totals.filter((row) => row.task_id === task.id));
    return {
      id: task.id,
      name: task.name,
      description: task.description,
      billable: task.billable === 1,
      hourly_rate_minor: num(task.hourly_rate_minor),
      budget_minutes: num(task.budget_minutes),
      archived_at: task.archived_at,
      logged_minutes: sums.logged,
      billed_minutes: sums.billed,
      unbilled_minutes: sums.unbilled,
    };
  });
  return {
    ...summaryOf(project, totals, tasks, staff),
    staff: staff.map((member) => ({ staff_user_id: member.staff_user_id, name: member.name, hourly_rate_minor: num(member.hourly_rate_minor) })),
    tasks: taskRows,
    invoices: invoices.map((invoice) => ({ id: invoice.id, number: invoice.number, status: invoice.status, total_minor: Number(invoice.total_minor), issue_date: invoice.issue_date })),
  };
}

import { sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { defineKeyset, selectPage, type Page, type PageRequest } from '../../db/keyset.ts';
import type { ProjectStaffTable, ProjectStatus, ProjectTasksTable, ProjectsTable } from '../../db/project-tables.ts';
import { containsText } from '../../db/search.ts';

export type ProjectRow = ProjectsTable & { customer_name: string };

const projectColumns = [
  'projects.id',
  'projects.organization_id',
  'projects.customer_id',
  'projects.name',
  'projects.code',
  'projects.description',
  'projects.status',
  'projects.billing_method',
  'projects.currency',
  'projects.hourly_rate_minor',
  'projects.fixed_price_minor',
  'projects.fixed_price_invoice_id',
  'projects.budget_type',
  'projects.budget_minutes',
  'projects.budget_minor',
  'projects.version',
  'projects.created_at',
  'projects.updated_at',
] as const;

function selectProjects(db: Db) {
  return db
    .selectFrom('projects')
    .innerJoin('customers', 'customers.id', 'projects.customer_id')
    .select([...projectColumns, 'customers.display_name as customer_name']);
}

export async function insertProject(db: Db, row: ProjectsTable): Promise<void> {
  await db.insertInto('projects').values(row).execute();
}

export async function findProject(db: Db, organizationId: string, id: string): Promise<ProjectRow | undefined> {
  return selectProjects(db).where('projects.organization_id', '=', organizationId).where('projects.id', '=', id).executeTakeFirst();
}

const projectList = defineKeyset<ProjectRow>()({
  list: 'projects.staff',
  id: { column: 'projects.id', of: (row) => row.id },
  keys: { name: { column: 'projects.name', type: 'string', of: (row) => row.name } },
});

export interface ProjectListOptions extends Omit<PageRequest<'name'>, 'sort'> {
  organizationId: string;
  customerId?: string | undefined;
  status?: ProjectStatus | undefined;
  search?: string | undefined;
}

/** A page of the organization's projects by name. */
export async function listProjectPage(db: Db, options: ProjectListOptions): Promise<Page<ProjectRow>> {
  let query = selectProjects(db).where('projects.organization_id', '=', options.organizationId);
  if (options.customerId) query = query.where('projects.customer_id', '=', options.customerId);
  if (options.status) query = query.where('projects.status', '=', options.status);
  if (options.search) query = query.where(containsText(['projects.name', 'projects.code', 'customers.display_name'], options.search));
  return selectPage(query, projectList, { ...options, sort: 'name' });
}

/** Writes `changes` (and version + 1) only if the project is still at `version`; answers whether it did. */
export async function updateProjectAtVersion(db: Db, organizationId: string, id: string, version: number, changes: Updateable<ProjectsTable>): Promise<boolean> {
  const { version: _version, id: _id, organization_id: _org, ...rest } = changes;
  const result = await db
    .updateTable('projects')
    .set((eb) => ({ ...rest, version: eb('version', '+', 1) }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks the fixed price invoiced on `invoiceId`, only if it was not yet: concurrent billers cannot both. */
export async function claimFixedPrice(db: Db, projectId: string, invoiceId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('projects')
    .set((eb) => ({ fixed_price_invoice_id: invoiceId, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', projectId)
    .where('fixed_price_invoice_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The fixed price of projects billed on a deleted invoice is billable again. */
export async function releaseFixedPrice(db: Db, invoiceId: string, now: string): Promise<void> {
  await db
    .updateTable('projects')
    .set((eb) => ({ fixed_price_invoice_id: null, updated_at: now, version: eb('version', '+', 1) }))
    .where('fixed_price_invoice_id', '=', invoiceId)
    .execute();
}

export async function deleteProject(db: Db, id: string): Promise<void> {
  await db.deleteFrom('timers').where('project_id', '=', id).execute();
  await db.deleteFrom('time_entries').where('project_id', '=', id).execute();
  await db.deleteFrom('project_tasks').where('project_id', '=', id).execute();
  await db.deleteFrom('projects').where('id', '=', id).execute();
}

// Staff

export type ProjectStaffRow = ProjectStaffTable & { name: string };

export async function listStaff(db: Db, projectIds: readonly string[]): Promise<ProjectStaffRow[]> {
  if (projectIds.length === 0) return [];
  return db
    .selectFrom('project_staff')
    .innerJoin('staff_users', 'staff_users.id', 'project_staff.staff_user_id')
    .select(['project_staff.project_id', 'project_staff.staff_user_id', 'project_staff.organization_id', 'project_staff.hourly_rate_minor', 'project_staff.created_at', 'staff_users.name'])
    .where('project_staff.project_id', 'in', [...projectIds])
    .orderBy('staff_users.name')
    .orderBy('project_staff.staff_user_id')
    .execute();
}

export async function replaceStaff(db: Db, projectId: string, rows: ProjectStaffTable[]): Promise<void> {
  await db.deleteFrom('project_staff').where('project_id', '=', projectId).execute();
  for (let start = 0; start < rows.length; start += 50) await db.insertInto('project_staff').values(rows.slice(start, start + 50)).execute();
}

/** Adds the staff member to the project (without a rate) unless already on it. */
export async function ensureStaff(db: Db, row: ProjectStaffTable): Promise<void> {
  await db.insertInto('project_staff').values(row).onConflict((oc) => oc.columns(['project_id', 'staff_user_id']).doNothing()).execute();
}

/** The ids among `ids` that are staff members of the organization. */
export async function existingStaffIds(db: Db, organizationId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('staff_users').select('id').where('organization_id', '=', organizationId).where('id', 'in', [...ids]).execute();
  return new Set(rows.map((row) => row.id));
}

export async function staffName(db: Db, organizationId: string, staffUserId: string): Promise<string | undefined> {
  const row = await db.selectFrom('staff_users').select('name').where('organization_id', '=', organizationId).where('id', '=', staffUserId).executeTakeFirst();
  return row?.name;
}

// Tasks

export async function insertTasks(db: Db, rows: ProjectTasksTable[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 25) await db.insertInto('project_tasks').values(rows.slice(start, start + 25)).execute();
}

export async function listTasks(db: Db, projectIds: readonly string[]): Promise<ProjectTasksTable[]> {
  if (projectIds.length === 0) return [];
  return db.selectFrom('project_tasks').selectAll().where('project_id', 'in', [...projectIds]).orderBy('name').orderBy('id').execute();
}

export async function findTask(db: Db, organizationId: string, projectId: string, taskId: string): Promise<ProjectTasksTable | undefined> {
  return db.selectFrom('project_tasks').selectAll().where('organization_id', '=', organizationId).where('project_id', '=', projectId).where('id', '=', taskId).executeTakeFirst();
}

export async function updateTask(db: Db, taskId: string, changes: Updateable<ProjectTasksTable>): Promise<void> {
  const { id: _id, organization_id: _org, project_id: _project, ...rest } = changes;
  await db.updateTable('project_tasks').set(rest).where('id', '=', taskId).execute();
}

export async function deleteTask(db: Db, taskId: string): Promise<void> {
  await db.deleteFrom('timers').where('task_id', '=', taskId).execute();
  await db.deleteFrom('project_tasks').where('id', '=', taskId).execute();
}

export async function taskHasTime(db: Db, taskId: string): Promise<boolean> {
  return (await db.selectFrom('time_entries').select('id').where('task_id', '=', taskId).limit(1).executeTakeFirst()) !== undefined;
}

export async function projectHasBilledTime(db: Db, projectId: string): Promise<boolean> {
  const billed = await db.selectFrom('time_entries').select('id').where('project_id', '=', projectId).where('status', '=', 'billed').limit(1).executeTakeFirst();
  if (billed) return true;
  const project = await db.selectFrom('projects').select('fixed_price_invoice_id').where('id', '=', projectId).executeTakeFirst();
  return project?.fixed_price_invoice_id != null;
}

// Time totals

export interface TimeTotalRow {
  project_id: string;
  task_id: string;
  staff_user_id: string;
  status: string;
  /** 1 when the entry and its task are billable. */
  billable: number;
  minutes: number;
  entries: number;
}

/** Minutes and entry counts of the projects' time, per task, staff member, status and billability (one query). */
export async function timeTotals(db: Db, projectIds: readonly string[]): Promise<TimeTotalRow[]> {
  if (projectIds.length === 0) return [];
  const billable = sql<number>`case when time_entries.billable = 1 and project_tasks.billable = 1 then 1 else 0 end`;
  const rows = await db
    .selectFrom('time_entries')
    .innerJoin('project_tasks', 'project_tasks.id', 'time_entries.task_id')
    .select([
      'time_entries.project_id',
      'time_entries.task_id',
      'time_entries.staff_user_id',
      'time_entries.status',
      billable.as('billable'),
      sql<number>`sum(time_entries.duration_minutes)`.as('minutes'),
      sql<number>`count(*)`.as('entries'),
    ])
    .where('time_entries.project_id', 'in', [...projectIds])
    .groupBy(['time_entries.project_id', 'time_entries.task_id', 'time_entries.staff_user_id', 'time_entries.status', billable])
    .execute();
  return rows.map((row) => ({ ...row, billable: Number(row.billable), minutes: Number(row.minutes), entries: Number(row.entries) }));
}

/** The invoices that billed the project's time or fixed price, oldest first. */
export async function projectInvoices(db: Db, organizationId: string, projectId: string) {
  return db
    .selectFrom('documents')
    .select(['id', 'number', 'status', 'total_minor', 'issue_date'])
    .where('organization_id', '=', organizationId)
    .where('kind', '=', 'invoice')
    .where((eb) =>
      eb.or([
        eb('id', 'in', eb.selectFrom('time_entries').select('invoice_id').where('project_id', '=', projectId).where('invoice_id', 'is not', null)),
        eb('id', 'in', eb.selectFrom('projects').select('fixed_price_invoice_id').where('id', '=', projectId).where('fixed_price_invoice_id', 'is not', null)),
      ]),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

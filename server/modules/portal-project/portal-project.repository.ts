import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { defineKeyset, selectPage, orderForKeyset, type Page } from '../../db/keyset.ts';
import type { ProjectsTable, TimeEntryEventsTable, TimeEntryStatus } from '../../db/project-tables.ts';
import type { TimesheetFilter } from './portal-project.schemas.ts';

/**
 * Every query of the portal's projects. The portal sees billable time only: the entry and its task are
 * both billable. Every query is scoped to the organization and the contact's customer.
 */

const billableTime = (db: Db) =>
  db
    .selectFrom('time_entries')
    .innerJoin('project_tasks', 'project_tasks.id', 'time_entries.task_id')
    .where('time_entries.billable', '=', 1)
    .where('project_tasks.billable', '=', 1);

const minutesWhere = (condition: string) =>
  sql<number>`cast(coalesce(sum(case when ${sql.raw(condition)} then time_entries.duration_minutes else 0 end), 0) as bigint)`;
const countWhere = (condition: string) => sql<number>`cast(coalesce(sum(case when ${sql.raw(condition)} then 1 else 0 end), 0) as bigint)`;

const projectList = defineKeyset<ProjectsTable>()({
  list: 'portal.projects',
  id: { column: 'id', of: (project) => project.id },
  keys: { name: { column: 'name', type: 'string', of: (project) => project.name } },
});

/** The customer's projects (archived ones left out), by name. */
export async function listPortalProjectPage(
  db: Db,
  options: { organizationId: string; customerId: string; limit: number; cursor?: string | undefined },
): Promise<Page<ProjectsTable>> {
  const query = db
    .selectFrom('projects')
    .selectAll()
    .where('organization_id', '=', options.organizationId)
    .where('customer_id', '=', options.customerId)
    .where('status', '!=', 'archived');
  return selectPage(query, projectList, { sort: 'name', limit: options.limit, cursor: options.cursor });
}

/** The customer's project (never an archived one). */
export async function findPortalProject(db: Db, organizationId: string, customerId: string, id: string): Promise<ProjectsTable | undefined> {
  return db
    .selectFrom('projects')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('id', '=', id)
    .where('status', '!=', 'archived')
    .executeTakeFirst();
}

export interface ProjectTimeTotals {
  project_id: string;
  logged_minutes: number;
  billed_minutes: number;
  awaiting_approval_count: number;
  queried_count: number;
}

/** Billable time per project: logged and billed minutes, entries awaiting approval and queried. */
export async function sumProjectTime(db: Db, projectIds: readonly string[]): Promise<ProjectTimeTotals[]> {
  if (projectIds.length === 0) return [];
  const rows = await billableTime(db)
    .select([
      'time_entries.project_id',
      sql<number>`cast(coalesce(sum(time_entries.duration_minutes), 0) as bigint)`.as('logged_minutes'),
      minutesWhere(`time_entries.status = 'billed'`).as('billed_minutes'),
      countWhere(`time_entries.status = 'awaiting_approval'`).as('awaiting_approval_count'),
      countWhere(`time_entries.status = 'queried'`).as('queried_count'),
    ])
    .where('time_entries.project_id', 'in', [...projectIds])
    .groupBy('time_entries.project_id')
    .execute();
  return rows.map((row) => ({
    project_id: row.project_id,
    logged_minutes: Number(row.logged_minutes),
    billed_minutes: Number(row.billed_minutes),
    awaiting_approval_count: Number(row.awaiting_approval_count),
    queried_count: Number(row.queried_count),
  }));
}

/** Billable minutes per project, task and staff member, with the task's and the staff member's rates. */
export async function sumUsedTime(db: Db, projectIds: readonly string[]) {
  if (projectIds.length === 0) return [];
  const rows = await billableTime(db)
    .leftJoin('project_staff', (join) => join.onRef('project_staff.project_id', '=', 'time_entries.project_id').onRef('project_staff.staff_user_id', '=', 'time_entries.staff_user_id'))
    .select([
      'time_entries.project_id',
      'project_tasks.hourly_rate_minor as task_rate_minor',
      'project_staff.hourly_rate_minor as staff_rate_minor',
      sql<number>`cast(coalesce(sum(time_entries.duration_minutes), 0) as bigint)`.as('minutes'),
    ])
    .where('time_entries.project_id', 'in', [...projectIds])
    .groupBy(['time_entries.project_id', 'time_entries.task_id', 'time_entries.staff_user_id', 'project_tasks.hourly_rate_minor', 'project_staff.hourly_rate_minor'])
    .execute();
  return rows.map((row) => ({
    projectId: row.project_id,
    minutes: Number(row.minutes),
    taskRateMinor: row.task_rate_minor === null ? null : Number(row.task_rate_minor),
    staffRateMinor: row.staff_rate_minor === null ? null : Number(row.staff_rate_minor),
  }));
}

/** The project's billable tasks (archived ones only when they carry time), with their billable time. */
export async function listTasksWithTime(db: Db, projectId: string) {
  const rows = await db
    .selectFrom('project_tasks')
    .leftJoin('time_entries', (join) => join.onRef('time_entries.task_id', '=', 'project_tasks.id').on('time_entries.billable', '=', 1))
    .select([
      'project_tasks.id',
      'project_tasks.name',
      'project_tasks.description',
      'project_tasks.budget_minutes',
      'project_tasks.archived_at',
      sql<number>`cast(coalesce(sum(time_entries.duration_minutes), 0) as bigint)`.as('logged_minutes'),
      minutesWhere(`time_entries.status = 'billed'`).as('billed_minutes'),
    ])
    .where('project_tasks.project_id', '=', projectId)
    .where('project_tasks.billable', '=', 1)
    .groupBy(['project_tasks.id', 'project_tasks.name', 'project_tasks.description', 'project_tasks.budget_minutes', 'project_tasks.archived_at'])
    .orderBy('project_tasks.name')
    .orderBy('project_tasks.id')
    .execute();
  return rows
    .map((row) => ({ ...row, logged_minutes: Number(row.logged_minutes), billed_minutes: Number(row.billed_minutes) }))
    .filter((row) => row.archived_at === null || row.logged_minutes > 0);
}

export interface TimesheetRow {
  id: string;
  task_id: string;
  task_name: string;
  work_date: string;
  duration_minutes: number;
  notes: string | null;
  staff_name: string;
  status: TimeEntryStatus;
  approved_at: string | null;
  queried_at: string | null;
  version: number;
}

const timesheetList = defineKeyset<TimesheetRow>()({
  list: 'portal.timesheet',
  id: { column: 'time_entries.id', of: (row) => row.id },
  keys: { work_date: { column: 'time_entries.work_date', type: 'string', of: (row) => row.work_date } },
});

function timesheetQuery(db: Db, projectId: string, customerId: string, filter: TimesheetFilter) {
  let query = billableTime(db)
    .innerJoin('staff_users', 'staff_users.id', 'time_entries.staff_user_id')
    .select([
      'time_entries.id',
      'time_entries.task_id',
      'project_tasks.name as task_name',
      'time_entries.work_date',
      'time_entries.duration_minutes',
      'time_entries.notes',
      'staff_users.name as staff_name',
      'time_entries.status',
      'time_entries.approved_at',
      'time_entries.queried_at',
      'time_entries.version',
    ])
    .where('time_entries.project_id', '=', projectId)
    .where('time_entries.customer_id', '=', customerId);
  if (filter.from) query = query.where('time_entries.work_date', '>=', filter.from);
  if (filter.to) query = query.where('time_entries.work_date', '<=', filter.to);
  if (filter.status) query = query.where('time_entries.status', '=', filter.status);
  return query;
}

/** One page of the project's billable time, the latest day first. */
export async function listTimesheetPage(
  db: Db,
  options: { projectId: string; customerId: string; filter: TimesheetFilter; limit: number; cursor?: string | undefined },
): Promise<Page<TimesheetRow>> {
  return selectPage(timesheetQuery(db, options.projectId, options.customerId, options.filter), timesheetList, { sort: '-work_date', limit: options.limit, cursor: options.cursor });
}

/** The same rows as the list, unpaged (up to `max`), for the CSV download. */
export async function listTimesheetRows(db: Db, options: { projectId: string; customerId: string; filter: TimesheetFilter; max: number }): Promise<TimesheetRow[]> {
  return orderForKeyset(timesheetQuery(db, options.projectId, options.customerId, options.filter), timesheetList, '-work_date')
    .limit(options.max)
    .execute();
}

/** One row of the timesheet. */
export async function findTimesheetRow(db: Db, projectId: string, customerId: string, id: string): Promise<TimesheetRow | undefined> {
  return timesheetQuery(db, projectId, customerId, {}).where('time_entries.id', '=', id).executeTakeFirst();
}

/** The newest query event of each entry. */
export async function listLastQueries(db: Db, entryIds: readonly string[]): Promise<Map<string, Pick<TimeEntryEventsTable, 'comment' | 'actor_name' | 'created_at'>>> {
  const found = new Map<string, Pick<TimeEntryEventsTable, 'comment' | 'actor_name' | 'created_at'>>();
  if (entryIds.length === 0) return found;
  const rows = await db
    .selectFrom('time_entry_events')
    .select(['time_entry_id', 'comment', 'actor_name', 'created_at'])
    .where('time_entry_id', 'in', [...entryIds])
    .where('type', '=', 'queried')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  for (const row of rows) if (!found.has(row.time_entry_id)) found.set(row.time_entry_id, row);
  return found;
}

/** The project's billable entries among `ids` (another project's or customer's are simply not found). */
export async function findPortalEntries(db: Db, projectId: string, customerId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return billableTime(db)
    .select(['time_entries.id', 'time_entries.status', 'time_entries.version', 'time_entries.duration_minutes', 'time_entries.work_date', 'project_tasks.name as task_name'])
    .where('time_entries.project_id', '=', projectId)
    .where('time_entries.customer_id', '=', customerId)
    .where('time_entries.id', 'in', [...ids])
    .execute();
}

/** The project's billable entries worked in [from, to] that await approval. */
export async function listAwaitingBetween(db: Db, projectId: string, customerId: string, from: string, to: string): Promise<string[]> {
  const rows = await billableTime(db)
    .select('time_entries.id')
    .where('time_entries.project_id', '=', projectId)
    .where('time_entries.customer_id', '=', customerId)
    .where('time_entries.status', '=', 'awaiting_approval')
    .where('time_entries.work_date', '>=', from)
    .where('time_entries.work_date', '<=', to)
    .execute();
  return rows.map((row) => row.id);
}

/**
 * awaiting_approval → approved for those of `ids` still awaiting: a conditional update, so two approvals
 * at once approve each entry once. Answers the entries this call approved.
 */
export async function approveAwaitingEntries(db: Db, ids: readonly string[], contactPersonId: string, now: string): Promise<{ id: string; duration_minutes: number }[]> {
  if (ids.length === 0) return [];
  return db
    .updateTable('time_entries')
    .set((eb) => ({ status: 'approved', approved_at: now, approved_by_contact_id: contactPersonId, version: eb('version', '+', 1), updated_at: now }))
    .where('id', 'in', [...ids])
    .where('status', '=', 'awaiting_approval')
    .returning(['id', 'duration_minutes'])
    .execute();
}

/** awaiting_approval → queried at this version; answers whether this call changed it. */
export async function queryAwaitingEntry(db: Db, id: string, version: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('time_entries')
    .set((eb) => ({ status: 'queried', queried_at: now, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .where('status', '=', 'awaiting_approval')
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertEntryEvents(db: Db, events: readonly TimeEntryEventsTable[]): Promise<void> {
  if (events.length === 0) return;
  await db.insertInto('time_entry_events').values([...events]).execute();
}

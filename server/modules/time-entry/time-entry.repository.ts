import { sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { defineKeyset, selectPage, type Page, type PageRequest } from '../../db/keyset.ts';
import type { TimeEntriesTable, TimeEntryEventsTable, TimeEntryStatus, TimersTable } from '../../db/project-tables.ts';

export async function insertEntry(db: Db, row: TimeEntriesTable): Promise<void> {
  await db.insertInto('time_entries').values(row).execute();
}

export async function findEntry(db: Db, organizationId: string, id: string): Promise<TimeEntriesTable | undefined> {
  return db.selectFrom('time_entries').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function findEntries(db: Db, organizationId: string, ids: readonly string[]): Promise<TimeEntriesTable[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('time_entries').selectAll().where('organization_id', '=', organizationId).where('id', 'in', [...ids]).execute();
}

/**
 * Writes `changes` (version + 1) only while the entry is still at `version` and in one of `statuses`:
 * the conditional update every change of an entry is. Answers whether it did.
 */
export async function updateEntryAt(db: Db, id: string, version: number, statuses: readonly TimeEntryStatus[], changes: Updateable<TimeEntriesTable>): Promise<boolean> {
  const { id: _id, organization_id: _org, version: _version, ...rest } = changes;
  const result = await db
    .updateTable('time_entries')
    .set((eb) => ({ ...rest, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', 'in', [...statuses])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Moves the entries that are still in `from` to `to`; answers how many moved. */
export async function transitionEntries(db: Db, organizationId: string, ids: readonly string[], from: readonly TimeEntryStatus[], changes: Updateable<TimeEntriesTable>): Promise<number> {
  if (ids.length === 0) return 0;
  const { id: _id, organization_id: _org, version: _version, ...rest } = changes;
  let moved = 0;
  for (let start = 0; start < ids.length; start += 200) {
    const result = await db
      .updateTable('time_entries')
      .set((eb) => ({ ...rest, version: eb('version', '+', 1) }))
      .where('organization_id', '=', organizationId)
      .where('id', 'in', ids.slice(start, start + 200))
      .where('status', 'in', [...from])
      .executeTakeFirst();
    moved += Number(result.numUpdatedRows);
  }
  return moved;
}

export async function deleteEntryAt(db: Db, id: string, version: number, statuses: readonly TimeEntryStatus[]): Promise<boolean> {
  const result = await db.deleteFrom('time_entries').where('id', '=', id).where('version', '=', version).where('status', 'in', [...statuses]).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function insertEvents(db: Db, rows: TimeEntryEventsTable[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 50) await db.insertInto('time_entry_events').values(rows.slice(start, start + 50)).execute();
}

export async function listEvents(db: Db, entryId: string): Promise<TimeEntryEventsTable[]> {
  return db.selectFrom('time_entry_events').selectAll().where('time_entry_id', '=', entryId).orderBy('created_at').orderBy('id').execute();
}

/** The newest query (contact comment) of each of the entries. */
export async function lastQueries(db: Db, entryIds: readonly string[]): Promise<Map<string, TimeEntryEventsTable>> {
  if (entryIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('time_entry_events')
    .selectAll()
    .where('time_entry_id', 'in', [...entryIds])
    .where('type', '=', 'queried')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return new Map(rows.map((row) => [row.time_entry_id, row]));
}

// Entries as the API shows them

export type TimeEntryRow = TimeEntriesTable & {
  project_name: string;
  task_name: string;
  task_billable: number;
  staff_name: string;
  customer_name: string;
  invoice_number: string | null;
  approver_first_name: string | null;
  approver_last_name: string | null;
};

function selectEntryRows(db: Db) {
  return db
    .selectFrom('time_entries')
    .innerJoin('projects', 'projects.id', 'time_entries.project_id')
    .innerJoin('project_tasks', 'project_tasks.id', 'time_entries.task_id')
    .innerJoin('staff_users', 'staff_users.id', 'time_entries.staff_user_id')
    .innerJoin('customers', 'customers.id', 'time_entries.customer_id')
    .leftJoin('documents', 'documents.id', 'time_entries.invoice_id')
    .leftJoin('contact_persons', 'contact_persons.id', 'time_entries.approved_by_contact_id')
    .selectAll('time_entries')
    .select([
      'projects.name as project_name',
      'project_tasks.name as task_name',
      'project_tasks.billable as task_billable',
      'staff_users.name as staff_name',
      'customers.display_name as customer_name',
      'documents.number as invoice_number',
      'contact_persons.first_name as approver_first_name',
      'contact_persons.last_name as approver_last_name',
    ]);
}

export async function findEntryRow(db: Db, organizationId: string, id: string): Promise<TimeEntryRow | undefined> {
  return selectEntryRows(db).where('time_entries.organization_id', '=', organizationId).where('time_entries.id', '=', id).executeTakeFirst();
}

const entryList = defineKeyset<TimeEntryRow>()({
  list: 'time_entries.staff',
  id: { column: 'time_entries.id', of: (row) => row.id },
  keys: { work_date: { column: 'time_entries.work_date', type: 'string', of: (row) => row.work_date } },
});

export interface EntryListOptions extends Omit<PageRequest<'work_date'>, 'sort'> {
  organizationId: string;
  projectId?: string | undefined;
  customerId?: string | undefined;
  staffUserId?: string | undefined;
  taskId?: string | undefined;
  status?: TimeEntryStatus | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** A page of the organization's time entries, newest day first. */
export async function listEntryPage(db: Db, options: EntryListOptions): Promise<Page<TimeEntryRow>> {
  let query = selectEntryRows(db).where('time_entries.organization_id', '=', options.organizationId);
  if (options.projectId) query = query.where('time_entries.project_id', '=', options.projectId);
  if (options.customerId) query = query.where('time_entries.customer_id', '=', options.customerId);
  if (options.staffUserId) query = query.where('time_entries.staff_user_id', '=', options.staffUserId);
  if (options.taskId) query = query.where('time_entries.task_id', '=', options.taskId);
  if (options.status) query = query.where('time_entries.status', '=', options.status);
  if (options.from) query = query.where('time_entries.work_date', '>=', options.from);
  if (options.to) query = query.where('time_entries.work_date', '<=', options.to);
  return selectPage(query, entryList, { ...options, sort: '-work_date' });
}

// Billing

export type BillingCandidate = Pick<TimeEntriesTable, 'id' | 'task_id' | 'staff_user_id' | 'work_date' | 'duration_minutes' | 'notes' | 'status' | 'approved_at'> & { billable: number };

/** The project's entries not billed yet (optionally only these ids, or worked up to a day), with billability of entry and task. */
export async function billingCandidates(db: Db, projectId: string, options: { entryIds?: readonly string[] | undefined; upTo?: string | undefined }): Promise<BillingCandidate[]> {
  let query = db
    .selectFrom('time_entries')
    .innerJoin('project_tasks', 'project_tasks.id', 'time_entries.task_id')
    .select([
      'time_entries.id',
      'time_entries.task_id',
      'time_entries.staff_user_id',
      'time_entries.work_date',
      'time_entries.duration_minutes',
      'time_entries.notes',
      'time_entries.status',
      'time_entries.approved_at',
      sql<number>`case when time_entries.billable = 1 and project_tasks.billable = 1 then 1 else 0 end`.as('billable'),
    ])
    .where('time_entries.project_id', '=', projectId)
    .where('time_entries.status', '<>', 'billed');
  if (options.entryIds) query = query.where('time_entries.id', 'in', [...options.entryIds]);
  if (options.upTo) query = query.where('time_entries.work_date', '<=', options.upTo);
  const rows = await query.orderBy('time_entries.work_date').orderBy('time_entries.id').execute();
  return rows.map((row) => ({ ...row, billable: Number(row.billable) }));
}

/** The ids of the project's entries among `ids` (to tell unknown ones from already billed ones). */
export async function entryIdsOfProject(db: Db, projectId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('time_entries').select('id').where('project_id', '=', projectId).where('id', 'in', [...ids]).execute();
  return new Set(rows.map((row) => row.id));
}

/** The entries billed on the invoice. */
export async function entriesOfInvoice(db: Db, invoiceId: string): Promise<TimeEntriesTable[]> {
  return db.selectFrom('time_entries').selectAll().where('invoice_id', '=', invoiceId).execute();
}

/** Takes the entries off the (deleted) invoice: approved ones stay approved, the others are unbilled again. */
export async function unbillInvoice(db: Db, invoiceId: string, now: string): Promise<void> {
  await db
    .updateTable('time_entries')
    .set((eb) => ({
      status: sql<TimeEntryStatus>`case when approved_at is not null then 'approved' else 'unbilled' end`,
      invoice_id: null,
      billed_at: null,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('invoice_id', '=', invoiceId)
    .execute();
}

// Timers

export async function findTimer(db: Db, organizationId: string, staffUserId: string): Promise<TimersTable | undefined> {
  return db.selectFrom('timers').selectAll().where('organization_id', '=', organizationId).where('staff_user_id', '=', staffUserId).executeTakeFirst();
}

export type TimerRow = TimersTable & { project_name: string; task_name: string };

export async function findTimerRow(db: Db, organizationId: string, staffUserId: string): Promise<TimerRow | undefined> {
  return db
    .selectFrom('timers')
    .innerJoin('projects', 'projects.id', 'timers.project_id')
    .innerJoin('project_tasks', 'project_tasks.id', 'timers.task_id')
    .selectAll('timers')
    .select(['projects.name as project_name', 'project_tasks.name as task_name'])
    .where('timers.organization_id', '=', organizationId)
    .where('timers.staff_user_id', '=', staffUserId)
    .executeTakeFirst();
}

/** Inserts the timer unless the staff member already has one (the unique index decides, also for two starts at once). */
export async function insertTimer(db: Db, row: TimersTable): Promise<boolean> {
  const result = await db.insertInto('timers').values(row).onConflict((oc) => oc.column('staff_user_id').doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function deleteTimer(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('timers').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

// Whom approval mails go to

export interface PortalReader {
  id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  permissions: string;
  portal_language: string;
  own_language: string | null;
}

function selectPortalReaders(db: Db, organizationId: string) {
  return db
    .selectFrom('contact_persons')
    .innerJoin('customers', 'customers.id', 'contact_persons.customer_id')
    .leftJoin('portal_identities', (join) =>
      join.onRef('portal_identities.email', '=', 'contact_persons.email').onRef('portal_identities.organization_id', '=', 'contact_persons.organization_id'),
    )
    .select(['contact_persons.id', 'contact_persons.first_name', 'contact_persons.last_name', 'contact_persons.email', 'contact_persons.permissions', 'customers.portal_language', 'portal_identities.language as own_language'])
    .where('contact_persons.organization_id', '=', organizationId)
    .where('contact_persons.portal_enabled', '=', 1)
    .where('contact_persons.disabled_at', 'is', null)
    .where('contact_persons.email', 'is not', null);
}

/** The customer's contacts with live portal access and an email, with the language each reads. */
export async function portalReaders(db: Db, organizationId: string, customerId: string): Promise<PortalReader[]> {
  return selectPortalReaders(db, organizationId).where('contact_persons.customer_id', '=', customerId).orderBy('contact_persons.id').execute();
}

export async function portalReader(db: Db, organizationId: string, contactPersonId: string): Promise<PortalReader | undefined> {
  return selectPortalReaders(db, organizationId).where('contact_persons.id', '=', contactPersonId).executeTakeFirst();
}

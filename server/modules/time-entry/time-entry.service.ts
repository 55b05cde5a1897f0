import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { Page } from '../../db/keyset.ts';
import type { CollaborationActorType, ProjectTasksTable, TimeEntriesTable, TimeEntryEventType, TimeEntryEventsTable, TimeEntryStatus } from '../../db/project-tables.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import { AppError, fieldIssue, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { findOrganization } from '../organization/organization.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { personName } from '../portal-auth/portal-auth.ts';
import { findProjectRow, findProjectTask, isStaffMember, joinProject, staffMemberName, type ProjectRow } from '../project/project.service.ts';
import * as repo from './time-entry.repository.ts';
import type { TimeEntryRow } from './time-entry.repository.ts';
import type { CreateTimeEntryBody, ListTimeEntriesQuery, TimeEntryResponse, UpdateTimeEntryBody } from './time-entry.schemas.ts';

/** Who acts, as time entry events record it. */
export interface EntryActor {
  type: CollaborationActorType;
  staffUserId: string | null;
  contactPersonId: string | null;
  name: string;
}

export async function staffActor(db: Db, staff: Pick<StaffPrincipal, 'organizationId' | 'staffUserId'>): Promise<EntryActor> {
  if (!staff.staffUserId) return { type: 'api', staffUserId: null, contactPersonId: null, name: 'API' };
  return { type: 'staff', staffUserId: staff.staffUserId, contactPersonId: null, name: (await staffMemberName(db, staff.organizationId, staff.staffUserId)) ?? 'Staff' };
}

export function entryEvent(entry: Pick<TimeEntriesTable, 'id' | 'organization_id'>, type: TimeEntryEventType, actor: EntryActor, now: string, comment: string | null = null): TimeEntryEventsTable {
  return {
    id: newId(),
    organization_id: entry.organization_id,
    time_entry_id: entry.id,
    type,
    actor_type: actor.type,
    staff_user_id: actor.staffUserId,
    contact_person_id: actor.contactPersonId,
    actor_name: actor.name,
    comment,
    created_at: now,
  };
}

/** Whether the organization's customers approve time before it is billed (portal setting). */
export async function approvalIsOn(db: Db, organizationId: string): Promise<boolean> {
  const organization = await findOrganization(db, organizationId);
  return organization ? parsePortalSettings(organization.portal_settings).allow_time_entry_approval : false;
}

export async function presentEntries(db: Db, rows: readonly TimeEntryRow[]): Promise<TimeEntryResponse[]> {
  const queries = await repo.lastQueries(
    db,
    rows.filter((row) => row.queried_at !== null).map((row) => row.id),
  );
  return rows.map((row) => {
    const query = queries.get(row.id);
    return {
      id: row.id,
      project: { id: row.project_id, name: row.project_name },
      task: { id: row.task_id, name: row.task_name },
      staff: { id: row.staff_user_id, name: row.staff_name },
      customer: { id: row.customer_id, display_name: row.customer_name },
      work_date: row.work_date,
      duration_minutes: row.duration_minutes,
      notes: row.notes,
      billable: row.billable === 1 && Number(row.task_billable) === 1,
      status: row.status,
      invoice: row.invoice_id && row.invoice_number ? { id: row.invoice_id, number: row.invoice_number } : null,
      submitted_at: row.submitted_at,
      approved_at: row.approved_at,
      approved_by: row.approved_by_contact_id && row.approver_first_name !== null ? { id: row.approved_by_contact_id, name: personName({ first_name: row.approver_first_name, last_name: row.approver_last_name ?? '' }) } : null,
      queried_at: row.queried_at,
      last_query: query ? { comment: query.comment, actor_name: query.actor_name, created_at: query.created_at } : null,
      version: row.version,
      created_at: row.created_at,
      updated_at: row.updated_at,
    };
  });
}

export async function getEntryResponse(db: Db, organizationId: string, id: string): Promise<TimeEntryResponse> {
  const row = await repo.findEntryRow(db, organizationId, id);
  if (!row) throw notFound('Time entry');
  return (await presentEntries(db, [row]))[0]!;
}

export async function listTimeEntries(ctx: AppContext, organizationId: string, query: ListTimeEntriesQuery): Promise<Page<TimeEntryResponse>> {
  const page = await repo.listEntryPage(ctx.db, {
    organizationId,
    projectId: query.project_id,
    customerId: query.customer_id,
    staffUserId: query.staff_user_id,
    taskId: query.task_id,
    status: query.status,
    from: query.from,
    to: query.to,
    limit: query.limit,
    cursor: query.cursor,
  });
  return { data: await presentEntries(ctx.db, page.data), next_cursor: page.next_cursor };
}

function referenceNotFound(what: string, field: string, message: string): AppError {
  return new AppError('NOT_FOUND', `${what} not found (${field})`, [fieldIssue(field, 'unknown_reference', message)]);
}

/** A project time can be logged on: of the organization (404 naming project_id) and active (409). */
export async function loggableProject(db: Db, organizationId: string, projectId: string): Promise<ProjectRow> {
  const project = await findProjectRow(db, organizationId, projectId);
  if (!project) throw referenceNotFound('Project', 'project_id', 'is not a project of this organization');
  if (project.status !== 'active') throw new AppError('STATE_CONFLICT', `Project ${project.name} is ${project.status}: time can only be logged on active projects`, { status: project.status, action: 'log_time' });
  return project;
}

/** A task of the project that takes new time: 404 naming task_id when it is not the project's, 400 when archived. */
export async function loggableTask(db: Db, project: ProjectRow, taskId: string): Promise<ProjectTasksTable> {
  const task = await findProjectTask(db, project.organization_id, project.id, taskId);
  if (!task) throw referenceNotFound('Task', 'task_id', 'is not a task of this project');
  if (task.archived_at !== null) throw validationError('task_id', 'invalid_value', 'is an archived task');
  return task;
}

async function entryStaff(db: Db, staff: StaffPrincipal, requested: string | undefined): Promise<string> {
  const id = requested ?? staff.staffUserId;
  if (!id) throw validationError('staff_user_id', 'required', 'is required when logging time with an API key');
  if (!(await isStaffMember(db, staff.organizationId, id))) throw referenceNotFound('Staff member', 'staff_user_id', 'is not a staff member of this organization');
  return id;
}

/** Inserts a new unbilled entry (and its `created` event); the staff member joins the project if not on it. */
export async function insertNewEntry(
  db: Db,
  input: { project: ProjectRow; taskId: string; staffUserId: string; workDate: string; minutes: number; notes: string | null; billable: boolean; actor: EntryActor; now: string },
): Promise<TimeEntriesTable> {
  const row: TimeEntriesTable = {
    id: newId(),
    organization_id: input.project.organization_id,
    customer_id: input.project.customer_id,
    project_id: input.project.id,
    task_id: input.taskId,
    staff_user_id: input.staffUserId,
    work_date: input.workDate,
    duration_minutes: input.minutes,
    notes: input.notes,
    billable: input.billable ? 1 : 0,
    status: 'unbilled',
    invoice_id: null,
    submitted_at: null,
    approved_at: null,
    approved_by_contact_id: null,
    queried_at: null,
    billed_at: null,
    version: 1,
    created_at: input.now,
    updated_at: input.now,
  };
  await repo.insertEntry(db, row);
  await joinProject(db, input.project, input.staffUserId, input.now);
  await repo.insertEvents(db, [entryEvent(row, 'created', input.actor, input.now)]);
  return row;
}

export async function createTimeEntry(ctx: AppContext, staff: StaffPrincipal, input: CreateTimeEntryBody): Promise<TimeEntryResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const project = await loggableProject(trx, staff.organizationId, input.project_id);
    const task = await loggableTask(trx, project, input.task_id);
    const staffUserId = await entryStaff(trx, staff, input.staff_user_id);
    const row = await insertNewEntry(trx, {
      project,
      taskId: task.id,
      staffUserId,
      workDate: input.work_date,
      minutes: input.duration_minutes,
      notes: input.notes ?? null,
      billable: input.billable ?? true,
      actor: await staffActor(trx, staff),
      now: isoNow(ctx.clock),
    });
    return getEntryResponse(trx, staff.organizationId, row.id);
  });
}

export async function getEntry(db: Db, organizationId: string, id: string): Promise<TimeEntriesTable> {
  const entry = await repo.findEntry(db, organizationId, id);
  if (!entry) throw notFound('Time entry');
  return entry;
}

export function billedConflict(entry: Pick<TimeEntriesTable, 'status' | 'version'>, action: string): AppError {
  return new AppError('STATE_CONFLICT', 'This time entry is billed: it can change only after its invoice is deleted', { status: entry.status, action, version: entry.version });
}

function staleEntry(version: number, seen: number | undefined): AppError {
  const message =
    seen === undefined
      ? `This time entry changed while your request was being handled; reload it (it is now version ${version}) and try again`
      : `This time entry changed since you opened it (you saw version ${seen}, it is now version ${version}); reload it and try again`;
  return new AppError('STALE_VERSION', message, { version, ...(seen !== undefined ? { seen_version: seen } : {}) });
}

/** The refusal for an entry whose conditional write found it changed: what a request arriving now would get. */
export async function lostEntryRace(db: Db, organizationId: string, id: string, action: string): Promise<AppError> {
  const current = await repo.findEntry(db, organizationId, id);
  if (!current) return notFound('Time entry');
  if (current.status === 'billed') return billedConflict(current, action);
  return staleEntry(current.version, undefined);
}

const editable: readonly TimeEntryStatus[] = ['unbilled', 'awaiting_approval', 'approved', 'queried'];

/**
 * Staff change an entry that is not billed. A change of an awaiting or approved entry sends it back to
 * unbilled (the contact has to approve what it now says); a queried one stays queried until answered.
 */
export async function updateTimeEntry(ctx: AppContext, staff: StaffPrincipal, id: string, input: Omit<UpdateTimeEntryBody, 'version'>, seen: number | undefined): Promise<TimeEntryResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const entry = await getEntry(trx, staff.organizationId, id);
    if (entry.status === 'billed') throw billedConflict(entry, 'update');
    if (seen !== undefined && seen !== entry.version) throw staleEntry(entry.version, seen);
    const now = isoNow(ctx.clock);
    const changes: Partial<TimeEntriesTable> = { updated_at: now };
    if (input.task_id !== undefined && input.task_id !== entry.task_id) {
      const project = await findProjectRow(trx, staff.organizationId, entry.project_id);
      if (!project) throw notFound('Time entry');
      changes.task_id = (await loggableTask(trx, project, input.task_id)).id;
    }
    if (input.work_date !== undefined) changes.work_date = input.work_date;
    if (input.duration_minutes !== undefined) changes.duration_minutes = input.duration_minutes;
    if (input.notes !== undefined) changes.notes = input.notes;
    if (input.billable !== undefined) changes.billable = input.billable ? 1 : 0;
    if (entry.status === 'awaiting_approval' || entry.status === 'approved') {
      Object.assign(changes, { status: 'unbilled', submitted_at: null, approved_at: null, approved_by_contact_id: null });
    }
    if (!(await repo.updateEntryAt(trx, entry.id, entry.version, [entry.status], changes))) throw await lostEntryRace(trx, staff.organizationId, id, 'update');
    await repo.insertEvents(trx, [entryEvent(entry, 'updated', await staffActor(trx, staff), now)]);
    return getEntryResponse(trx, staff.organizationId, id);
  });
}

export async function deleteTimeEntry(ctx: AppContext, staff: StaffPrincipal, id: string, seen: number | undefined): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const entry = await getEntry(trx, staff.organizationId, id);
    if (entry.status === 'billed') throw billedConflict(entry, 'delete');
    if (seen !== undefined && seen !== entry.version) throw staleEntry(entry.version, seen);
    if (!(await repo.deleteEntryAt(trx, entry.id, entry.version, editable))) throw await lostEntryRace(trx, staff.organizationId, id, 'delete');
  });
}

export async function listEntryEvents(ctx: AppContext, organizationId: string, id: string): Promise<TimeEntryEventsTable[]> {
  const entry = await getEntry(ctx.db, organizationId, id);
  return repo.listEvents(ctx.db, entry.id);
}

// For billing (the project module), which moves entries to billed and back.

export type { BillingCandidate } from './time-entry.repository.ts';

export async function billingCandidates(db: Db, projectId: string, options: { entryIds?: readonly string[] | undefined; upTo?: string | undefined }): Promise<repo.BillingCandidate[]> {
  return repo.billingCandidates(db, projectId, options);
}

export async function entryIdsOfProject(db: Db, projectId: string, ids: readonly string[]): Promise<Set<string>> {
  return repo.entryIdsOfProject(db, projectId, ids);
}

/**
 * Marks the entries billed on the invoice, each only while it is still in one of `from` (one conditional
 * update), with a `billed` event each. Answers how many moved: fewer than asked means another request
 * billed or changed some of them first.
 */
export async function markEntriesBilled(db: Db, organizationId: string, ids: readonly string[], from: readonly TimeEntryStatus[], invoice: { id: string; number: string }, actor: EntryActor, now: string): Promise<number> {
  const moved = await repo.transitionEntries(db, organizationId, ids, from, { status: 'billed', invoice_id: invoice.id, billed_at: now, updated_at: now });
  if (moved === ids.length) await repo.insertEvents(db, ids.map((id) => entryEvent({ id, organization_id: organizationId }, 'billed', actor, now, invoice.number)));
  return moved;
}

/** The invoice is going: its entries are billable again (approved ones stay approved), with an `unbilled` event each. */
export async function unbillEntriesOfInvoice(db: Db, invoice: { id: string; number: string }, actor: EntryActor, now: string): Promise<void> {
  const entries = await repo.entriesOfInvoice(db, invoice.id);
  if (entries.length === 0) return;
  await repo.unbillInvoice(db, invoice.id, now);
  await repo.insertEvents(db, entries.map((entry) => entryEvent(entry, 'unbilled', actor, now, invoice.number)));
}

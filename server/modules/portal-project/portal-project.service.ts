import type { AppContext, RequestMeta } from '../../context.ts';
import type { OrganizationRow } from '../../db/database.ts';
import { presentPage, type Page } from '../../db/keyset.ts';
import type { ProjectsTable, TimeEntryEventsTable } from '../../db/project-tables.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { AppError, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { contactName, customerName } from '../customer/customer.service.ts';
import { todayOfOrganization } from '../organization/organization-today.ts';
import { ownerOf } from '../portal-order/ordering-access.ts';
import { approvalIsOn, assertApprovalOn, assertMayApprove, assertMayReadProjects, findOwnProject, mayApprove } from './project-access.ts';
import { isMonday, timesheetCsv, usedMinorOf, weekRange, weekStartOf } from './portal-project.ts';
import * as repo from './portal-project.repository.ts';
import type { ApproveBody, PortalProjectDetail, PortalProjectSummary, PortalTimeEntry, TimesheetFilter } from './portal-project.schemas.ts';

/** The most rows one CSV download holds (a project's time over years stays far below it). */
export const TIMESHEET_CSV_MAX_ROWS = 50_000;

/** Projects with their billable time totals and used amount: three queries whatever the page's length. */
async function presentSummaries(ctx: AppContext, projects: readonly ProjectsTable[]): Promise<PortalProjectSummary[]> {
  const ids = projects.map((project) => project.id);
  const totals = new Map((await repo.sumProjectTime(ctx.db, ids)).map((row) => [row.project_id, row]));
  const used = await repo.sumUsedTime(ctx.db, ids);
  return projects.map((project) => {
    const total = totals.get(project.id);
    const logged = total?.logged_minutes ?? 0;
    const billed = total?.billed_minutes ?? 0;
    return {
      id: project.id,
      name: project.name,
      code: project.code,
      description: project.description,
      status: project.status,
      billing_method: project.billing_method,
      currency: project.currency,
      budget_type: project.budget_type,
      budget_minutes: project.budget_minutes === null ? null : Number(project.budget_minutes),
      budget_minor: project.budget_minor === null ? null : Number(project.budget_minor),
      logged_minutes: logged,
      billed_minutes: billed,
      unbilled_minutes: logged - billed,
      used_minor: usedMinorOf(
        project.billing_method,
        project.hourly_rate_minor === null ? null : Number(project.hourly_rate_minor),
        used.filter((group) => group.projectId === project.id),
      ),
      awaiting_approval_count: total?.awaiting_approval_count ?? 0,
      queried_count: total?.queried_count ?? 0,
    };
  });
}

/** The customer's projects by name, with budget and used time. */
export async function listPortalProjects(ctx: AppContext, contact: ContactPrincipal, query: { limit: number; cursor?: string | undefined }): Promise<Page<PortalProjectSummary>> {
  const owner = ownerOf(contact);
  const page = await repo.listPortalProjectPage(ctx.db, { organizationId: owner.organizationId, customerId: owner.customerId, limit: query.limit, cursor: query.cursor });
  return presentPage(page, (rows) => presentSummaries(ctx, rows));
}

/** A project with its billable tasks' time and whether this contact may approve. */
export async function getPortalProject(ctx: AppContext, organization: OrganizationRow, contact: ContactPrincipal, id: string): Promise<PortalProjectDetail> {
  const project = await findOwnProject(ctx.db, contact, id);
  assertMayReadProjects(contact);
  const [summary] = await presentSummaries(ctx, [project]);
  if (!summary) throw notFound('Project');
  const tasks = await repo.listTasksWithTime(ctx.db, project.id);
  return {
    ...summary,
    tasks: tasks.map((task) => ({
      id: task.id,
      name: task.name,
      description: task.description,
      budget_minutes: task.budget_minutes === null ? null : Number(task.budget_minutes),
      logged_minutes: task.logged_minutes,
      billed_minutes: task.billed_minutes,
      unbilled_minutes: task.logged_minutes - task.billed_minutes,
    })),
    can_approve: approvalIsOn(organization) && mayApprove(contact),
    this_week_start: weekStartOf(todayOfOrganization(organization, ctx.clock.now())),
  };
}

async function presentEntries(ctx: AppContext, rows: readonly repo.TimesheetRow[]): Promise<PortalTimeEntry[]> {
  const queries = await repo.listLastQueries(ctx.db, rows.filter((row) => row.queried_at !== null).map((row) => row.id));
  return rows.map((row) => {
    const query = queries.get(row.id);
    return {
      id: row.id,
      task: { id: row.task_id, name: row.task_name },
      work_date: row.work_date,
      duration_minutes: Number(row.duration_minutes),
      notes: row.notes,
      staff_name: row.staff_name,
      status: row.status,
      approved_at: row.approved_at,
      queried_at: row.queried_at,
      last_query: query ? { comment: query.comment, actor_name: query.actor_name, created_at: query.created_at } : null,
      version: Number(row.version),
    };
  });
}

function assertPeriod(filter: TimesheetFilter): void {
  if (filter.from && filter.to && filter.to < filter.from) throw validationError('to', 'after_end', 'cannot be before from');
}

/** The project's billable time, the latest day first, filtered by period and status. */
export async function listPortalTimesheet(
  ctx: AppContext,
  contact: ContactPrincipal,
  id: string,
  query: TimesheetFilter & { limit: number; cursor?: string | undefined },
): Promise<Page<PortalTimeEntry>> {
  const project = await findOwnProject(ctx.db, contact, id);
  assertMayReadProjects(contact);
  assertPeriod(query);
  const page = await repo.listTimesheetPage(ctx.db, { projectId: project.id, customerId: project.customer_id, filter: query, limit: query.limit, cursor: query.cursor });
  return presentPage(page, (rows) => presentEntries(ctx, rows));
}

/** The same filtered rows as the list, as CSV, with a file name naming the project. */
export async function portalTimesheetCsv(ctx: AppContext, contact: ContactPrincipal, id: string, filter: TimesheetFilter): Promise<{ fileName: string; csv: string }> {
  const project = await findOwnProject(ctx.db, contact, id);
  assertMayReadProjects(contact);
  assertPeriod(filter);
  const rows = await repo.listTimesheetRows(ctx.db, { projectId: project.id, customerId: project.customer_id, filter, max: TIMESHEET_CSV_MAX_ROWS });
  const slug = (project.code ?? project.name).replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'project';
  return {
    fileName: `timesheet-${slug}.csv`,
    csv: timesheetCsv(rows.map((row) => ({ work_date: row.work_date, task: row.task_name, staff_name: row.staff_name, duration_minutes: Number(row.duration_minutes), status: row.status, notes: row.notes }))),
  };
}

function contactEvent(organizationId: string, entryId: string, contactPersonId: string, actorName: string, type: TimeEntryEventsTable['type'], comment: string | null, now: string): TimeEntryEventsTable {
  return { id: newId(), organization_id: organizationId, time_entry_id: entryId, type, actor_type: 'contact', staff_user_id: null, contact_person_id: contactPersonId, actor_name: actorName, comment, created_at: now };
}

/**
 * A contact approves time: the entries named (each must await approval: 409 otherwise) or every entry of
 * the week starting on `week_start` (a Monday) that awaits approval. Conditional updates: entries already
 * approved by a request at the same moment are not approved again. Staff are notified once.
 */
export async function approvePortalTime(
  ctx: AppContext,
  organization: OrganizationRow,
  contact: ContactPrincipal,
  id: string,
  body: ApproveBody,
  meta: RequestMeta,
): Promise<{ approved: number }> {
  const owner = ownerOf(contact);
  return ctx.db.transaction().execute(async (trx) => {
    const project = await findOwnProject(trx, contact, id);
    assertApprovalOn(organization);
    assertMayApprove(contact);
    let ids: string[];
    let weekStart: string | null = null;
    if (body.week_start !== undefined && body.entry_ids !== undefined) throw validationError('week_start', 'invalid', 'give either entry_ids or week_start, not both');
    if (body.week_start !== undefined) {
      if (!isMonday(body.week_start)) throw validationError('week_start', 'invalid_value', 'must be a Monday');
      weekStart = body.week_start;
      const week = weekRange(body.week_start);
      ids = await repo.listAwaitingBetween(trx, project.id, project.customer_id, week.from, week.to);
    } else if (body.entry_ids !== undefined) {
      ids = [...new Set(body.entry_ids)];
      const entries = await repo.findPortalEntries(trx, project.id, project.customer_id, ids);
      if (entries.length !== ids.length) throw notFound('Time entry');
      const notAwaiting = entries.filter((entry) => entry.status !== 'awaiting_approval');
      if (notAwaiting.length > 0) {
        throw new AppError('STATE_CONFLICT', 'Only time awaiting approval can be approved', { entries: notAwaiting.map((entry) => ({ id: entry.id, status: entry.status })) });
      }
    } else {
      throw validationError('entry_ids', 'required', 'give the entries to approve, or week_start');
    }
    const now = isoNow(ctx.clock);
    const approved = await repo.approveAwaitingEntries(trx, ids, owner.contactPersonId, now);
    if (approved.length === 0) return { approved: 0 };
    const actor = await contactName(trx, owner.contactPersonId);
    await repo.insertEntryEvents(trx, approved.map((entry) => contactEvent(organization.id, entry.id, owner.contactPersonId, actor, 'approved', null, now)));
    const minutes = approved.reduce((sum, entry) => sum + Number(entry.duration_minutes), 0);
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: 'portal.time_entries_approved',
        module: 'project',
        action: 'time_approved',
        customerId: project.customer_id,
        contactPersonId: owner.contactPersonId,
        actorName: actor,
        message: { code: 'project.time_approved', params: { actor, customer: await customerName(trx, project.customer_id), project: project.name, count: approved.length, minutes, week_start: weekStart } },
        link: `/admin/projects/${project.id}`,
        details: { project_id: project.id, entry_ids: approved.map((entry) => entry.id), minutes, week_start: weekStart },
      },
      meta,
    );
    return { approved: approved.length };
  });
}

/** A contact queries one entry awaiting approval with a comment: it cannot be billed until staff answer. */
export async function queryPortalTime(
  ctx: AppContext,
  organization: OrganizationRow,
  contact: ContactPrincipal,
  id: string,
  entryId: string,
  comment: string,
  meta: RequestMeta,
): Promise<PortalTimeEntry> {
  const owner = ownerOf(contact);
  await ctx.db.transaction().execute(async (trx) => {
    const project = await findOwnProject(trx, contact, id);
    assertApprovalOn(organization);
    assertMayApprove(contact);
    const [entry] = await repo.findPortalEntries(trx, project.id, project.customer_id, [entryId]);
    if (!entry) throw notFound('Time entry');
    const now = isoNow(ctx.clock);
    if (entry.status !== 'awaiting_approval' || !(await repo.queryAwaitingEntry(trx, entry.id, Number(entry.version), now))) {
      throw new AppError('STATE_CONFLICT', 'Only time awaiting approval can be queried', { status: entry.status });
    }
    const actor = await contactName(trx, owner.contactPersonId);
    await repo.insertEntryEvents(trx, [contactEvent(organization.id, entry.id, owner.contactPersonId, actor, 'queried', comment, now)]);
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: 'portal.time_entry_queried',
        module: 'project',
        action: 'time_queried',
        customerId: project.customer_id,
        contactPersonId: owner.contactPersonId,
        actorName: actor,
        message: { code: 'project.time_queried', params: { actor, customer: await customerName(trx, project.customer_id), project: project.name, task: entry.task_name, work_date: entry.work_date, comment } },
        link: `/admin/projects/${project.id}`,
        details: { project_id: project.id, entry_id: entry.id, comment },
      },
      meta,
    );
  });
  const project = await findOwnProject(ctx.db, contact, id);
  const row = await repo.findTimesheetRow(ctx.db, project.id, project.customer_id, entryId);
  if (!row) throw notFound('Time entry');
  const [presented] = await presentEntries(ctx, [row]);
  if (!presented) throw notFound('Time entry');
  return presented;
}

import type { AppContext } from '../../context.ts';
import type { Db, OrganizationRow } from '../../db/database.ts';
import type { TimeEntriesTable } from '../../db/project-tables.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import { AppError, fieldIssue, notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { findOrganization } from '../organization/organization.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { parsePermissions } from '../portal-access/portal-access.ts';
import { personName, resolveLanguage } from '../portal-auth/portal-auth.ts';
import { findProjectRow, findProjectTask, type ProjectRow } from '../project/project.service.ts';
import { renderApprovalEmail } from './time-entry-mail.ts';
import * as repo from './time-entry.repository.ts';
import type { AnswerEntryBody, TimeEntryResponse } from './time-entry.schemas.ts';
import { entryEvent, getEntryResponse, lostEntryRace, staffActor } from './time-entry.service.ts';
import { portalBaseUrl } from '../custom-domain/custom-domain.ts';

function portalProjectUrl(ctx: AppContext, organization: OrganizationRow, projectId: string, language: string): string {
  return `${portalBaseUrl(ctx.config.publicUrl, organization)}/projects/${projectId}?lang=${language}`;
}

const businessName = (organization: OrganizationRow) => parsePortalSettings(organization.portal_settings).portal_name || organization.name;

async function organizationWithApproval(db: Db, organizationId: string): Promise<OrganizationRow> {
  const organization = await findOrganization(db, organizationId);
  if (!organization) throw notFound('Organization');
  if (!parsePortalSettings(organization.portal_settings).allow_time_entry_approval) {
    throw new AppError('STATE_CONFLICT', 'Customers do not approve time in this organization: turn on “customers approve time entries” in the portal settings first', { action: 'submit' });
  }
  return organization;
}

/** "Time is waiting for your approval" to each of the customer's contacts with portal access who may approve. */
async function mailSubmitted(ctx: AppContext, db: Db, organization: OrganizationRow, project: ProjectRow, entries: readonly TimeEntriesTable[]): Promise<void> {
  const approvers = (await repo.portalReaders(db, organization.id, project.customer_id)).filter((reader) => parsePermissions(reader.permissions).includes('approve_estimates'));
  const minutes = entries.reduce((sum, entry) => sum + entry.duration_minutes, 0);
  for (const reader of approvers) {
    if (!reader.email) continue;
    const language = resolveLanguage(reader.own_language, reader.portal_language);
    const mail = renderApprovalEmail({
      kind: 'submitted',
      language,
      organizationName: businessName(organization),
      brandColor: organization.brand_color,
      recipientName: personName(reader) || null,
      projectName: project.name,
      message: { code: 'project.time_submitted', params: { business: businessName(organization), customer: project.customer_name, project: project.name, count: entries.length, minutes } },
      projectUrl: portalProjectUrl(ctx, organization, project.id, language),
    });
    await enqueueEmail(ctx, db, { ...mail, to: reader.email, kind: 'time_submitted', organizationId: organization.id });
  }
}

/**
 * Staff submit unbilled, billable entries for the customer's approval (approval must be on: 409
 * otherwise). Each entry moves by a conditional update from unbilled, so entries another request moved
 * meanwhile are left out; the others' customers' approvers get one email per project. Answers how many moved.
 */
export async function submitEntries(ctx: AppContext, staff: StaffPrincipal, entryIds: readonly string[]): Promise<{ submitted: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const organization = await organizationWithApproval(trx, staff.organizationId);
    const entries = await repo.findEntries(trx, staff.organizationId, [...new Set(entryIds)]);
    const found = new Map(entries.map((entry) => [entry.id, entry]));
    const missing = entryIds.findIndex((id) => !found.has(id));
    if (missing >= 0) throw new AppError('NOT_FOUND', 'Time entry not found', [fieldIssue(`entry_ids.${missing}`, 'unknown_reference', 'is not a time entry of this organization')]);
    const now = isoNow(ctx.clock);
    const actor = await staffActor(trx, staff);
    const moved: TimeEntriesTable[] = [];
    const projects = new Map<string, ProjectRow>();
    for (const entry of found.values()) {
      if (entry.status !== 'unbilled' || entry.billable !== 1) continue;
      const task = await findProjectTask(trx, staff.organizationId, entry.project_id, entry.task_id);
      if (!task || task.billable !== 1) continue;
      if (!(await repo.updateEntryAt(trx, entry.id, entry.version, ['unbilled'], { status: 'awaiting_approval', submitted_at: now, queried_at: null, updated_at: now }))) continue;
      await repo.insertEvents(trx, [entryEvent(entry, 'submitted', actor, now)]);
      moved.push(entry);
      if (!projects.has(entry.project_id)) {
        const project = await findProjectRow(trx, staff.organizationId, entry.project_id);
        if (project) projects.set(project.id, project);
      }
    }
    for (const project of projects.values()) {
      await mailSubmitted(ctx, trx, organization, project, moved.filter((entry) => entry.project_id === project.id));
    }
    return { submitted: moved.length };
  });
}

/**
 * Staff answer a contact's query of an entry with a comment (and may correct its duration or notes): it
 * awaits approval again (event `answered`), and the contact who queried is emailed in their language.
 */
export async function answerQuery(ctx: AppContext, staff: StaffPrincipal, id: string, input: AnswerEntryBody): Promise<TimeEntryResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const entry = await repo.findEntry(trx, staff.organizationId, id);
    if (!entry) throw notFound('Time entry');
    if (entry.status !== 'queried') {
      throw new AppError('STATE_CONFLICT', `Only a queried time entry can be answered; this one is ${entry.status.replace('_', ' ')}`, { status: entry.status, action: 'answer', version: entry.version });
    }
    const now = isoNow(ctx.clock);
    const changes: Partial<TimeEntriesTable> = { status: 'awaiting_approval', submitted_at: now, updated_at: now };
    if (input.duration_minutes !== undefined) changes.duration_minutes = input.duration_minutes;
    if (input.notes !== undefined) changes.notes = input.notes;
    if (!(await repo.updateEntryAt(trx, entry.id, entry.version, ['queried'], changes))) throw await lostEntryRace(trx, staff.organizationId, id, 'answer');
    await repo.insertEvents(trx, [entryEvent(entry, 'answered', await staffActor(trx, staff), now, input.comment)]);

    const query = (await repo.lastQueries(trx, [entry.id])).get(entry.id);
    const [organization, project, task] = await Promise.all([
      findOrganization(trx, staff.organizationId),
      findProjectRow(trx, staff.organizationId, entry.project_id),
      findProjectTask(trx, staff.organizationId, entry.project_id, entry.task_id),
    ]);
    const reader = query?.contact_person_id ? await repo.portalReader(trx, staff.organizationId, query.contact_person_id) : undefined;
    if (organization && project && task && reader?.email) {
      const language = resolveLanguage(reader.own_language, reader.portal_language);
      const mail = renderApprovalEmail({
        kind: 'answered',
        language,
        organizationName: businessName(organization),
        brandColor: organization.brand_color,
        recipientName: personName(reader) || null,
        projectName: project.name,
        message: { code: 'project.query_answered', params: { business: businessName(organization), customer: project.customer_name, project: project.name, task: task.name, work_date: changes.work_date ?? entry.work_date, comment: input.comment } },
        projectUrl: portalProjectUrl(ctx, organization, project.id, language),
      });
      await enqueueEmail(ctx, trx, { ...mail, to: reader.email, kind: 'time_query_answered', organizationId: organization.id });
    }
    return getEntryResponse(trx, staff.organizationId, id);
  });
}

import type { AppContext, RequestMeta } from '../../context.ts';
import type { Db, OrganizationRow } from '../../db/database.ts';
import type { ProjectCommentsTable, ProjectsTable } from '../../db/project-tables.ts';
import { renderCommentEmail } from '../../email/comment-email.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import type { ContactPrincipal, StaffPrincipal } from '../../http/auth.ts';
import { notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { staffDisplayName } from '../comment/comment.service.ts';
import { contactName, customerName } from '../customer/customer.service.ts';
import { findOrganization } from '../organization/organization.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { parsePermissions } from '../portal-access/portal-access.ts';
import { personName, resolveLanguage } from '../portal-auth/portal-auth.ts';
import { ownerOf } from '../portal-order/ordering-access.ts';
import { assertMayReadProjects, findOwnProject } from '../portal-project/project-access.ts';
import { findOrganizationProject, insertProjectComment, listPortalReaders, listProjectComments } from './project-comment.repository.ts';
import type { ProjectCommentResponse } from './project-comment.schemas.ts';
import { portalBaseUrl } from '../custom-domain/custom-domain.ts';

export function presentProjectComment(row: ProjectCommentsTable): ProjectCommentResponse {
  return { id: row.id, author_type: row.author_type, author_name: row.author_name, body: row.body, display_in_portal: row.display_in_portal === 1, created_at: row.created_at };
}

async function findStaffProject(db: Db, organizationId: string, id: string): Promise<ProjectsTable> {
  const project = await findOrganizationProject(db, organizationId, id);
  if (!project) throw notFound('Project');
  return project;
}

/** Every comment of the project, as staff see them. */
export async function listStaffProjectComments(ctx: AppContext, staff: StaffPrincipal, id: string): Promise<ProjectCommentResponse[]> {
  const project = await findStaffProject(ctx.db, staff.organizationId, id);
  return (await listProjectComments(ctx.db, project.id, { portalOnly: false })).map(presentProjectComment);
}

/**
 * Mails a staff comment the portal shows to the customer's portal contacts who read documents, in their
 * language, when the portal shows projects and the setting asks for it.
 */
async function mailStaffCommentToCustomer(ctx: AppContext, db: Db, organization: OrganizationRow, project: ProjectsTable, comment: ProjectCommentsTable): Promise<void> {
  const settings = parsePortalSettings(organization.portal_settings);
  if (comment.display_in_portal !== 1 || !settings.show_projects || !settings.email_customers_on_staff_comment || project.status === 'archived') return;
  const readers = (await listPortalReaders(db, organization.id, project.customer_id)).filter((reader) => parsePermissions(reader.permissions).includes('view_documents'));
  const portalUrl = `${portalBaseUrl(ctx.config.publicUrl, organization)}`;
  for (const reader of readers) {
    if (!reader.email) continue;
    const mail = renderCommentEmail({
      language: resolveLanguage(reader.own_language, reader.portal_language),
      organizationName: organization.name,
      brandColor: organization.brand_color,
      recipientName: personName(reader) || null,
      authorName: comment.author_name,
      documentKind: 'project',
      documentNumber: project.name,
      body: comment.body,
      documentUrl: `${portalUrl}/projects/${project.id}`,
      portalUrl,
    });
    await enqueueEmail(ctx, db, { ...mail, to: reader.email, kind: 'staff_comment', organizationId: organization.id });
  }
}

/** A staff comment; shown in the portal (and mailed, per the setting) only with display_in_portal. */
export async function addStaffProjectComment(ctx: AppContext, staff: StaffPrincipal, id: string, input: { body: string; display_in_portal: boolean }): Promise<ProjectCommentResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const project = await findStaffProject(trx, staff.organizationId, id);
    const organization = await findOrganization(trx, staff.organizationId);
    if (!organization) throw notFound('Organization');
    const comment: ProjectCommentsTable = {
      id: newId(),
      organization_id: organization.id,
      project_id: project.id,
      author_type: 'staff',
      staff_user_id: staff.staffUserId,
      contact_person_id: null,
      author_name: await staffDisplayName(trx, staff.staffUserId, organization.name),
      body: input.body,
      display_in_portal: input.display_in_portal ? 1 : 0,
      created_at: isoNow(ctx.clock),
    };
    await insertProjectComment(trx, comment);
    await mailStaffCommentToCustomer(ctx, trx, organization, project, comment);
    return presentProjectComment(comment);
  });
}

/** The project's thread as the portal shows it: the contacts' comments and staff's marked for the portal. */
export async function listPortalProjectComments(ctx: AppContext, contact: ContactPrincipal, id: string): Promise<ProjectCommentResponse[]> {
  const project = await findOwnProject(ctx.db, contact, id);
  assertMayReadProjects(contact);
  return (await listProjectComments(ctx.db, project.id, { portalOnly: true })).map(presentProjectComment);
}

/** A contact comments on a project: the comment, an activity and the staff notification. */
export async function addPortalProjectComment(ctx: AppContext, organization: OrganizationRow, contact: ContactPrincipal, id: string, body: string, meta: RequestMeta): Promise<ProjectCommentResponse> {
  const owner = ownerOf(contact);
  return ctx.db.transaction().execute(async (trx) => {
    const project = await findOwnProject(trx, contact, id);
    assertMayReadProjects(contact);
    const actor = await contactName(trx, owner.contactPersonId);
    const comment: ProjectCommentsTable = {
      id: newId(),
      organization_id: organization.id,
      project_id: project.id,
      author_type: 'contact',
      staff_user_id: null,
      contact_person_id: owner.contactPersonId,
      author_name: actor,
      body,
      display_in_portal: 1,
      created_at: isoNow(ctx.clock),
    };
    await insertProjectComment(trx, comment);
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: 'portal.comment_added',
        module: 'project',
        action: 'comment_added',
        customerId: project.customer_id,
        contactPersonId: owner.contactPersonId,
        actorName: actor,
        message: { code: 'project.commented', params: { actor, customer: await customerName(trx, project.customer_id), project: project.name } },
        link: `/admin/projects/${project.id}`,
        details: { project_id: project.id, comment_id: comment.id },
      },
      meta,
    );
    return presentProjectComment(comment);
  });
}

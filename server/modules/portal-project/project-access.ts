import type { Db, OrganizationRow } from '../../db/database.ts';
import type { ProjectsTable } from '../../db/project-tables.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { ownerOf } from '../portal-order/ordering-access.ts';
import { findPortalProject } from './portal-project.repository.ts';

/** With the portal's projects switched off, project pages do not exist (404), whoever asks. */
export function assertProjectsShown(organization: OrganizationRow): void {
  if (!parsePortalSettings(organization.portal_settings).show_projects) throw notFound('Page');
}

/** Whether customers approve time in this portal (the approval routes are a 404 otherwise). */
export function approvalIsOn(organization: OrganizationRow): boolean {
  return parsePortalSettings(organization.portal_settings).allow_time_entry_approval;
}

export function assertApprovalOn(organization: OrganizationRow): void {
  if (!approvalIsOn(organization)) throw notFound('Page');
}

const forbidden = () => new AppError('FORBIDDEN', 'Your role in this account does not allow this; ask your administrator');

/** Projects, their time and comments: a contact who sees the documents. */
export function assertMayReadProjects(contact: ContactPrincipal): void {
  if (!contact.permissions.includes('view_documents')) throw forbidden();
}

export function mayApprove(contact: ContactPrincipal): boolean {
  return contact.permissions.includes('approve_estimates');
}

/** Approving and querying time: the approve_estimates role. */
export function assertMayApprove(contact: ContactPrincipal): void {
  if (!mayApprove(contact)) throw forbidden();
}

/** The contact's customer's project, or 404 (before any role check, so a 403 never confirms another's project exists). */
export async function findOwnProject(db: Db, contact: ContactPrincipal, id: string): Promise<ProjectsTable> {
  const owner = ownerOf(contact);
  const project = await findPortalProject(db, owner.organizationId, owner.customerId, id);
  if (!project) throw notFound('Project');
  return project;
}

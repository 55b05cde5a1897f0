import type { Db } from '../../db/database.ts';
import type { ProjectCommentsTable, ProjectsTable } from '../../db/project-tables.ts';

/** The organization's project (any status): what staff may comment on. */
export async function findOrganizationProject(db: Db, organizationId: string, id: string): Promise<ProjectsTable | undefined> {
  return db.selectFrom('projects').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function insertProjectComment(db: Db, comment: ProjectCommentsTable): Promise<void> {
  await db.insertInto('project_comments').values(comment).execute();
}

/** The project's comments, oldest first; for the portal only those displayed there. */
export async function listProjectComments(db: Db, projectId: string, options: { portalOnly: boolean }): Promise<ProjectCommentsTable[]> {
  let query = db.selectFrom('project_comments').selectAll().where('project_id', '=', projectId);
  if (options.portalOnly) query = query.where('display_in_portal', '=', 1);
  return query.orderBy('created_at').orderBy('id').execute();
}

/** The customer's contacts with portal access and an email, with their languages and permissions. */
export async function listPortalReaders(db: Db, organizationId: string, customerId: string) {
  return db
    .selectFrom('contact_persons')
    .innerJoin('customers', 'customers.id', 'contact_persons.customer_id')
    .leftJoin('portal_identities', (join) =>
      join.onRef('portal_identities.email', '=', 'contact_persons.email').onRef('portal_identities.organization_id', '=', 'contact_persons.organization_id'),
    )
    .select([
      'contact_persons.id',
      'contact_persons.first_name',
      'contact_persons.last_name',
      'contact_persons.email',
      'contact_persons.permissions',
      'customers.portal_language',
      'portal_identities.language as own_language',
    ])
    .where('contact_persons.organization_id', '=', organizationId)
    .where('contact_persons.customer_id', '=', customerId)
    .where('contact_persons.portal_enabled', '=', 1)
    .where('contact_persons.email', 'is not', null)
    .orderBy('contact_persons.id')
    .execute();
}

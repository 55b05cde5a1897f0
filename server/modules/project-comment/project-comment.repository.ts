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

import type { Db, JobRow } from '../../db/database.ts';

export async function findJob(db: Db, organizationId: string, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).where('organization_id', '=', organizationId).executeTakeFirst();
}

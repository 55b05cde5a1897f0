import { sql, type Updateable } from 'kysely';
import type { Dialect } from '../db/create-db.ts';
import type { Db, JobRow, JobsTable } from '../db/database.ts';

export async function insertJob(db: Db, row: JobRow): Promise<void> {
  await db.insertInto('jobs').values(row).execute();
}

/**
 * The oldest job ready to run: queued, or running under a lock that has lapsed (its worker died mid-way).
 * On PostgreSQL the row is locked and rows other workers hold are skipped, so no job runs twice at once.
 */
export async function findClaimableJob(db: Db, dialect: Dialect, now: string): Promise<JobRow | undefined> {
  let query = db
    .selectFrom('jobs')
    .selectAll()
    .where((eb) => eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)])]))
    .orderBy('created_at')
    .limit(1);
  if (dialect === 'postgres') query = query.modifyEnd(sql`for update skip locked`);
  return query.executeTakeFirst();
}

export async function updateJob(db: Db, id: string, changes: Updateable<JobsTable>): Promise<void> {
  await db.updateTable('jobs').set(changes).where('id', '=', id).execute();
}

import type { Insertable } from 'kysely';
import type { Db, SessionRow, SessionsTable } from '../../db/database.ts';

export async function insertSession(db: Db, row: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export async function touchSession(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function updateSession(db: Db, id: string, changes: Partial<Pick<SessionRow, 'contact_person_id' | 'pending_two_factor'>>): Promise<void> {
  await db.updateTable('sessions').set(changes).where('id', '=', id).execute();
}

export async function deleteSessionById(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfContact(db: Db, contactPersonId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('contact_person_id', '=', contactPersonId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteSessionsOfIdentity(db: Db, identityId: string, exceptSessionId?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('identity_id', '=', identityId);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  await query.execute();
}

export async function deleteSessionsOfStaffUser(db: Db, staffUserId: string): Promise<void> {
  await db.deleteFrom('sessions').where('staff_user_id', '=', staffUserId).execute();
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

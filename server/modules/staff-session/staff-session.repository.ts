import type { Updateable } from 'kysely';
import type { Db, StaffUsersTable } from '../../db/database.ts';

/** Ids of the organization's owners who are not disabled. */
export async function listActiveOwnerIds(db: Db, organizationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('staff_users')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'owner')
    .where('disabled_at', 'is', null)
    .execute();
  return rows.map((row) => row.id);
}

export async function updateStaffUserRow(db: Db, id: string, changes: Updateable<StaffUsersTable>): Promise<void> {
  await db.updateTable('staff_users').set(changes).where('id', '=', id).execute();
}

/** What the staff guard needs of a session's user: organization, role, whether disabled, language. */
export async function findStaffUserOfSession(db: Db, staffUserId: string) {
  return db.selectFrom('staff_users').select(['id', 'organization_id', 'role', 'disabled_at', 'language']).where('id', '=', staffUserId).executeTakeFirst();
}

import type { Updateable } from 'kysely';
import { preparedQuery } from '../../db/prepared.ts';
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
const staffRequestQuery = preparedQuery((db, param) =>
  db
    .selectFrom('sessions')
    .innerJoin('staff_users', 'staff_users.id', 'sessions.staff_user_id')
    .select([
      'sessions.id',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'staff_users.id as staff_user_id',
      'staff_users.organization_id',
      'staff_users.role',
      'staff_users.disabled_at',
      'staff_users.language',
    ])
    .where('sessions.token_hash', '=', param<string>('tokenHash'))
    .where('sessions.kind', '=', 'staff'),
);

/** A staff session by its token's hash with its staff member, in one query (the staff guard runs on every console request). */
export async function findStaffSessionByTokenHash(db: Db, tokenHash: string) {
  const [row] = await staffRequestQuery(db, { tokenHash });
  return row;
}

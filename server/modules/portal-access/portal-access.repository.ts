import type { Updateable } from 'kysely';
import type { ContactPersonsTable, Db } from '../../db/database.ts';

/** Writes a contact person's portal access: enabled or not, invitation and acceptance times, permissions. */
export async function updateContactAccess(
  db: Db,
  contactPersonId: string,
  changes: Pick<Updateable<ContactPersonsTable>, 'portal_enabled' | 'disabled_at' | 'invited_at' | 'accepted_at' | 'permissions' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('contact_persons').set(changes).where('id', '=', contactPersonId).execute();
}

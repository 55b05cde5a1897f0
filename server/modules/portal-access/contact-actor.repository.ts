import type { Db } from '../../db/database.ts';

export async function findContactNames(db: Db, contactPersonId: string): Promise<{ first_name: string; last_name: string } | undefined> {
  return db.selectFrom('contact_persons').select(['first_name', 'last_name']).where('id', '=', contactPersonId).executeTakeFirst();
}

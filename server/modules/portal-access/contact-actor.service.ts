import type { Db } from '../../db/database.ts';
import { findContactNames } from './contact-actor.repository.ts';

/** The name an activity of a signed-in contact is recorded under; "A contact" when the person is unknown. */
export async function contactActorName(db: Db, contactPersonId: string | null): Promise<string> {
  const person = contactPersonId ? await findContactNames(db, contactPersonId) : undefined;
  return person ? `${person.first_name} ${person.last_name}`.trim() : 'A contact';
}

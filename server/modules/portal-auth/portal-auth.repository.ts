import type { ContactPersonRow, Db } from '../../db/database.ts';

/** The contact a session acts as, only while its access is enabled and it still belongs to the identity's email. */
export async function findLiveContactForSession(db: Db, contactPersonId: string, identityId: string): Promise<ContactPersonRow | undefined> {
  return db
    .selectFrom('contact_persons')
    .innerJoin('portal_identities', (join) =>
      join
        .onRef('portal_identities.organization_id', '=', 'contact_persons.organization_id')
        .onRef('portal_identities.email', '=', 'contact_persons.email'),
    )
    .selectAll('contact_persons')
    .where('contact_persons.id', '=', contactPersonId)
    .where('portal_identities.id', '=', identityId)
    .where('contact_persons.portal_enabled', '=', 1)
    .where('contact_persons.disabled_at', 'is', null)
    .executeTakeFirst();
}

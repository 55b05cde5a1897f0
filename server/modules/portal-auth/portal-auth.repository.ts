import type { Insertable, Updateable } from 'kysely';
import type { Language } from '../../../contract/portal.ts';
import type { ContactPersonRow, ContactPersonsTable, CustomersTable, Db, PortalIdentitiesTable, PortalIdentityRow } from '../../db/database.ts';
import { resolveLanguage } from './portal-auth.ts';

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

export async function findIdentityById(db: Db, organizationId: string, id: string): Promise<PortalIdentityRow | undefined> {
  return db.selectFrom('portal_identities').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function findIdentityByEmail(db: Db, organizationId: string, email: string): Promise<PortalIdentityRow | undefined> {
  return db
    .selectFrom('portal_identities')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function insertIdentity(db: Db, row: Insertable<PortalIdentitiesTable>): Promise<void> {
  await db.insertInto('portal_identities').values(row).execute();
}

export async function updateIdentity(db: Db, id: string, changes: Updateable<PortalIdentitiesTable>): Promise<void> {
  await db.updateTable('portal_identities').set(changes).where('id', '=', id).execute();
}

/** A contact person together with what the portal shows of its customer. */
export interface AccountRow extends ContactPersonRow {
  customer_name: string;
  customer_currency: string;
  customer_language: string;
}

function accountQuery(db: Db, organizationId: string) {
  return db
    .selectFrom('contact_persons')
    .innerJoin('customers', 'customers.id', 'contact_persons.customer_id')
    .selectAll('contact_persons')
    .select(['customers.display_name as customer_name', 'customers.currency as customer_currency', 'customers.portal_language as customer_language'])
    .where('contact_persons.organization_id', '=', organizationId);
}

/** Every account an email may act as in this organization: contacts with portal access enabled. */
export async function listLiveAccounts(db: Db, organizationId: string, email: string): Promise<AccountRow[]> {
  return accountQuery(db, organizationId)
    .where('contact_persons.email', '=', email.toLowerCase())
    .where('contact_persons.portal_enabled', '=', 1)
    .where('contact_persons.disabled_at', 'is', null)
    .orderBy('customers.display_name')
    .orderBy('contact_persons.id')
    .execute();
}

export async function findAccount(db: Db, organizationId: string, contactPersonId: string): Promise<AccountRow | undefined> {
  return accountQuery(db, organizationId).where('contact_persons.id', '=', contactPersonId).executeTakeFirst();
}

export async function markContactAccepted(db: Db, contactPersonId: string, at: string): Promise<void> {
  await db.updateTable('contact_persons').set({ accepted_at: at, updated_at: at }).where('id', '=', contactPersonId).execute();
}

export async function replaceRecoveryCodes(db: Db, identityId: string, rows: { id: string; code_hash: string; created_at: string }[]): Promise<void> {
  await db.deleteFrom('recovery_codes').where('identity_id', '=', identityId).execute();
  if (rows.length > 0) {
    await db
      .insertInto('recovery_codes')
      .values(rows.map((row) => ({ ...row, identity_id: identityId, used_at: null })))
      .execute();
  }
}

/** Uses a recovery code; the update is conditional, so a code works exactly once. */
export async function useRecoveryCode(db: Db, identityId: string, codeHash: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('identity_id', '=', identityId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteRecoveryCodes(db: Db, identityId: string): Promise<void> {
  await db.deleteFrom('recovery_codes').where('identity_id', '=', identityId).execute();
}

/** Voids unused links of an identity, e.g. older reset links once the password has changed. */
export async function revokeTokensOfIdentity(db: Db, identityId: string, kinds: ('password_reset' | 'signin_link')[], at: string): Promise<void> {
  await db
    .updateTable('portal_tokens')
    .set({ revoked_at: at })
    .where('identity_id', '=', identityId)
    .where('kind', 'in', kinds)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Self sign-up: the customer and its primary contact, created once the address is verified. */
export async function insertSignedUpCustomer(
  db: Db,
  customer: Insertable<CustomersTable>,
  contact: Insertable<ContactPersonsTable>,
): Promise<void> {
  await db.insertInto('customers').values(customer).execute();
  await db.insertInto('contact_persons').values(contact).execute();
}

/** The language the portal shows a signed-in person: their own choice, else their current customer's portal language. */
export async function findReaderLanguage(db: Db, organizationId: string, identityId: string, customerId: string | null): Promise<Language> {
  const [identity, customer] = await Promise.all([
    db.selectFrom('portal_identities').select('language').where('organization_id', '=', organizationId).where('id', '=', identityId).executeTakeFirst(),
    customerId
      ? db.selectFrom('customers').select('portal_language').where('organization_id', '=', organizationId).where('id', '=', customerId).executeTakeFirst()
      : undefined,
  ]);
  return resolveLanguage(identity?.language, customer?.portal_language);
}

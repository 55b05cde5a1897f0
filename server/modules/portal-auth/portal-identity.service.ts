/**
 * The person signed in to a portal — their identity, the accounts (contacts) it may act as, their
 * language — as other modules (the portal's account pages, document threads) read and change it.
 */
import type { Updateable } from 'kysely';
import type { Language } from '../../../contract/portal.ts';
import type { Db, PortalIdentitiesTable, PortalIdentityRow } from '../../db/database.ts';
import * as repo from './portal-auth.repository.ts';

export type { AccountRow } from './portal-auth.repository.ts';

export async function findIdentity(db: Db, organizationId: string, identityId: string): Promise<PortalIdentityRow | undefined> {
  return repo.findIdentityById(db, organizationId, identityId);
}

export async function changeIdentity(db: Db, identityId: string, changes: Updateable<PortalIdentitiesTable>): Promise<void> {
  await repo.updateIdentity(db, identityId, changes);
}

/** The contact person with what the portal shows of its customer, or undefined. */
export async function findAccount(db: Db, organizationId: string, contactPersonId: string): Promise<repo.AccountRow | undefined> {
  return repo.findAccount(db, organizationId, contactPersonId);
}

/** Every account the email may act as: contacts with portal access enabled. */
export async function listLiveAccounts(db: Db, organizationId: string, email: string): Promise<repo.AccountRow[]> {
  return repo.listLiveAccounts(db, organizationId, email);
}

/** Voids the person's unused links of these kinds (older reset links once the password changed). */
export async function revokeLinksOfIdentity(db: Db, identityId: string, kinds: ('password_reset' | 'signin_link')[], at: string): Promise<void> {
  await repo.revokeTokensOfIdentity(db, identityId, kinds, at);
}

export async function deleteRecoveryCodesOf(db: Db, identityId: string): Promise<void> {
  await repo.deleteRecoveryCodes(db, identityId);
}

/** The language the portal shows the person: their own choice, else their current customer's portal language. */
export async function readerLanguageOf(db: Db, organizationId: string, identityId: string, customerId: string | null): Promise<Language> {
  return repo.findReaderLanguage(db, organizationId, identityId, customerId);
}

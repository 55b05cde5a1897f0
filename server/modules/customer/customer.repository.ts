import type { ContactPersonRow, CustomerRow, CustomerUpdate, Db, NewContactPersonRow, NewCustomerRow } from '../../db/database.ts';
import type { Updateable } from 'kysely';
import type { ContactPersonsTable } from '../../db/database.ts';
import { defineKeyset, selectPage, type Page, type PageRequest } from '../../db/keyset.ts';
import { withExternalIdCheck } from '../../db/external-id.ts';
import { containsText } from '../../db/search.ts';

export async function insertCustomer(db: Db, row: NewCustomerRow): Promise<void> {
  await withExternalIdCheck('customers', 'customer', () => db.insertInto('customers').values(row).execute());
}

export async function findCustomerByExternalId(db: Db, organizationId: string, externalId: string): Promise<CustomerRow | undefined> {
  return db.selectFrom('customers').selectAll().where('organization_id', '=', organizationId).where('external_id', '=', externalId).executeTakeFirst();
}

export async function findCustomer(db: Db, organizationId: string, id: string): Promise<CustomerRow | undefined> {
  return db.selectFrom('customers').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function updateCustomerRow(db: Db, id: string, changes: CustomerUpdate): Promise<void> {
  await withExternalIdCheck('customers', 'customer', () => db.updateTable('customers').set(changes).where('id', '=', id).execute());
}

export async function deleteCustomerRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('customers').where('id', '=', id).execute();
}

const customerList = defineKeyset<CustomerRow>()({
  list: 'customers',
  id: { column: 'id', of: (customer) => customer.id },
  keys: {
    display_name: { column: 'display_name', type: 'string', of: (customer) => customer.display_name },
    // Incremental pulls: ties on updated_at are broken by id, so paging sees each change once.
    updated_at: { column: 'updated_at', type: 'string', of: (customer) => customer.updated_at },
  },
});
export type CustomerSortKey = keyof typeof customerList.keys;

/**
 * One page of customers by display name (or by last change for an incremental pull); the search looks in
 * names, emails and the contact persons'.
 */
export async function listCustomerPage(
  db: Db,
  organizationId: string,
  options: PageRequest<CustomerSortKey> & { search?: string | undefined; updatedSince?: string | undefined },
): Promise<Page<CustomerRow>> {
  let query = db.selectFrom('customers').selectAll().where('organization_id', '=', organizationId);
  if (options.updatedSince !== undefined) query = query.where('updated_at', '>=', options.updatedSince);
  const search = options.search;
  if (search) {
    query = query.where((eb) =>
      eb.or([
        containsText(['customers.display_name', 'customers.company_name', 'customers.email'], search),
        eb.exists(
          eb
            .selectFrom('contact_persons')
            .select('contact_persons.id')
            .whereRef('contact_persons.customer_id', '=', 'customers.id')
            .where(containsText(['contact_persons.email', 'contact_persons.first_name', 'contact_persons.last_name'], search)),
        ),
      ]),
    );
  }
  return selectPage(query, customerList, options);
}

export async function listContactsOfCustomers(db: Db, customerIds: string[]): Promise<ContactPersonRow[]> {
  if (customerIds.length === 0) return [];
  return db
    .selectFrom('contact_persons')
    .selectAll()
    .where('customer_id', 'in', customerIds)
    .orderBy('is_primary', 'desc')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertContactPerson(db: Db, row: NewContactPersonRow): Promise<void> {
  await withExternalIdCheck('contact_persons', 'contact person', () => db.insertInto('contact_persons').values(row).execute());
}

const contactList = defineKeyset<ContactPersonRow>()({
  list: 'contact_persons',
  id: { column: 'id', of: (contact) => contact.id },
  keys: {
    id: { column: 'id', type: 'string', of: (contact) => contact.id },
    updated_at: { column: 'updated_at', type: 'string', of: (contact) => contact.updated_at },
  },
});
export type ContactSortKey = keyof typeof contactList.keys;

/** One page of the organization's contact persons, oldest first (ids are UUIDv7), or by last change from `updatedSince`. */
export async function listContactPage(db: Db, organizationId: string, options: PageRequest<ContactSortKey> & { updatedSince?: string | undefined }): Promise<Page<ContactPersonRow>> {
  let query = db.selectFrom('contact_persons').selectAll().where('organization_id', '=', organizationId);
  if (options.updatedSince !== undefined) query = query.where('updated_at', '>=', options.updatedSince);
  return selectPage(query, contactList, options);
}

export async function findContactByExternalId(db: Db, organizationId: string, externalId: string): Promise<ContactPersonRow | undefined> {
  return db.selectFrom('contact_persons').selectAll().where('organization_id', '=', organizationId).where('external_id', '=', externalId).executeTakeFirst();
}

export async function findContactPerson(db: Db, organizationId: string, id: string): Promise<ContactPersonRow | undefined> {
  return db.selectFrom('contact_persons').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function updateContactPersonRow(db: Db, id: string, changes: Updateable<ContactPersonsTable>): Promise<void> {
  await withExternalIdCheck('contact_persons', 'contact person', () => db.updateTable('contact_persons').set(changes).where('id', '=', id).execute());
}

export async function clearPrimaryContact(db: Db, customerId: string, at: string): Promise<void> {
  await db.updateTable('contact_persons').set({ is_primary: 0, updated_at: at }).where('customer_id', '=', customerId).where('is_primary', '=', 1).execute();
}

export async function deleteContactPersonRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('contact_persons').where('id', '=', id).execute();
}

/** Expiry of the newest usable invitation per contact, for the portal status. */
export async function latestInvitationExpiries(db: Db, contactIds: string[]): Promise<Map<string, string>> {
  if (contactIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('portal_tokens')
    .select(['contact_person_id', (eb) => eb.fn.max('expires_at').as('expires_at')])
    .where('kind', '=', 'invitation')
    .where('contact_person_id', 'in', contactIds)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .groupBy('contact_person_id')
    .execute();
  return new Map(rows.flatMap((row) => (row.contact_person_id && row.expires_at ? [[row.contact_person_id, String(row.expires_at)]] : [])));
}

/** A contact's full name, or undefined when there is no such contact. */
export async function findContactName(db: Db, contactPersonId: string): Promise<string | undefined> {
  const person = await db.selectFrom('contact_persons').select(['first_name', 'last_name']).where('id', '=', contactPersonId).executeTakeFirst();
  return person ? `${person.first_name} ${person.last_name}`.trim() : undefined;
}

export async function findCustomerDisplayName(db: Db, customerId: string): Promise<string | undefined> {
  const row = await db.selectFrom('customers').select('display_name').where('id', '=', customerId).executeTakeFirst();
  return row?.display_name;
}

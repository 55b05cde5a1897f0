import type { ContactPersonRow, CustomerRow, CustomerUpdate, Db, NewContactPersonRow, NewCustomerRow } from '../../db/database.ts';
import type { Updateable } from 'kysely';
import type { ContactPersonsTable } from '../../db/database.ts';

export async function insertCustomer(db: Db, row: NewCustomerRow): Promise<void> {
  await db.insertInto('customers').values(row).execute();
}

export async function findCustomer(db: Db, organizationId: string, id: string): Promise<CustomerRow | undefined> {
  return db.selectFrom('customers').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function updateCustomerRow(db: Db, id: string, changes: CustomerUpdate): Promise<void> {
  await db.updateTable('customers').set(changes).where('id', '=', id).execute();
}

export async function deleteCustomerRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('customers').where('id', '=', id).execute();
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** One page ordered by display name then id; `after` is the last row of the previous page. */
export async function listCustomerPage(
  db: Db,
  organizationId: string,
  options: { search?: string | undefined; limit: number; after?: [string, string] | undefined },
): Promise<CustomerRow[]> {
  let query = db.selectFrom('customers').selectAll().where('organization_id', '=', organizationId);
  if (options.search) {
    const pattern = `%${escapeLike(options.search.toLowerCase())}%`;
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['display_name']), 'like', eb.val(pattern)),
        eb(eb.fn('lower', ['company_name']), 'like', eb.val(pattern)),
        eb(eb.fn('lower', ['email']), 'like', eb.val(pattern)),
        eb.exists(
          eb
            .selectFrom('contact_persons')
            .select('contact_persons.id')
            .whereRef('contact_persons.customer_id', '=', 'customers.id')
            .where((inner) =>
              inner.or([
                inner(inner.fn('lower', ['contact_persons.email']), 'like', inner.val(pattern)),
                inner(inner.fn('lower', ['contact_persons.first_name']), 'like', inner.val(pattern)),
                inner(inner.fn('lower', ['contact_persons.last_name']), 'like', inner.val(pattern)),
              ]),
            ),
        ),
      ]),
    );
  }
  if (options.after) {
    const [name, id] = options.after;
    query = query.where((eb) => eb.or([eb('display_name', '>', name), eb.and([eb('display_name', '=', name), eb('id', '>', id)])]));
  }
  return query.orderBy('display_name').orderBy('id').limit(options.limit).execute();
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
  await db.insertInto('contact_persons').values(row).execute();
}

export async function findContactPerson(db: Db, organizationId: string, id: string): Promise<ContactPersonRow | undefined> {
  return db.selectFrom('contact_persons').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function updateContactPersonRow(db: Db, id: string, changes: Updateable<ContactPersonsTable>): Promise<void> {
  await db.updateTable('contact_persons').set(changes).where('id', '=', id).execute();
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

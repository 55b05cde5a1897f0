import type { Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { CustomerAddressesTable } from '../../db/order-tables.ts';

/** The customer's own shipping address text (JSON), or undefined when the customer is not the organization's. */
export async function findCustomerShippingText(db: Db, organizationId: string, customerId: string): Promise<{ shipping_address: string | null } | undefined> {
  return db.selectFrom('customers').select('shipping_address').where('organization_id', '=', organizationId).where('id', '=', customerId).executeTakeFirst();
}

/**
 * Marks the customer changed, holding its row until the transaction ends (PostgreSQL waits for the
 * holder; SQLite runs one write transaction at a time), so changes of its addresses happen one after
 * another. Answers whether the customer is the organization's.
 */
export async function holdCustomer(db: Db, organizationId: string, customerId: string, now: string): Promise<boolean> {
  const result = await db.updateTable('customers').set({ updated_at: now }).where('organization_id', '=', organizationId).where('id', '=', customerId).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The customer's addresses not removed: the default first, then in the order they were added. */
export async function listActiveAddresses(db: Db, organizationId: string, customerId: string): Promise<CustomerAddressesTable[]> {
  return db
    .selectFrom('customer_addresses')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('removed_at', 'is', null)
    .orderBy('is_default', 'desc')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findActiveAddress(db: Db, organizationId: string, customerId: string, addressId: string): Promise<CustomerAddressesTable | undefined> {
  return db
    .selectFrom('customer_addresses')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('id', '=', addressId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export async function insertAddress(db: Db, row: CustomerAddressesTable): Promise<void> {
  await db.insertInto('customer_addresses').values(row).execute();
}

export async function updateAddress(db: Db, id: string, changes: Updateable<CustomerAddressesTable>): Promise<void> {
  await db.updateTable('customer_addresses').set(changes).where('id', '=', id).execute();
}

/** Takes the default away from the customer's other addresses. */
export async function clearOtherDefaults(db: Db, customerId: string, exceptId: string, now: string): Promise<void> {
  await db.updateTable('customer_addresses').set({ is_default: 0, updated_at: now }).where('customer_id', '=', customerId).where('id', '!=', exceptId).where('is_default', '=', 1).execute();
}

import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { CustomerAddressesTable } from '../../db/order-tables.ts';
import { notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { customerOwnAddress, customerOwnAddressId, toShippingAddress } from './customer-address.ts';
import * as repo from './customer-address.repository.ts';
import type { NewShippingAddressBody, ShippingAddressResponse, UpdateShippingAddressBody } from './customer-address.schemas.ts';

export type ShippingAddress = ShippingAddressResponse;

/**
 * The addresses a customer can ship to, the default first (customer-address.ts): the stored ones, or,
 * when none are stored, the customer's own shipping address as the entry 'default' (when it is filled
 * in). A customer of another organization is a 404.
 */
export async function listShippingAddresses(db: Db, organizationId: string, customerId: string): Promise<ShippingAddress[]> {
  const customer = await repo.findCustomerShippingText(db, organizationId, customerId);
  if (!customer) throw notFound('Customer');
  const rows = await repo.listActiveAddresses(db, organizationId, customerId);
  if (rows.length > 0) return rows.map(toShippingAddress);
  const own = customerOwnAddress(customer.shipping_address);
  return own ? [own] : [];
}

/**
 * One address the customer can ship to, as listShippingAddresses answers it ('default' too, while it is
 * listed); undefined when it is not one of them (removed, another customer's, unknown).
 */
export async function findShippingAddress(db: Db, organizationId: string, customerId: string, addressId: string): Promise<ShippingAddress | undefined> {
  if (addressId === customerOwnAddressId) return (await listShippingAddresses(db, organizationId, customerId)).find((entry) => entry.id === customerOwnAddressId);
  const row = await repo.findActiveAddress(db, organizationId, customerId, addressId);
  return row ? toShippingAddress(row) : undefined;
}

/** The stored addresses of the customer (staff), the default first. */
export async function listStoredAddresses(ctx: AppContext, organizationId: string, customerId: string): Promise<ShippingAddress[]> {
  const customer = await repo.findCustomerShippingText(ctx.db, organizationId, customerId);
  if (!customer) throw notFound('Customer');
  return (await repo.listActiveAddresses(ctx.db, organizationId, customerId)).map(toShippingAddress);
}

async function holdCustomerOrThrow(db: Db, organizationId: string, customerId: string, now: string): Promise<void> {
  if (!(await repo.holdCustomer(db, organizationId, customerId, now))) throw notFound('Customer');
}

/**
 * Holds the customer for a change of its addresses until the caller's transaction ends (changes of one
 * customer's addresses happen one after another); a customer of another organization is a 404. A caller
 * that reads the addresses before changing them holds first, so that what it read stays true.
 */
export async function holdCustomerAddresses(ctx: AppContext, trx: Db, organizationId: string, customerId: string): Promise<void> {
  await holdCustomerOrThrow(trx, organizationId, customerId, isoNow(ctx.clock));
}

/** The customer's stored addresses as they are in `db` (a transaction that changes them), the default first. */
export async function listStoredAddressesIn(db: Db, organizationId: string, customerId: string): Promise<ShippingAddress[]> {
  return (await repo.listActiveAddresses(db, organizationId, customerId)).map(toShippingAddress);
}

export async function addShippingAddress(ctx: AppContext, organizationId: string, customerId: string, input: NewShippingAddressBody): Promise<ShippingAddress> {
  return ctx.db.transaction().execute(async (trx) => addShippingAddressIn(ctx, trx, organizationId, customerId, input));
}

/** addShippingAddress in the caller's transaction (which also records who did it). */
export async function addShippingAddressIn(ctx: AppContext, trx: Db, organizationId: string, customerId: string, input: NewShippingAddressBody): Promise<ShippingAddress> {
  const now = isoNow(ctx.clock);
  await holdCustomerOrThrow(trx, organizationId, customerId, now);
  const first = (await repo.listActiveAddresses(trx, organizationId, customerId)).length === 0;
  const row: CustomerAddressesTable = {
    id: newId(),
    organization_id: organizationId,
    customer_id: customerId,
    label: input.label,
    address: input.address,
    is_default: first || input.is_default ? 1 : 0,
    removed_at: null,
    created_at: now,
    updated_at: now,
  };
  await repo.insertAddress(trx, row);
  if (row.is_default === 1) await repo.clearOtherDefaults(trx, customerId, row.id, now);
  return toShippingAddress(row);
}

async function findAddressOrThrow(db: Db, organizationId: string, customerId: string, addressId: string): Promise<CustomerAddressesTable> {
  const row = await repo.findActiveAddress(db, organizationId, customerId, addressId);
  if (!row) throw notFound('Shipping address');
  return row;
}

export async function updateShippingAddress(ctx: AppContext, organizationId: string, customerId: string, addressId: string, input: UpdateShippingAddressBody): Promise<ShippingAddress> {
  return ctx.db.transaction().execute(async (trx) => updateShippingAddressIn(ctx, trx, organizationId, customerId, addressId, input));
}

/** updateShippingAddress in the caller's transaction. */
export async function updateShippingAddressIn(ctx: AppContext, trx: Db, organizationId: string, customerId: string, addressId: string, input: UpdateShippingAddressBody): Promise<ShippingAddress> {
  const now = isoNow(ctx.clock);
  await holdCustomerOrThrow(trx, organizationId, customerId, now);
  const row = await findAddressOrThrow(trx, organizationId, customerId, addressId);
  if (input.is_default === false && row.is_default === 1) throw validationError('is_default', 'invalid_value', 'this is the default address; mark another address as the default instead');
  const changes: Partial<CustomerAddressesTable> = { updated_at: now };
  if (input.label !== undefined) changes.label = input.label;
  if (input.address !== undefined) changes.address = input.address;
  if (input.is_default === true) changes.is_default = 1;
  await repo.updateAddress(trx, row.id, changes);
  if (input.is_default === true) await repo.clearOtherDefaults(trx, customerId, row.id, now);
  return toShippingAddress({ ...row, ...changes });
}

/** Removes an address (kept for the orders naming it); the default passes to the oldest address left. */
export async function removeShippingAddress(ctx: AppContext, organizationId: string, customerId: string, addressId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => removeShippingAddressIn(ctx, trx, organizationId, customerId, addressId));
}

/** removeShippingAddress in the caller's transaction. */
export async function removeShippingAddressIn(ctx: AppContext, trx: Db, organizationId: string, customerId: string, addressId: string): Promise<void> {
  const now = isoNow(ctx.clock);
  await holdCustomerOrThrow(trx, organizationId, customerId, now);
  const row = await findAddressOrThrow(trx, organizationId, customerId, addressId);
  await repo.updateAddress(trx, row.id, { removed_at: now, is_default: 0, updated_at: now });
  if (row.is_default !== 1) return;
  const [next] = await repo.listActiveAddresses(trx, organizationId, customerId);
  if (next) await repo.updateAddress(trx, next.id, { is_default: 1, updated_at: now });
}

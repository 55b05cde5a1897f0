import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { CustomerAddressesTable } from '../../db/order-tables.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import { notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { addressBookSnapshot, type DetailDiff } from '../company-history/company-history.ts';
import { recordCompanyChange, staffChangeActor, type CompanyChangeActor } from '../company-history/company-history.service.ts';
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

/** One change of a customer's address book: add an address, change one, or remove one. */
export type AddressEdit =
  | { kind: 'add'; body: NewShippingAddressBody }
  | { kind: 'update'; addressId: string; body: UpdateShippingAddressBody }
  | { kind: 'remove'; addressId: string };

export interface AddressBookChange {
  /** The address added or changed; null for a removal. */
  address: ShippingAddress | null;
  /** The address the change was about (the new one's id for an addition). */
  addressId: string;
  /** The stored addresses before and after the change, the default first. */
  before: ShippingAddress[];
  after: ShippingAddress[];
  /** What the company details history recorded; null when nothing changed (and nothing was recorded). */
  diff: DetailDiff | null;
}

/**
 * One change of the customer's shipping addresses in the caller's transaction, recorded in the company
 * details history with who made it. The customer is held first (changes of one customer's addresses
 * happen one after another, so exactly one stays the default and what was read before stays true); a
 * customer of another organization, or another customer's address, is a 404.
 */
export async function changeShippingAddressesIn(
  ctx: AppContext,
  trx: Db,
  target: { organizationId: string; customerId: string; actor: CompanyChangeActor },
  edit: AddressEdit,
): Promise<AddressBookChange> {
  const { organizationId, customerId } = target;
  const now = isoNow(ctx.clock);
  await holdCustomerOrThrow(trx, organizationId, customerId, now);
  const before = await listStoredAddressesIn(trx, organizationId, customerId);
  let address: ShippingAddress | null = null;
  if (edit.kind === 'add') address = await insertShippingAddress(trx, organizationId, customerId, edit.body, now, before.length === 0);
  else if (edit.kind === 'update') address = await changeShippingAddress(trx, organizationId, customerId, edit.addressId, edit.body, now);
  else await removeStoredAddress(trx, organizationId, customerId, edit.addressId, now);
  const after = await listStoredAddressesIn(trx, organizationId, customerId);
  const addressId = edit.kind === 'add' ? (address?.id ?? '') : edit.addressId;
  const diff = await recordCompanyChange(ctx, trx, {
    organizationId,
    customerId,
    actor: target.actor,
    before: addressBookSnapshot(before, addressId),
    after: addressBookSnapshot(after, addressId),
  });
  return { address, addressId, before, after, diff };
}

/** The customer's stored addresses as they are in `db` (a transaction that changes them), the default first. */
async function listStoredAddressesIn(db: Db, organizationId: string, customerId: string): Promise<ShippingAddress[]> {
  return (await repo.listActiveAddresses(db, organizationId, customerId)).map(toShippingAddress);
}

type StaffOfAddresses = Pick<StaffPrincipal, 'organizationId' | 'staffUserId' | 'via'>;

/**
 * A change by staff (the console or an API key): recorded in the company details history with the staff
 * member or the key as its author, and told to no one (staff made it; see docs/company-details.md).
 */
async function changeByStaff(ctx: AppContext, staff: StaffOfAddresses, customerId: string, edit: AddressEdit): Promise<AddressBookChange> {
  return ctx.db.transaction().execute(async (trx) => {
    const actor = await staffChangeActor(trx, staff);
    return changeShippingAddressesIn(ctx, trx, { organizationId: staff.organizationId, customerId, actor }, edit);
  });
}

export async function addShippingAddress(ctx: AppContext, staff: StaffOfAddresses, customerId: string, body: NewShippingAddressBody): Promise<ShippingAddress> {
  const { address } = await changeByStaff(ctx, staff, customerId, { kind: 'add', body });
  if (!address) throw new Error('the address added was not answered');
  return address;
}

export async function updateShippingAddress(ctx: AppContext, staff: StaffOfAddresses, customerId: string, addressId: string, body: UpdateShippingAddressBody): Promise<ShippingAddress> {
  const { address } = await changeByStaff(ctx, staff, customerId, { kind: 'update', addressId, body });
  if (!address) throw new Error('the address changed was not answered');
  return address;
}

/** Removes an address (kept for the orders naming it); the default passes to the oldest address left. */
export async function removeShippingAddress(ctx: AppContext, staff: StaffOfAddresses, customerId: string, addressId: string): Promise<void> {
  await changeByStaff(ctx, staff, customerId, { kind: 'remove', addressId });
}

/** A new address; the first one, or one marked so, becomes the default. */
async function insertShippingAddress(trx: Db, organizationId: string, customerId: string, input: NewShippingAddressBody, now: string, first: boolean): Promise<ShippingAddress> {
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

async function changeShippingAddress(trx: Db, organizationId: string, customerId: string, addressId: string, input: UpdateShippingAddressBody, now: string): Promise<ShippingAddress> {
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

async function removeStoredAddress(trx: Db, organizationId: string, customerId: string, addressId: string, now: string): Promise<void> {
  const row = await findAddressOrThrow(trx, organizationId, customerId, addressId);
  await repo.updateAddress(trx, row.id, { removed_at: now, is_default: 0, updated_at: now });
  if (row.is_default !== 1) return;
  const [next] = await repo.listActiveAddresses(trx, organizationId, customerId);
  if (next) await repo.updateAddress(trx, next.id, { is_default: 1, updated_at: now });
}

/**
 * A customer's shipping addresses. While a customer has addresses stored, exactly one is the default:
 * the first one added becomes it, marking another moves it there, removing the default passes it to the
 * oldest address left. Removed addresses are kept (removed_at) for the orders that name them.
 *
 * A customer with no addresses stored still has one to ship to when its own shipping address (on the
 * customer) is filled in: the list then answers that one as the default, with the id 'default', no label
 * and `stored: false`. It disappears from the list as soon as an address is stored.
 */
import type { CustomerAddressesTable } from '../../db/order-tables.ts';
import type { Address } from '../customer/customer.schemas.ts';
import type { ShippingAddressResponse } from './customer-address.schemas.ts';

export const customerOwnAddressId = 'default';

export function addressLines(address: Address): string[] {
  const cityLine = [address.postal_code, address.city].filter(Boolean).join(' ');
  return [address.attention, address.street, cityLine, address.state, address.country].filter((line): line is string => Boolean(line?.trim()));
}

function parse(json: string): Address {
  return JSON.parse(json) as Address;
}

export function toShippingAddress(row: CustomerAddressesTable): ShippingAddressResponse {
  const address = parse(row.address);
  return { id: row.id, label: row.label, address, address_lines: addressLines(address), is_default: row.is_default === 1, stored: true };
}

/** The entry made from the customer's own shipping address, or null when that is empty. */
export function customerOwnAddress(shippingAddressJson: string | null): ShippingAddressResponse | null {
  if (!shippingAddressJson) return null;
  const address = parse(shippingAddressJson);
  const lines = addressLines(address);
  if (lines.length === 0) return null;
  return { id: customerOwnAddressId, label: null, address, address_lines: lines, is_default: true, stored: false };
}

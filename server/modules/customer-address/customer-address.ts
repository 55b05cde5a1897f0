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

function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A customer's own shipping address (stored as its parts, JSON) as lines; plain text is taken as it is. */
export function customerAddressLines(stored: string): string[] {
  let address: Address;
  try {
    address = JSON.parse(stored) as Address;
  } catch {
    return linesOf(stored);
  }
  if (typeof address !== 'object' || address === null) return linesOf(stored);
  const cityLine = [address.postal_code, address.city].filter(Boolean).join(' ');
  return [address.attention, address.street, cityLine, address.state, address.country].filter((line): line is string => typeof line === 'string' && line.trim() !== '').map((line) => line.trim());
}

export function toShippingAddress(row: CustomerAddressesTable): ShippingAddressResponse {
  return { id: row.id, label: row.label, address: row.address, address_lines: linesOf(row.address), is_default: row.is_default === 1, stored: true };
}

/** The entry made from the customer's own shipping address, or null when that is empty. */
export function customerOwnAddress(shippingAddress: string | null): ShippingAddressResponse | null {
  if (!shippingAddress) return null;
  const lines = customerAddressLines(shippingAddress);
  if (lines.length === 0) return null;
  return { id: customerOwnAddressId, label: null, address: lines.join('\n'), address_lines: lines, is_default: true, stored: false };
}

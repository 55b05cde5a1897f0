/**
 * How a change of the customer's shipping addresses reads in the company details history: the address
 * changed as `saved_shipping_address` ({ label, address }, null before it was added or after it was
 * removed) and the default's label as `default_shipping_address` (kept only when it moved).
 */
import type { ShippingAddressChange } from '../../../contract/messages/message-codes.ts';
import type { DetailDiff, DetailSnapshot } from '../company-history/company-history.ts';

interface StoredAddress {
  id: string;
  label: string | null;
  address: string;
  is_default: boolean;
}

/** The address book as the history compares it, seen from the address `addressId`. */
export function addressBookSnapshot(addresses: readonly StoredAddress[], addressId: string): DetailSnapshot {
  const address = addresses.find((entry) => entry.id === addressId);
  const defaultAddress = addresses.find((entry) => entry.is_default);
  return {
    saved_shipping_address: address ? { label: address.label, address: address.address } : null,
    default_shipping_address: defaultAddress ? defaultAddress.label : null,
  };
}

/** What staff are told a change did: an edit that only moved the default is `made_default`. */
export function shippingAddressChange(kind: 'add' | 'update' | 'remove', diff: DetailDiff): ShippingAddressChange {
  if (kind === 'add') return 'added';
  if (kind === 'remove') return 'removed';
  return 'saved_shipping_address' in diff.after ? 'updated' : 'made_default';
}

/** How staff are told about a contact's change of the customer's shipping addresses. */
import type { ShippingAddressChange } from '../../../contract/messages/message-codes.ts';
import type { DetailDiff } from '../company-history/company-history.ts';

/** What staff are told a change did: an edit that only moved the default is `made_default`. */
export function shippingAddressChange(kind: 'add' | 'update' | 'remove', diff: DetailDiff): ShippingAddressChange {
  if (kind === 'add') return 'added';
  if (kind === 'remove') return 'removed';
  return 'saved_shipping_address' in diff.after ? 'updated' : 'made_default';
}

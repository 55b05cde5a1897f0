import { describe, expect, it } from 'vitest';
import type { CompanyShippingAddress } from './queries.ts';
import { shippingAddressSchema, shippingAddressUpdate, shippingAddressValues } from './shipping-address-form.ts';

const depot: CompanyShippingAddress = { id: 'a1', label: 'Depot', address: 'Dock 1\nBremen', address_lines: ['Dock 1', 'Bremen'], is_default: true, stored: true };

describe('the shipping address form', () => {
  it('starts empty for a new address, the first one as the default', () => {
    expect(shippingAddressValues(undefined, true)).toEqual({ label: '', address: '', is_default: true });
    expect(shippingAddressValues(undefined, false).is_default).toBe(false);
    expect(shippingAddressValues(depot, false)).toEqual({ label: 'Depot', address: 'Dock 1\nBremen', is_default: true });
  });

  it('needs a label and an address, trimmed, within their lengths', () => {
    const empty = shippingAddressSchema.safeParse({ label: ' ', address: '', is_default: false });
    expect(empty.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ['label', 'common.required'],
      ['address', 'common.required'],
    ]);
    expect(shippingAddressSchema.safeParse({ label: 'x'.repeat(101), address: 'A', is_default: false }).error?.issues[0]?.message).toBe('company.shipping.labelTooLong');
    expect(shippingAddressSchema.parse({ label: ' Depot ', address: ' Dock 1\nBremen ', is_default: false })).toEqual({ label: 'Depot', address: 'Dock 1\nBremen', is_default: false });
  });

  it('never sends the default unmarked', () => {
    expect(shippingAddressUpdate(depot, { label: 'Depot 2', address: 'Dock 2', is_default: false })).toEqual({ label: 'Depot 2', address: 'Dock 2' });
    expect(shippingAddressUpdate(undefined, { label: 'New', address: 'A', is_default: true })).toEqual({ label: 'New', address: 'A', is_default: true });
  });
});

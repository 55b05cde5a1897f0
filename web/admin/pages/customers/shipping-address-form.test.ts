import { describe, expect, it } from 'vitest';
import { emptyAddress } from './customer-form.ts';
import { shippingAddressFieldName, shippingAddressSchema, shippingAddressValues } from './shipping-address-form.ts';

describe('the shipping address form', () => {
  it('makes the first address of a customer its default, and starts from the one being edited', () => {
    expect(shippingAddressValues(undefined, true)).toEqual({ label: '', shipping: emptyAddress(), is_default: true });
    expect(shippingAddressValues(undefined, false).is_default).toBe(false);
    expect(shippingAddressValues({ label: 'Leeds', address: { street: '1 Dock St', city: 'Leeds' }, is_default: false }, true)).toEqual({
      label: 'Leeds',
      shipping: { ...emptyAddress(), street: '1 Dock St', city: 'Leeds' },
      is_default: false,
    });
  });

  it('sends the label and the parts filled in, trimmed', () => {
    const shipping = { ...emptyAddress(), street: ' 1 Dock St ', city: 'Leeds', postal_code: 'LS1 4AA', country: ' ' };
    expect(shippingAddressSchema.parse({ label: ' Leeds ', shipping, is_default: true })).toEqual({
      label: 'Leeds',
      address: { street: '1 Dock St', city: 'Leeds', postal_code: 'LS1 4AA' },
      is_default: true,
    });
  });

  it('needs a label and at least one part of the address', () => {
    expect(shippingAddressSchema.safeParse({ label: '', shipping: emptyAddress(), is_default: false }).error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['label', 'common.required'],
      ['shipping.street', 'shippingAddresses.errors.addressRequired'],
    ]);
  });

  it('puts the server’s field issues on the form’s fields', () => {
    expect(shippingAddressFieldName('address.city')).toBe('shipping.city');
    expect(shippingAddressFieldName('address')).toBe('shipping.street');
    expect(shippingAddressFieldName('label')).toBe('label');
  });
});

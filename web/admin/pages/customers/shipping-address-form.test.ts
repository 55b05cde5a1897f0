import { describe, expect, it } from 'vitest';
import { shippingAddressSchema, shippingAddressValues } from './shipping-address-form.ts';

describe('the shipping address form', () => {
  it('makes the first address of a customer its default', () => {
    expect(shippingAddressValues(undefined, true)).toEqual({ label: '', address: '', is_default: true });
    expect(shippingAddressValues(undefined, false).is_default).toBe(false);
    expect(shippingAddressValues({ label: 'Leeds', address: '1 Dock St', is_default: false }, true)).toEqual({ label: 'Leeds', address: '1 Dock St', is_default: false });
  });

  it('needs a label and an address, and sends them trimmed', () => {
    expect(shippingAddressSchema.parse({ label: ' Leeds ', address: ' 1 Dock St\nLeeds LS1 ', is_default: true })).toEqual({ label: 'Leeds', address: '1 Dock St\nLeeds LS1', is_default: true });
    expect(shippingAddressSchema.safeParse({ label: '', address: ' ', is_default: false }).error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['label', 'common.required'],
      ['address', 'common.required'],
    ]);
  });
});

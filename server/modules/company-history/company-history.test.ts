import { describe, expect, it } from 'vitest';
import { addressText, customerDetails, diffDetails, normalizeValue, valueText } from './company-history.ts';

describe('company details differences', () => {
  it('keeps only the fields that changed, with their values before and after', () => {
    const before = { company_name: 'Globex', phone: '123', tax_number: null, billing_address: { city: 'Leeds', street: '1 Main St' } };
    const after = { company_name: 'Globex Ltd', phone: '123', tax_number: 'GB123', billing_address: { street: '1 Main St', city: 'Leeds' } };
    expect(diffDetails(before, after)).toEqual({ before: { company_name: 'Globex', tax_number: null }, after: { company_name: 'Globex Ltd', tax_number: 'GB123' } });
  });

  it('answers null when nothing changed: same values, keys in another order, blank text as none', () => {
    expect(diffDetails({ phone: null, billing_address: null }, { phone: '  ', billing_address: { city: ' ' } })).toBeNull();
    expect(diffDetails({ billing_address: { city: 'Leeds', country: 'UK' } }, { billing_address: { country: 'UK', city: 'Leeds' } })).toBeNull();
    expect(diffDetails({ company_name: 'A' }, {})).toBeNull();
  });

  it('leaves untouched fields (missing from after) out even when before has them', () => {
    expect(diffDetails({ company_name: 'A', phone: '1' }, { phone: '2' })).toEqual({ before: { phone: '1' }, after: { phone: '2' } });
  });

  it('records a field being cleared and a flag being switched', () => {
    expect(diffDetails({ phone: '1', allow_bank_payments: false }, { phone: null, allow_bank_payments: true })).toEqual({
      before: { phone: '1', allow_bank_payments: false },
      after: { phone: null, allow_bank_payments: true },
    });
  });

  it('normalizes values for comparison', () => {
    expect(normalizeValue({ b: '', a: 'x' })).toEqual({ a: 'x' });
    expect(normalizeValue(undefined)).toBeNull();
    expect(normalizeValue(0)).toBe(0);
  });

  it('writes changed values as short text for notifications', () => {
    expect(addressText({ city: 'Leeds', street: '1 Main St', postal_code: 'LS1' })).toBe('1 Main St, LS1, Leeds');
    expect(valueText({ label: 'Depot', address: 'Dock 1\nBremen' })).toBe('Depot: Dock 1, Bremen');
    expect(valueText(null)).toBeNull();
    expect(valueText(true)).toBe('true');
    expect(valueText('GB123')).toBe('GB123');
  });

  it('reads a customer row as the API shows it', () => {
    const details = customerDetails({
      display_name: 'Globex',
      company_name: null,
      email: null,
      phone: null,
      tax_number: 'GB1',
      currency: 'EUR',
      portal_language: 'en',
      billing_address: '{"city":"Leeds"}',
      shipping_address: null,
      notes: null,
      allow_bank_payments: 1,
    });
    expect(details).toMatchObject({ tax_number: 'GB1', billing_address: { city: 'Leeds' }, shipping_address: null, allow_bank_payments: true });
  });
});

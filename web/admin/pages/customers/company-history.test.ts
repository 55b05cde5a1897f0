import { describe, expect, it } from 'vitest';
import { fieldChanges, historyValueText } from './company-history.ts';

const words = { none: '—', yes: 'Yes', no: 'No' };

describe('the company details history', () => {
  it('lists the fields a change touched with before and after', () => {
    expect(fieldChanges({ before: { company_name: 'Globex', tax_number: null }, after: { company_name: 'Globex Ltd', tax_number: 'GB1' } })).toEqual([
      { field: 'company_name', before: 'Globex', after: 'Globex Ltd' },
      { field: 'tax_number', before: null, after: 'GB1' },
    ]);
  });

  it('writes values as text: none, flags, addresses and saved shipping addresses', () => {
    expect(historyValueText(null, words)).toBe('—');
    expect(historyValueText(true, words)).toBe('Yes');
    expect(historyValueText({ city: 'Leeds', street: '1 Main St', postal_code: 'LS1' }, words)).toBe('1 Main St, LS1, Leeds');
    expect(historyValueText({ label: 'Depot', address: 'Dock 1\nBremen' }, words)).toBe('Depot: Dock 1, Bremen');
    expect(historyValueText('GB 123', words)).toBe('GB 123');
  });
});

import { describe, expect, it } from 'vitest';
import { cleanAddress, companyFieldName, companySchema, companyUpdate, companyValues } from './company-form.ts';
import type { CompanyDetails } from './queries.ts';

const company: CompanyDetails = {
  display_name: 'Globex',
  company_name: null,
  phone: null,
  tax_number: null,
  billing_address: { street: '1 Main St', city: 'Springfield' },
  shipping_address: null,
  can_edit: true,
};

describe('the company form', () => {
  it('starts from the company, offering the display name when there is no company name', () => {
    const values = companyValues(company);
    expect(values.company_name).toBe('Globex');
    expect(values.phone).toBe('');
    expect(values.tax_number).toBe('');
    expect(companyValues({ ...company, tax_number: 'GB123' }).tax_number).toBe('GB123');
    expect(values.billing).toEqual({ attention: '', street: '1 Main St', city: 'Springfield', state: '', postal_code: '', country: '' });
    expect(values.shipping).toEqual({ attention: '', street: '', city: '', state: '', postal_code: '', country: '' });
    expect(companyValues({ ...company, company_name: 'Globex Corporation' }).company_name).toBe('Globex Corporation');
  });

  it('needs a company name that is more than spaces', () => {
    const result = companySchema.safeParse({ ...companyValues(company), company_name: '   ' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['company_name'], message: 'common.required' });
  });

  it('sends trimmed fields, an empty phone and an empty address as null', () => {
    const values = companySchema.parse({
      ...companyValues(company),
      company_name: ' Globex Corporation ',
      phone: '  ',
      tax_number: ' GB 123 ',
      billing: { attention: ' Accounts ', street: ' 1 Main St ', city: 'Springfield', state: '', postal_code: ' 49007 ', country: '' },
    });
    expect(companyUpdate(values)).toEqual({
      company_name: 'Globex Corporation',
      phone: null,
      tax_number: 'GB 123',
      billing_address: { attention: 'Accounts', street: '1 Main St', city: 'Springfield', postal_code: '49007' },
      shipping_address: null,
    });
    expect(cleanAddress({ attention: ' ', street: '', city: '', state: '', postal_code: '', country: '' })).toBeNull();
  });

  it('sends an empty tax number as null and refuses one longer than 50 characters', () => {
    expect(companyUpdate(companySchema.parse({ ...companyValues(company), tax_number: ' ' })).tax_number).toBeNull();
    const result = companySchema.safeParse({ ...companyValues(company), tax_number: 'x'.repeat(51) });
    expect(result.error?.issues[0]).toMatchObject({ path: ['tax_number'], message: 'company.taxNumberTooLong' });
  });

  it('puts the server’s address errors on the fields they name', () => {
    expect(companyFieldName('billing_address.postal_code')).toBe('billing.postal_code');
    expect(companyFieldName('shipping_address.country')).toBe('shipping.country');
    expect(companyFieldName('company_name')).toBe('company_name');
  });
});

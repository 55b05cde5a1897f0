import { describe, expect, it } from 'vitest';
import { customerUpdate, editCustomerFieldName, editCustomerSchema, editCustomerValues, emptyContact, newCustomerDefaults, newCustomerFieldName, newCustomerRequest, newCustomerSchema, type NewCustomerValues } from './customer-form.ts';

function values(patch: Partial<NewCustomerValues>): NewCustomerValues {
  return { ...newCustomerDefaults(), ...patch };
}

describe('the new-customer form', () => {
  it('needs a display name that is more than spaces', () => {
    const result = newCustomerSchema.safeParse(values({ display_name: '   ' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['display_name'], message: 'common.required' });
    expect(newCustomerSchema.parse(values({ display_name: '  Globex  ' })).display_name).toBe('Globex');
  });

  it('sends blank fields as null, trims what is typed, and copies the billing address when shipping is the same', () => {
    const { body } = newCustomerRequest(
      values({
        display_name: 'Globex',
        company_name: '  ',
        email: ' billing@globex.test ',
        billing: { attention: '', street: ' 1 Main St ', city: 'Springfield', state: '', postal_code: '', country: '' },
        notes: '',
        allow_portal_access: true,
        contacts: [{ ...emptyContact(true), first_name: ' Hank ', last_name: ' Scorpio ', email: 'hank@globex.test' }],
      }),
    );
    expect(body).toEqual({
      display_name: 'Globex',
      company_name: null,
      email: 'billing@globex.test',
      phone: null,
      tax_number: null,
      currency: 'USD',
      portal_language: 'en',
      allow_bank_payments: false,
      billing_address: { street: '1 Main St', city: 'Springfield' },
      shipping_address: { street: '1 Main St', city: 'Springfield' },
      notes: null,
      allow_portal_access: true,
      contact_persons: [{ first_name: 'Hank', last_name: 'Scorpio', email: 'hank@globex.test', phone: null, is_primary: true }],
    });
  });

  it('keeps a separate shipping address, and none at all when both are empty', () => {
    const separate = newCustomerRequest(values({ same_as_billing: false, shipping: { ...newCustomerDefaults().shipping, city: 'Shelbyville' } })).body;
    expect(separate.billing_address).toBeNull();
    expect(separate.shipping_address).toEqual({ city: 'Shelbyville' });
  });

  it('leaves out contact rows with neither a first name nor an email, and puts the server’s errors on the row they came from', () => {
    const request = newCustomerRequest(
      values({
        contacts: [emptyContact(true), { ...emptyContact(false), first_name: 'Marge' }, { ...emptyContact(false), email: 'no-name@example.test' }],
      }),
    );
    expect(request.body.contact_persons?.map((c) => c.first_name)).toEqual(['Marge', '']);
    expect(request.contactRows).toEqual([1, 2]);
    expect(newCustomerFieldName('contact_persons.1.first_name', request, true)).toBe('contacts.2.first_name');
    expect(newCustomerFieldName('contact_persons.0.email', request, true)).toBe('contacts.1.email');
    expect(newCustomerFieldName('contact_persons.7.email', request, true)).toBeUndefined();
    expect(newCustomerFieldName('display_name', request, true)).toBe('display_name');
  });

  it('puts address errors on the fields that were shown', () => {
    expect(newCustomerFieldName('billing_address.postal_code', undefined, true)).toBe('billing.postal_code');
    expect(newCustomerFieldName('shipping_address.postal_code', undefined, true)).toBe('billing.postal_code');
    expect(newCustomerFieldName('shipping_address.postal_code', undefined, false)).toBe('shipping.postal_code');
  });
});

describe('the edit-customer form', () => {
  it('starts from the customer and sends the change back in the API’s shape', () => {
    const start = editCustomerValues({
      display_name: 'Globex',
      company_name: null,
      email: 'a@globex.test',
      phone: null,
      tax_number: 'DE123',
      currency: 'EUR',
      portal_language: 'de',
      allow_bank_payments: true,
      billing_address: { city: 'Berlin' },
      shipping_address: null,
      notes: null,
    });
    expect(start.billing).toEqual({ attention: '', street: '', city: 'Berlin', state: '', postal_code: '', country: '' });
    expect(start.tax_number).toBe('DE123');
    expect(customerUpdate({ ...start, phone: ' +49 30 1234 ', shipping: { ...start.shipping, country: 'DE' } })).toEqual({
      display_name: 'Globex',
      company_name: null,
      email: 'a@globex.test',
      phone: '+49 30 1234',
      tax_number: 'DE123',
      currency: 'EUR',
      portal_language: 'de',
      allow_bank_payments: true,
      billing_address: { city: 'Berlin' },
      shipping_address: { country: 'DE' },
      notes: null,
    });
    expect(customerUpdate({ ...start, tax_number: '  ' }).tax_number).toBeNull();
    expect(editCustomerSchema.safeParse({ ...start, tax_number: 'x'.repeat(51) }).error?.issues[0]).toMatchObject({ path: ['tax_number'], message: 'customer.taxNumberTooLong' });
    expect(editCustomerFieldName('shipping_address.country')).toBe('shipping.country');
    expect(editCustomerFieldName('email')).toBe('email');
  });
});

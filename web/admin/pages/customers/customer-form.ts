/**
 * The customer forms (new customer, edit customer): what the fields hold, the schema that checks them
 * before sending (messages are translation keys), and the body the API takes.
 */
import { z } from 'zod';
import { languageSchema } from '../../../../contract/portal.ts';
import type { CustomerUpdate, NewCustomerBody } from './queries.ts';

export const addressFields = ['attention', 'street', 'city', 'state', 'postal_code', 'country'] as const;
export type AddressField = (typeof addressFields)[number];

const addressSchema = z.object({ attention: z.string(), street: z.string(), city: z.string(), state: z.string(), postal_code: z.string(), country: z.string() });
export type AddressValues = z.infer<typeof addressSchema>;

export const customerDetailsShape = {
  display_name: z.string().trim().min(1, 'common.required'),
  company_name: z.string(),
  email: z.string(),
  phone: z.string(),
  tax_number: z.string().trim().max(50, 'customer.taxNumberTooLong'),
  currency: z.string(),
  portal_language: languageSchema,
  allow_bank_payments: z.boolean(),
};
export type CustomerDetailsValues = z.infer<z.ZodObject<typeof customerDetailsShape>>;

const contactSchema = z.object({ first_name: z.string(), last_name: z.string(), email: z.string(), phone: z.string(), is_primary: z.boolean() });
export type ContactValues = z.infer<typeof contactSchema>;

export const newCustomerSchema = z.object({
  ...customerDetailsShape,
  billing: addressSchema,
  same_as_billing: z.boolean(),
  shipping: addressSchema,
  notes: z.string(),
  contacts: z.array(contactSchema),
  allow_portal_access: z.boolean(),
});
export type NewCustomerValues = z.infer<typeof newCustomerSchema>;

export const editCustomerSchema = z.object({ ...customerDetailsShape, billing: addressSchema, shipping: addressSchema, notes: z.string() });
export type EditCustomerValues = z.infer<typeof editCustomerSchema>;

export function emptyAddress(): AddressValues {
  return { attention: '', street: '', city: '', state: '', postal_code: '', country: '' };
}

export function addressValues(address: Partial<Record<AddressField, string>> | null | undefined): AddressValues {
  return { ...emptyAddress(), ...Object.fromEntries(addressFields.map((field) => [field, address?.[field] ?? ''])) };
}

export function emptyContact(isPrimary: boolean): ContactValues {
  return { first_name: '', last_name: '', email: '', phone: '', is_primary: isPrimary };
}

export function newCustomerDefaults(): NewCustomerValues {
  return {
    display_name: '',
    company_name: '',
    email: '',
    phone: '',
    tax_number: '',
    currency: 'USD',
    portal_language: 'en',
    allow_bank_payments: false,
    billing: emptyAddress(),
    same_as_billing: true,
    shipping: emptyAddress(),
    notes: '',
    contacts: [emptyContact(true)],
    allow_portal_access: false,
  };
}

/** Trimmed text, or null when nothing is left. */
export const blank = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Empty fields dropped; an address with nothing in it is null. */
export function toAddress(address: AddressValues): Partial<AddressValues> | null {
  const entries = addressFields.map((field) => [field, address[field].trim()] as const).filter(([, value]) => value !== '');
  return entries.length ? Object.fromEntries(entries) : null;
}

export interface NewCustomerRequest {
  body: NewCustomerBody;
  /** For each contact sent, its row in the form (rows left empty are not sent). */
  contactRows: number[];
}

/** The API's body for the form; contact rows with neither a first name nor an email are left out. */
export function newCustomerRequest(values: NewCustomerValues): NewCustomerRequest {
  const contactRows = values.contacts.flatMap((row, index) => (row.first_name.trim() || row.email.trim() ? [index] : []));
  return {
    contactRows,
    body: {
      display_name: values.display_name,
      company_name: blank(values.company_name),
      email: blank(values.email),
      phone: blank(values.phone),
      tax_number: blank(values.tax_number),
      currency: values.currency,
      portal_language: values.portal_language,
      allow_bank_payments: values.allow_bank_payments,
      billing_address: toAddress(values.billing),
      shipping_address: toAddress(values.same_as_billing ? values.billing : values.shipping),
      notes: blank(values.notes),
      allow_portal_access: values.allow_portal_access,
      contact_persons: contactRows.map((index) => {
        const row = values.contacts[index]!;
        return { first_name: row.first_name.trim(), last_name: row.last_name.trim(), email: blank(row.email), phone: blank(row.phone), is_primary: row.is_primary };
      }),
    },
  };
}

/** The form's field for a field the server named in its answer to `newCustomerRequest`. */
export function newCustomerFieldName(field: string, request: NewCustomerRequest | undefined, sameAsBilling: boolean): string | undefined {
  const contact = /^contact_persons\.(\d+)\.(.+)$/.exec(field);
  if (contact) {
    const row = request?.contactRows[Number(contact[1])];
    return row === undefined ? undefined : `contacts.${row}.${contact[2]}`;
  }
  const address = /^(billing|shipping)_address\.(.+)$/.exec(field);
  if (address) return `${address[1] === 'shipping' && !sameAsBilling ? 'shipping' : 'billing'}.${address[2]}`;
  return field;
}

export function editCustomerValues(customer: { display_name: string; company_name: string | null; email: string | null; phone: string | null; tax_number?: string | null; currency: string; portal_language: CustomerDetailsValues['portal_language']; allow_bank_payments: boolean; billing_address: Partial<Record<AddressField, string>> | null; shipping_address: Partial<Record<AddressField, string>> | null; notes: string | null }): EditCustomerValues {
  return {
    display_name: customer.display_name,
    company_name: customer.company_name ?? '',
    email: customer.email ?? '',
    phone: customer.phone ?? '',
    tax_number: customer.tax_number ?? '',
    currency: customer.currency,
    portal_language: customer.portal_language,
    allow_bank_payments: customer.allow_bank_payments,
    billing: addressValues(customer.billing_address),
    shipping: addressValues(customer.shipping_address),
    notes: customer.notes ?? '',
  };
}

export function customerUpdate(values: EditCustomerValues): CustomerUpdate {
  return {
    display_name: values.display_name,
    company_name: blank(values.company_name),
    email: blank(values.email),
    phone: blank(values.phone),
    tax_number: blank(values.tax_number),
    currency: values.currency,
    portal_language: values.portal_language,
    allow_bank_payments: values.allow_bank_payments,
    billing_address: toAddress(values.billing),
    shipping_address: toAddress(values.shipping),
    notes: blank(values.notes),
  };
}

/** The form's field for a field the server named in its answer to `customerUpdate`. */
export function editCustomerFieldName(field: string): string {
  return field.replace(/^(billing|shipping)_address\./, '$1.');
}

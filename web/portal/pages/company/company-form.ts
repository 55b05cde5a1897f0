/**
 * The company form: what the fields hold (every address field as text), the schema that checks them
 * before sending (messages are translation keys), and the body the API takes.
 */
import { z } from 'zod';
import type { Address, CompanyDetails, CompanyUpdate } from './queries.ts';

export const addressFields = ['attention', 'street', 'city', 'state', 'postal_code', 'country'] as const;
export type AddressField = (typeof addressFields)[number];

const addressSchema = z.object({ attention: z.string(), street: z.string(), city: z.string(), state: z.string(), postal_code: z.string(), country: z.string() });
export type AddressValues = z.infer<typeof addressSchema>;

export const companySchema = z.object({
  company_name: z.string().trim().min(1, 'common.required'),
  phone: z.string().trim(),
  tax_number: z.string().trim().max(50, 'company.taxNumberTooLong'),
  billing: addressSchema,
  shipping: addressSchema,
});
export type CompanyValues = z.input<typeof companySchema>;

export function addressValues(address: Address | null): AddressValues {
  return { attention: address?.attention ?? '', street: address?.street ?? '', city: address?.city ?? '', state: address?.state ?? '', postal_code: address?.postal_code ?? '', country: address?.country ?? '' };
}

/** The form from the company as the API answers it; without a company name, the display name is offered. */
export function companyValues(company: CompanyDetails): CompanyValues {
  return {
    company_name: company.company_name ?? company.display_name,
    phone: company.phone ?? '',
    tax_number: company.tax_number ?? '',
    billing: addressValues(company.billing_address),
    shipping: addressValues(company.shipping_address),
  };
}

/** Fields trimmed and empty ones dropped; an address with nothing in it is sent as null. */
export function cleanAddress(address: AddressValues): Address | null {
  const entries = addressFields.map((field) => [field, address[field].trim()] as const).filter(([, value]) => value !== '');
  return entries.length ? Object.fromEntries(entries) : null;
}

export function companyUpdate(values: z.output<typeof companySchema>): CompanyUpdate {
  return {
    company_name: values.company_name,
    phone: values.phone || null,
    tax_number: values.tax_number || null,
    billing_address: cleanAddress(values.billing),
    shipping_address: cleanAddress(values.shipping),
  };
}

/** The server's field names on the form's fields (`billing_address.city` → `billing.city`). */
export function companyFieldName(field: string): string {
  return field.replace(/^billing_address\./, 'billing.').replace(/^shipping_address\./, 'shipping.');
}

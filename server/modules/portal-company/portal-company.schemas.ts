import { z } from 'zod';
import type { CustomerRow } from '../../db/database.ts';
import { slugParams } from '../portal-auth/portal-auth.schemas.ts';
import { addressSchema, type Address } from '../customer/customer.schemas.ts';

export const companyResponse = z.object({
  display_name: z.string(),
  company_name: z.string().nullable(),
  phone: z.string().nullable(),
  /** VAT / GST / sales-tax registration number, printed on the business's documents. */
  tax_number: z.string().nullable(),
  billing_address: addressSchema.nullable(),
  shipping_address: addressSchema.nullable(),
  /** Whether this contact may change the details (its role and the portal's setting). */
  can_edit: z.boolean(),
});
export type CompanyResponse = z.infer<typeof companyResponse>;

export const updateCompanyBody = z
  .object({
    company_name: z.string().trim().min(1).max(200).optional(),
    phone: z.string().trim().max(50).nullable().optional(),
    tax_number: z.string().trim().max(50).nullable().optional(),
    billing_address: addressSchema.nullable().optional(),
    shipping_address: addressSchema.nullable().optional(),
  })
  .strict();
export type UpdateCompanyBody = z.infer<typeof updateCompanyBody>;

export function toCompany(customer: CustomerRow, canEdit: boolean): CompanyResponse {
  const address = (json: string | null) => (json ? (JSON.parse(json) as Address) : null);
  return {
    display_name: customer.display_name,
    company_name: customer.company_name,
    phone: customer.phone,
    tax_number: customer.tax_number,
    billing_address: address(customer.billing_address),
    shipping_address: address(customer.shipping_address),
    can_edit: canEdit,
  };
}

export const companyAddressParams = slugParams.extend({ addressId: z.string().min(1).max(64) });

import { z } from 'zod';
import { contactPermissionSchema, languageSchema, portalAccessReasons, portalStatuses } from '../../../contract/portal.ts';
import { currencyField, emailField, externalIdField, pagingQuery, updatedSinceField } from '../../http/schemas.ts';

export const addressSchema = z
  .object({
    attention: z.string().trim().max(120).optional(),
    street: z.string().trim().max(300).optional(),
    city: z.string().trim().max(120).optional(),
    state: z.string().trim().max(120).optional(),
    postal_code: z.string().trim().max(30).optional(),
    country: z.string().trim().max(120).optional(),
  })
  .strict();
export type Address = z.infer<typeof addressSchema>;

export { currencyField };

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const newContactPersonBody = z
  .object({
    first_name: z.string().trim().min(1, 'is required').max(100),
    last_name: z.string().trim().max(100).optional(),
    email: emailField.nullable().optional(),
    phone: optionalText(50),
    is_primary: z.boolean().optional(),
    external_id: externalIdField.nullable().optional(),
  })
  .strict();
export type NewContactPersonBody = z.infer<typeof newContactPersonBody>;

export const updateContactPersonBody = z
  .object({
    first_name: z.string().trim().min(1, 'is required').max(100).optional(),
    last_name: z.string().trim().max(100).optional(),
    email: emailField.nullable().optional(),
    phone: optionalText(50),
    is_primary: z.literal(true).optional(),
    permissions: z.array(contactPermissionSchema).max(10).optional(),
    external_id: externalIdField.nullable().optional(),
  })
  .strict();
export type UpdateContactPersonBody = z.infer<typeof updateContactPersonBody>;

export const newCustomerBody = z
  .object({
    display_name: z.string().trim().min(1, 'is required').max(200),
    company_name: optionalText(200),
    email: emailField.nullable().optional(),
    phone: optionalText(50),
    currency: currencyField.default('USD'),
    portal_language: languageSchema.default('en'),
    billing_address: addressSchema.nullable().optional(),
    shipping_address: addressSchema.nullable().optional(),
    tax_number: optionalText(50),
    /** The customer's Peppol electronic address (e-invoices) and its ICD scheme (0088 GLN, 9930 German VAT …). */
    peppol_endpoint_id: optionalText(100),
    peppol_endpoint_scheme: z.string().trim().regex(/^[0-9]{4}$/, 'must be a four-digit ICD code such as 0088').nullable().optional(),
    notes: optionalText(5000),
    allow_portal_access: z.boolean().default(false),
    /** Whether the customer's contacts may pay by bank account (ACH), where the organization offers it. */
    allow_bank_payments: z.boolean().default(false),
    contact_persons: z.array(newContactPersonBody).max(50).default([]),
    external_id: externalIdField.nullable().optional(),
  })
  .strict();
export type NewCustomerBody = z.infer<typeof newCustomerBody>;

export const updateCustomerBody = z
  .object({
    display_name: z.string().trim().min(1, 'is required').max(200).optional(),
    company_name: optionalText(200),
    email: emailField.nullable().optional(),
    phone: optionalText(50),
    currency: currencyField.optional(),
    portal_language: languageSchema.optional(),
    billing_address: addressSchema.nullable().optional(),
    shipping_address: addressSchema.nullable().optional(),
    tax_number: optionalText(50),
    /** The customer's Peppol electronic address (e-invoices) and its ICD scheme (0088 GLN, 9930 German VAT …). */
    peppol_endpoint_id: optionalText(100),
    peppol_endpoint_scheme: z.string().trim().regex(/^[0-9]{4}$/, 'must be a four-digit ICD code such as 0088').nullable().optional(),
    notes: optionalText(5000),
    allow_bank_payments: z.boolean().optional(),
    external_id: externalIdField.nullable().optional(),
  })
  .strict();
export type UpdateCustomerBody = z.infer<typeof updateCustomerBody>;

/**
 * The whole customer as the organization's system of record has it (PUT …/by-external-id/{external_id}):
 * fields left out are cleared (or take their default), so the same PUT twice leaves the customer as it was.
 * Contact persons and portal access are their own resources.
 */
export const putCustomerBody = newCustomerBody.omit({ contact_persons: true, allow_portal_access: true, external_id: true });
export type PutCustomerBody = z.infer<typeof putCustomerBody>;

/**
 * The whole contact person by external id; its customer is named by `customer_id` or by
 * `customer_external_id` (exactly one). `is_primary: true` makes it the primary contact; a primary contact
 * stays primary until another one is made primary (a customer always has one).
 */
export const putContactPersonBody = z
  .object({
    customer_id: z.string().min(1).max(64).optional(),
    customer_external_id: externalIdField.optional(),
    first_name: z.string().trim().min(1, 'is required').max(100),
    last_name: z.string().trim().max(100).optional(),
    email: emailField.nullable().optional(),
    phone: optionalText(50),
    is_primary: z.boolean().optional(),
  })
  .strict();
export type PutContactPersonBody = z.infer<typeof putContactPersonBody>;

export const listCustomersQuery = pagingQuery.extend({
  search: z.string().trim().max(200).optional(),
  /** Only customers changed at or after this instant, oldest change first (an incremental pull). */
  updated_since: updatedSinceField.optional(),
});

export const listContactPersonsQuery = pagingQuery.extend({
  /** Only contact persons changed at or after this instant, oldest change first (an incremental pull). */
  updated_since: updatedSinceField.optional(),
});

export const contactPersonResponse = z.object({
  id: z.string(),
  customer_id: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  is_primary: z.boolean(),
  external_id: z.string().nullable(),
  permissions: z.array(contactPermissionSchema),
  portal: z.object({
    status: z.enum(portalStatuses),
    enabled: z.boolean(),
    invited_at: z.string().nullable(),
    accepted_at: z.string().nullable(),
    disabled_at: z.string().nullable(),
    invitation_expires_at: z.string().nullable(),
  }),
  created_at: z.string(),
  updated_at: z.string(),
});
export type ContactPersonResponse = z.infer<typeof contactPersonResponse>;

export const customerSummaryResponse = z.object({
  id: z.string(),
  display_name: z.string(),
  company_name: z.string().nullable(),
  email: z.string().nullable(),
  currency: z.string(),
  portal_language: languageSchema,
  allow_bank_payments: z.boolean(),
  primary_contact: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }).nullable(),
  portal_active_count: z.number().int(),
  external_id: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const portalAccessResult = z.object({
  contact_person_id: z.string(),
  outcome: z.enum(['invited', 'disabled', 'unchanged', 'refused']),
  /** Why a contact was refused, as a code the apps translate; `reason` says it in English. */
  reason_code: z.enum(portalAccessReasons).optional(),
  reason: z.string().optional(),
});

export const customerResponse = customerSummaryResponse.extend({
  phone: z.string().nullable(),
  billing_address: addressSchema.nullable(),
  shipping_address: addressSchema.nullable(),
  /** VAT / GST / sales-tax registration number. */
  tax_number: z.string().nullable(),
  /** The customer's Peppol electronic address and its ICD scheme (e-invoices). */
  peppol_endpoint_id: z.string().nullable(),
  peppol_endpoint_scheme: z.string().nullable(),
  notes: z.string().nullable(),
  updated_at: z.string(),
  contact_persons: z.array(contactPersonResponse),
  portal_access: z.object({ results: z.array(portalAccessResult) }).optional(),
});

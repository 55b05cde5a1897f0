import { z } from 'zod';
import { languageSchema, staffRoles } from '../../../contract/portal.ts';
import { emailField, passwordField, timeZoneField } from '../../http/schemas.ts';
import { portalSettingsChangeShape, portalSettingsSchema, slugPattern } from './organization.ts';

export const signUpOrganizationBody = z.object({
  organization_name: z.string().trim().min(1, 'is required').max(120),
  name: z.string().trim().min(1, 'is required').max(120),
  email: emailField,
  password: passwordField,
  /** The owner's language; by default the request's Accept-Language, else English. */
  language: languageSchema.optional(),
  /** The organization's time zone (IANA name; the console sends the browser's); UTC when absent. */
  time_zone: timeZoneField.optional(),
});
export type SignUpOrganizationBody = z.infer<typeof signUpOrganizationBody>;

export const staffUserResponse = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(staffRoles),
  /** The staff member's language: the admin console's, their notifications' and their emails'. */
  language: languageSchema,
});

export const organizationResponse = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  portal_url: z.string(),
  brand_color: z.string(),
  logo_url: z.string().nullable(),
  /** IANA name: the organization's "today" (overdue, expiry, statement periods) and how its times are shown. */
  time_zone: z.string(),
});

export const staffSessionResponse = z.object({
  user: staffUserResponse,
  organization: organizationResponse,
  csrf_token: z.string(),
});

/** ISO 3166-1 alpha-2, upper case (DE, FR, JP). */
export const countryCodeField = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166 country code');
/** A Peppol participant identifier scheme: a four-digit ISO 6523 ICD (0088 GLN, 0192 Norway, 9930 German VAT …). */
export const peppolSchemeField = z.string().trim().regex(/^[0-9]{4}$/, 'must be a four-digit ICD code such as 0088');

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f5fbf');

export const portalSettingsResponse = portalSettingsSchema.extend({
  slug: z.string(),
  portal_url: z.string(),
  organization_name: z.string(),
  brand_color: z.string(),
  logo_url: z.string().nullable(),
  contact_email: z.string().nullable(),
  contact_phone: z.string().nullable(),
  contact_address: z.string().nullable(),
  website: z.string().nullable(),
  time_zone: z.string(),
  /** The organization's VAT registration, the seller's VAT identifier on e-invoices. */
  tax_number: z.string().nullable(),
  /** ISO 3166-1 alpha-2 country of the organization's address (e-invoices). */
  country_code: z.string().nullable(),
  /** The organization's Peppol electronic address and its ICD scheme (e-invoices). */
  peppol_endpoint_id: z.string().nullable(),
  peppol_endpoint_scheme: z.string().nullable(),
});

export const updatePortalSettingsBody = z
  .object(portalSettingsChangeShape)
  .extend({
    slug: z.string().trim().toLowerCase().regex(slugPattern, 'must be 1–48 lowercase letters, digits or dashes').optional(),
    organization_name: z.string().trim().min(1).max(120).optional(),
    brand_color: hexColor.optional(),
    logo_url: z.url().max(2000).nullable().optional(),
    contact_email: z.email().max(254).nullable().optional(),
    contact_phone: z.string().max(50).nullable().optional(),
    contact_address: z.string().max(500).nullable().optional(),
    website: z.url().max(500).nullable().optional(),
    time_zone: timeZoneField.optional(),
    tax_number: z.string().trim().max(50).nullable().optional(),
    country_code: countryCodeField.nullable().optional(),
    peppol_endpoint_id: z.string().trim().max(100).nullable().optional(),
    peppol_endpoint_scheme: peppolSchemeField.nullable().optional(),
  })
  .strict();
export type UpdatePortalSettingsBody = z.infer<typeof updatePortalSettingsBody>;

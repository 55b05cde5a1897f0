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
  })
  .strict();
export type UpdatePortalSettingsBody = z.infer<typeof updatePortalSettingsBody>;

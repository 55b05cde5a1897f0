import { z } from 'zod';
import { contactPermissionSchema, languageSchema } from '../../../contract/portal.ts';
import { emailField, passwordField } from '../../http/schemas.ts';
import { meStates } from './portal-auth.ts';

export const slugParams = z.object({ slug: z.string().min(1).max(64) });
export const tokenParams = slugParams.extend({ token: z.string().min(20).max(200) });

export const meResponse = z.object({
  state: z.enum(meStates),
  csrf_token: z.string(),
  email: z.string(),
  language: languageSchema,
  two_factor_enabled: z.boolean(),
  /** Whether the business shows sales orders (orders, shipments, the catalogue) in its portal. */
  show_sales_orders: z.boolean(),
  /** Whether contacts may review the business (the portal's Reviews page). */
  allow_reviews: z.boolean(),
  /** Whether contacts may forward documents by email. */
  allow_forwarding: z.boolean(),
  /** Whether the business shows projects and timesheets in its portal. */
  show_projects: z.boolean(),
  /** Whether customers approve time entries (with the approve_estimates role). */
  allow_time_entry_approval: z.boolean(),
  /** Set when the business's app opened this session (a portal session): the portal shows "back to {business}". */
  return_url: z.string().nullable(),
  contact: z
    .object({
      id: z.string(),
      first_name: z.string(),
      last_name: z.string(),
      name: z.string(),
      email: z.string(),
      phone: z.string().nullable(),
      /** The contact's picture, served by Portico (`/portal/{slug}/api/avatars/{key}`; 404 when Gravatar has none); null with Gravatar off. */
      avatar_url: z.string().nullable(),
      permissions: z.array(contactPermissionSchema),
    })
    .nullable(),
  customer: z.object({ id: z.string(), display_name: z.string(), currency: z.string() }).nullable(),
  accounts: z.array(z.object({ contact_person_id: z.string(), customer_id: z.string(), customer_name: z.string() })),
});
export type MeResponse = z.infer<typeof meResponse>;

export const brandingResponse = z.object({
  name: z.string(),
  portal_name: z.string(),
  slug: z.string(),
  brand_color: z.string(),
  logo_url: z.string().nullable(),
  allow_self_signup: z.boolean(),
  contact: z.object({ email: z.string().nullable(), phone: z.string().nullable(), address: z.string().nullable(), website: z.string().nullable() }),
  /** The organization's time zone (IANA name), in which the portal shows times. */
  time_zone: z.string(),
});

export const invitationResponse = z.object({
  email: z.string(),
  contact_name: z.string(),
  customer_name: z.string(),
  organization_name: z.string(),
  language: languageSchema,
  has_password: z.boolean(),
});

export const linkResponse = z.object({ email: z.string(), language: languageSchema });
export const signUpLinkResponse = linkResponse.extend({ company_name: z.string() });
export const acceptedResponse = z.object({ accepted: z.literal(true) });

export const passwordBody = z.object({ password: passwordField });
export const signInBody = z.object({ email: emailField, password: passwordField });
export const emailBody = z.object({ email: emailField });
export const codeBody = z.object({ code: z.string().trim().min(1, 'is required').max(32) });

const nameField = z.string().trim().min(1, 'is required').max(100);

export const signUpBody = z.object({
  company_name: z.string().trim().min(1, 'is required').max(200),
  first_name: nameField,
  last_name: z.string().trim().max(100).optional(),
  email: emailField,
  password: passwordField,
  language: languageSchema.optional(),
});
export type SignUpBody = z.infer<typeof signUpBody>;

/** What a sign-up verification token carries until the address is confirmed (never the plain password). */
export const signUpPayload = z.object({
  company_name: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  language: languageSchema,
  password_hash: z.string(),
});
export type SignUpPayload = z.infer<typeof signUpPayload>;

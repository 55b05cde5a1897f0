import { z } from 'zod';
import { billingIntervals } from '../../../contract/subscription-billing.ts';
import { languageSchema } from '../../../contract/portal.ts';
import { emailField } from '../../http/schemas.ts';
import { slugParams } from '../portal-auth/portal-auth.schemas.ts';

/** Shapes of the hosted payment page `/pay/{slug}/{plan_code}` (docs/subscriptions.md "Hosted payment page"). */

export const hostedPlanParams = slugParams.extend({ plan_code: z.string().trim().min(1).max(100) });

export const hostedPlanResponse = z.object({
  organization: z.object({ name: z.string(), slug: z.string(), logo_url: z.string().nullable(), brand_color: z.string().nullable() }),
  plan: z.object({
    code: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    currency: z.string(),
    /** Per unit and billing period, before tax. */
    price_minor: z.number().int(),
    interval: z.enum(billingIntervals as [string, ...string[]]),
    interval_count: z.number().int(),
    /** Null: renews until cancelled. */
    billing_cycles: z.number().int().nullable(),
    trial_days: z.number().int(),
    setup_fee_minor: z.number().int(),
    tax: z.object({ name: z.string(), rate_percent: z.number() }).nullable(),
  }),
  payment: z.object({
    gateway: z.enum(['test', 'stripe']),
    /** The built-in test gateway: the page lists the test numbers. */
    test_mode: z.boolean(),
    publishable_key: z.string().nullable(),
    /** New customers pay by card. */
    methods: z.array(z.enum(['card'])),
  }),
  /** SPEC §1 *enable the portal automatically*: a buyer's primary contact is invited to the portal. */
  portal_invitation: z.boolean(),
  /** Sent back as the X-Form-Token header of the sign-up (with the same-origin check, the page's CSRF defence). */
  form_token: z.string(),
});
export type HostedPlanResponse = z.infer<typeof hostedPlanResponse>;

const text = (max: number) => z.string().trim().min(1, 'is required').max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const hostedAddressField = z
  .object({
    street: text(300),
    city: text(120),
    state: optionalText(120),
    postal_code: optionalText(30),
    country: text(120),
  })
  .strict();

export const hostedSignUpBody = z
  .object({
    company_name: text(200),
    first_name: text(100),
    last_name: text(100),
    email: emailField,
    phone: optionalText(50),
    billing_address: hostedAddressField,
    quantity: z.number().int().min(1).max(10_000).default(1),
    coupon_code: optionalText(50),
    /** The language chosen on the page: the customer's portal language, of its emails and PDFs. */
    language: languageSchema,
    /** From the gateway's tokenization in the browser; card numbers never reach Portico. */
    payment_method: z.object({ token: z.string().min(1).max(200) }).strict(),
  })
  .strict();
export type HostedSignUpBody = z.infer<typeof hostedSignUpBody>;

export const hostedSignUpHeaders = z.object({
  'idempotency-key': z.string().max(300).optional(),
  'x-form-token': z.string().max(200).optional(),
});

export const hostedSignUpResponse = z.object({
  subscription: z.object({
    number: z.string(),
    status: z.string(),
    plan_name: z.string(),
    currency: z.string(),
    trial_end: z.string().nullable(),
    next_billing_date: z.string().nullable(),
  }),
  /** The first invoice and what was charged for it; null for a trial (the card is kept for later). */
  invoice: z.object({ number: z.string(), total_minor: z.number().int(), status: z.string() }).nullable(),
  payment_method: z.object({ brand: z.string(), last4: z.string() }).nullable(),
  /** The portal invitation went (or goes) to this address. Always the address typed in, whether or not it was known. */
  email: z.string(),
  portal_invitation: z.boolean(),
});
export type HostedSignUpResponse = z.infer<typeof hostedSignUpResponse>;

import { z } from 'zod';
import { currencyField } from '../../http/schemas.ts';
import { amountMinorField } from '../payment/payment.schemas.ts';

/** Shapes of online payments in the portal and on pay links (docs/payments.md). Money in minor units. */

export const savedMethodTypes = ['card', 'bank_account'] as const;
export const attemptStatuses = ['succeeded', 'pending', 'requires_action', 'failed', 'processing', 'abandoned'] as const;

const idField = z.string().min(1).max(64);

export const billingAddressField = z
  .object({
    line1: z.string().trim().max(200).nullable().optional(),
    line2: z.string().trim().max(200).nullable().optional(),
    city: z.string().trim().max(100).nullable().optional(),
    state: z.string().trim().max(100).nullable().optional(),
    postal_code: z.string().trim().max(20).nullable().optional(),
    country: z.string().trim().toUpperCase().length(2, 'must be a two-letter country code').nullable().optional(),
  })
  .strict();

export const savedMethodResponse = z.object({
  id: z.string(),
  type: z.enum(savedMethodTypes),
  brand: z.string(),
  last4: z.string(),
  exp_month: z.number().int().nullable(),
  exp_year: z.number().int().nullable(),
  holder_name: z.string().nullable(),
  billing_address: billingAddressField.nullable(),
  is_default: z.boolean(),
  /** A card past its expiry month: shown, but not offered for paying. */
  expired: z.boolean(),
  created_at: z.string(),
});
export type SavedMethodResponse = z.infer<typeof savedMethodResponse>;

export const instalmentResponse = z.object({
  id: z.string(),
  kind: z.enum(['deposit', 'instalment']),
  position: z.number().int(),
  amount_minor: z.number().int(),
  due_date: z.string(),
  /** What payments and credits have covered of it, the earliest instalments first. */
  paid_minor: z.number().int(),
  remaining_minor: z.number().int(),
  status: z.enum(['paid', 'overdue', 'due', 'upcoming']),
});
export type InstalmentResponse = z.infer<typeof instalmentResponse>;

export const payableDocumentResponse = z.object({
  id: z.string(),
  kind: z.enum(['invoice', 'retainer_invoice']),
  number: z.string(),
  currency: z.string(),
  issue_date: z.string(),
  due_date: z.string().nullable(),
  total_minor: z.number().int(),
  balance_minor: z.number().int(),
  /** Held by payments in flight or bank payments awaiting settlement. */
  pending_minor: z.number().int(),
  /** What can be paid now: the balance less what is pending. */
  payable_minor: z.number().int(),
  /** What is due now under the payment schedule (overdue and due instalments); the payable amount without one. */
  due_now_minor: z.number().int(),
  overdue: z.boolean(),
  schedule: z.array(instalmentResponse).nullable(),
});
export type PayableDocumentResponse = z.infer<typeof payableDocumentResponse>;

export const availableCreditResponse = z.object({ id: z.string(), number: z.string(), currency: z.string(), balance_minor: z.number().int(), issue_date: z.string() });

export const paymentOptionsResponse = z.object({
  currency: z.string(),
  gateway: z.enum(['test', 'stripe']),
  /** The built-in test gateway: the page lists the test numbers. */
  test_mode: z.boolean(),
  /** Stripe Elements key when the gateway is Stripe. */
  publishable_key: z.string().nullable(),
  methods: z.array(z.enum(savedMethodTypes)),
  saved_methods: z.array(savedMethodResponse),
  documents: z.array(payableDocumentResponse),
  credits: z.array(availableCreditResponse),
  allow_partial_payments: z.boolean(),
  partial_payment_minimum_minor: z.number().int(),
  allow_money_on_account: z.boolean(),
  /** SPEC §1: no new payment while one is pending for the customer. */
  blocked_by_pending_payment: z.boolean(),
});
export type PaymentOptionsResponse = z.infer<typeof paymentOptionsResponse>;

export const paymentMethodInput = z.union([
  z.object({ token: z.string().min(1).max(200) }).strict(),
  z.object({ saved_method_id: idField }).strict(),
]);

export const createPortalPaymentBody = z
  .object({
    /** Exactly what to pay on which documents; or `document_ids` (with an optional total `amount_minor`, allocated oldest first). */
    allocations: z.array(z.object({ document_id: idField, amount_minor: amountMinorField }).strict()).min(1).max(200).optional(),
    document_ids: z.array(idField).min(1).max(200).optional(),
    amount_minor: amountMinorField.optional(),
    currency: currencyField,
    payment_method: paymentMethodInput,
    save_method: z.boolean().default(false),
    /** Unused credit notes to apply to the same documents before charging the rest. */
    credit_note_ids: z.array(idField).max(50).default([]),
  })
  .strict()
  .refine((body) => (body.allocations ? 1 : 0) + (body.document_ids ? 1 : 0) === 1, { message: 'give either allocations or document_ids', path: ['allocations'] });
export type CreatePortalPaymentBody = z.infer<typeof createPortalPaymentBody>;

export const nextActionResponse = z.object({ type: z.literal('redirect'), url: z.string() });

export const attemptResponse = z.object({
  id: z.string(),
  status: z.enum(attemptStatuses),
  currency: z.string(),
  /** Charged (or to be charged) at the gateway. */
  amount_minor: z.number().int(),
  allocations: z.array(z.object({ document_id: z.string(), number: z.string(), amount_minor: z.number().int() })),
  credits_applied: z.array(z.object({ credit_note_id: z.string(), number: z.string(), document_id: z.string(), amount_minor: z.number().int() })),
  /** Beyond the balances, kept as a credit when the organization takes money on account. */
  on_account_minor: z.number().int(),
  method: z.object({ type: z.enum(savedMethodTypes), brand: z.string(), last4: z.string() }).nullable(),
  failure_code: z.string().nullable(),
  failure_message: z.string().nullable(),
  next_action: nextActionResponse.nullable(),
  /** The recorded payment once it succeeded. */
  payment: z.object({ id: z.string(), number: z.string() }).nullable(),
  created_at: z.string(),
});
export type AttemptResponse = z.infer<typeof attemptResponse>;

export const saveMethodBody = z.object({ token: z.string().min(1).max(200), make_default: z.boolean().default(false) }).strict();

export const updateMethodBody = z
  .object({
    exp_month: z.number().int().min(1).max(12).optional(),
    exp_year: z.number().int().min(2000).max(2100).optional(),
    billing_address: billingAddressField.nullable().optional(),
  })
  .strict()
  .refine((body) => (body.exp_month === undefined) === (body.exp_year === undefined), { message: 'give the expiry month and year together', path: ['exp_month'] });
export type UpdateMethodBody = z.infer<typeof updateMethodBody>;

/** A pay link's page: that one invoice, its payment options, and who the link was sent to. */
export const payLinkResponse = z.object({
  organization: z.object({ name: z.string(), slug: z.string() }),
  contact: z.object({ first_name: z.string() }),
  document: payableDocumentResponse,
  options: paymentOptionsResponse.omit({ saved_methods: true, documents: true, credits: true }),
  /** The PDF of the invoice, readable with the same token. */
  pdf_url: z.string(),
});
export type PayLinkResponse = z.infer<typeof payLinkResponse>;

export const createPayLinkPaymentBody = z
  .object({
    amount_minor: amountMinorField.optional(),
    currency: currencyField,
    payment_method: z.object({ token: z.string().min(1).max(200) }).strict(),
  })
  .strict();

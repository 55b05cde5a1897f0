import { z } from 'zod';
import { currencyField, externalIdField, pagingQuery, updatedSinceField } from '../../http/schemas.ts';
import { OPENING_BALANCE_METHOD, paymentMethods } from '../../../contract/billing.ts';
import { isCalendarDate } from '../statement/statement-dates.ts';

export { paymentMethods, type PaymentMethod } from '../../../contract/billing.ts';

/** Amounts stay well inside the range where JavaScript numbers are exact. */
export const MAX_AMOUNT_MINOR = 1_000_000_000_000_000;

export const amountMinorField = z
  .number({ error: 'must be an integer amount in minor units' })
  .int('must be an integer amount in minor units (cents), never a fraction')
  .positive('must be greater than zero')
  .max(MAX_AMOUNT_MINOR, 'is too large');

export const dateOnlyField = z.string().refine(isCalendarDate, 'must be a date as YYYY-MM-DD');

export const recordPaymentBody = z
  .object({
    customer_id: z.string().min(1).max(64),
    amount_minor: amountMinorField,
    currency: currencyField,
    method: z.enum(paymentMethods),
    paid_on: dateOnlyField.optional(),
    reference: z.string().trim().max(100).nullable().optional(),
    notes: z.string().max(5000).nullable().optional(),
    allocations: z
      .array(z.object({ document_id: z.string().min(1).max(64), amount_minor: amountMinorField }).strict())
      .min(1, 'leave allocations out to pay the oldest open invoices first')
      .max(500)
      .optional(),
    /** The organization's own key (an ERP's payment id), unique within the organization. docs/api.md "Sync by external id". */
    external_id: externalIdField.nullable().optional(),
  })
  .strict();
export type RecordPaymentBody = z.infer<typeof recordPaymentBody>;

/** An allocation of a PUT by external id: its invoice by id or by the invoice's own external id (exactly one). */
export const putPaymentAllocation = z
  .object({
    /** An invoice or retainer invoice, as `document_id` of POST /payments. */
    invoice_id: z.string().min(1).max(64).optional(),
    /** The `external_id` of one of the organization's invoices. */
    invoice_external_id: externalIdField.optional(),
    amount_minor: amountMinorField,
  })
  .strict();

/**
 * PUT /payments/by-external-id/{external_id}: the body of POST /payments without `external_id` (it is the
 * path's), the customer by `customer_id` or `customer_external_id` (exactly one). docs/api.md "Sync by external id".
 */
export const putPaymentBody = recordPaymentBody
  .omit({ external_id: true, customer_id: true, allocations: true })
  .extend({
    customer_id: z.string().min(1).max(64).optional(),
    customer_external_id: externalIdField.optional(),
    allocations: z.array(putPaymentAllocation).min(1, 'leave allocations out to pay the oldest open invoices first').max(500).optional(),
  })
  .strict();
export type PutPaymentBody = z.infer<typeof putPaymentBody>;

/** How a payment was made: the offline methods staff record, the online ones a gateway took, and what an open-invoices import recorded as paid before. */
export const paymentMethodFilters = [...paymentMethods, 'card', 'bank_account', OPENING_BALANCE_METHOD] as const;
/** completed; online bank payments are pending until they settle, or failed; refunds may mark them. */
export const paymentStatuses = ['completed', 'pending', 'failed', 'refunded', 'partially_refunded'] as const;
export const paymentSources = ['online', 'offline'] as const;

export const listPaymentsQuery = pagingQuery.extend({
  customer_id: z.string().max(64).optional(),
  status: z.enum(paymentStatuses).optional(),
  method: z.enum(paymentMethodFilters).optional(),
  /** online: taken through a gateway; offline: recorded by staff or an integration. */
  source: z.enum(paymentSources).optional(),
  /** Payment dates from and to, both included. */
  paid_from: dateOnlyField.optional(),
  paid_to: dateOnlyField.optional(),
  /** Only payments changed at or after this instant, oldest change first (an incremental pull). */
  updated_since: updatedSinceField.optional(),
});
export type ListPaymentsQuery = z.infer<typeof listPaymentsQuery>;

export const refundSummary = z.object({
  id: z.string(),
  amount_minor: z.number().int(),
  status: z.enum(['pending', 'succeeded', 'failed']),
  reason: z.string().nullable(),
  created_at: z.string(),
});

export const paymentResponse = z.object({
  id: z.string(),
  number: z.string(),
  customer: z.object({ id: z.string(), display_name: z.string() }),
  currency: z.string(),
  amount_minor: z.number().int(),
  method: z.string(),
  status: z.string(),
  paid_on: z.string(),
  reference: z.string().nullable(),
  notes: z.string().nullable(),
  allocations: z.array(z.object({ document_id: z.string(), kind: z.string(), number: z.string(), amount_minor: z.number().int() })),
  created_at: z.string(),
  /** When it last changed: made, or a refund taken or given back. */
  updated_at: z.string(),
  external_id: z.string().nullable(),
  /** Online payments: the gateway that took it (test, stripe) and its reference there; null offline. */
  gateway: z.string().nullable(),
  gateway_payment_id: z.string().nullable(),
  /** The saved or one-off card or bank account it was paid with (brand and last 4 only), null offline. */
  payment_method: z.object({ type: z.string(), brand: z.string(), last4: z.string() }).nullable(),
  /** The contact person who paid in the portal; null for payments staff recorded. */
  contact: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** What refunds that succeeded gave back. */
  refunded_minor: z.number().int(),
  refunds: z.array(refundSummary),
});
export type PaymentResponse = z.infer<typeof paymentResponse>;

import { z } from 'zod';
import { currencyField, pagingQuery } from '../../http/schemas.ts';
import { paymentMethods } from '../../../contract/billing.ts';
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
  })
  .strict();
export type RecordPaymentBody = z.infer<typeof recordPaymentBody>;

export const listPaymentsQuery = pagingQuery.extend({ customer_id: z.string().max(64).optional() });
export type ListPaymentsQuery = z.infer<typeof listPaymentsQuery>;

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
});
export type PaymentResponse = z.infer<typeof paymentResponse>;

import { z } from 'zod';
import { statementPeriods } from './statement-period.ts';

/** `from` and `to` are checked by resolvePeriod, which names the field that is wrong. */
export const statementQuery = z
  .object({
    period: z.enum(statementPeriods).default('this_month'),
    from: z.string().max(10).optional(),
    to: z.string().max(10).optional(),
  })
  .strict();
export type StatementQuery = z.infer<typeof statementQuery>;

export const emailStatementBody = statementQuery.extend({
  contact_person_ids: z.array(z.string().min(1).max(64)).min(1, 'leave it out to mail every contact with portal access').max(50).optional(),
});
export type EmailStatementBody = z.infer<typeof emailStatementBody>;

const money = z.number().int();

export const statementResponse = z.object({
  customer: z.object({ id: z.string(), display_name: z.string() }),
  currency: z.string(),
  from: z.string(),
  to: z.string(),
  opening_balance_minor: money,
  entries: z.array(
    z.object({
      date: z.string(),
      type: z.enum(['invoice', 'payment', 'credit_note', 'refund']),
      /** The document; for a payment or a refund, the payment (a refund's number is the payment's). */
      document_id: z.string(),
      number: z.string(),
      description: z.string(),
      amount_minor: money,
      balance_minor: money,
    }),
  ),
  closing_balance_minor: money,
  invoiced_minor: money,
  paid_minor: money,
  credited_minor: money,
  /** What succeeded refunds gave back on these invoices in the period (raises what is owed). */
  refunded_minor: money,
  ageing: z.object({ current_minor: money, days_1_30_minor: money, days_31_60_minor: money, days_61_90_minor: money, over_90_minor: money }),
});
export type StatementResponse = z.infer<typeof statementResponse>;

export const statementEmailResponse = z.object({
  recipients: z.array(z.object({ contact_person_id: z.string(), email: z.string() })),
  attachments: z.array(z.string()),
});

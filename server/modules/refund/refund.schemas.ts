import { z } from 'zod';
import { amountMinorField } from '../payment/payment.schemas.ts';

export const refundBody = z.object({ amount_minor: amountMinorField, reason: z.string().trim().max(500).nullable().optional() }).strict();
export type RefundBody = z.infer<typeof refundBody>;

export const refundResponse = z.object({
  id: z.string(),
  payment_id: z.string(),
  amount_minor: z.number().int(),
  currency: z.string(),
  status: z.enum(['pending', 'succeeded', 'failed']),
  reason: z.string().nullable(),
  failure_message: z.string().nullable(),
  /** What the refund gave back on each document (their balances are open again by as much). */
  documents: z.array(z.object({ document_id: z.string(), amount_minor: z.number().int() })),
  created_at: z.string(),
  completed_at: z.string().nullable(),
});
export type RefundResponse = z.infer<typeof refundResponse>;

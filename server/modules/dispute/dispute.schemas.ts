import { z } from 'zod';
import { pagingQuery } from '../../http/schemas.ts';

export const disputeResponse = z.object({
  id: z.string(),
  document: z.object({ id: z.string(), kind: z.enum(['estimate', 'invoice', 'retainer_invoice', 'credit_note']), number: z.string() }),
  customer: z.object({ id: z.string(), display_name: z.string() }),
  line: z.object({ id: z.string(), name: z.string() }).nullable(),
  reason: z.string(),
  status: z.enum(['open', 'resolved']),
  resolution: z.string().nullable(),
  created_at: z.string(),
  resolved_at: z.string().nullable(),
});
export type DisputeResponse = z.infer<typeof disputeResponse>;

export const listDisputesQuery = pagingQuery.extend({
  status: z.enum(['open', 'resolved']).optional(),
  customer_id: z.string().min(1).max(64).optional(),
  document_id: z.string().min(1).max(64).optional(),
});
export type ListDisputesQuery = z.infer<typeof listDisputesQuery>;

export const resolveDisputeBody = z.object({ resolution: z.string().trim().min(1, 'is required').max(5000) }).strict();

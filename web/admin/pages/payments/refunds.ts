/**
 * Refunds of a payment: `POST /payments/{id}/refunds` with an `Idempotency-Key` header and
 * `{ amount_minor, reason? }`, answering 201 with the refund. The route is not in the OpenAPI
 * document yet, so its answer is checked against the shape this page expects; once it is, the call
 * becomes `adminClient.post('/payments/{id}/refunds', …)` and the type comes from the schema.
 */
import { z } from 'zod';
import { adminClient } from '../../lib/client.ts';

export const refundAnswer = z.object({
  id: z.string(),
  payment_id: z.string(),
  amount_minor: z.number().int(),
  currency: z.string(),
  status: z.enum(['pending', 'succeeded', 'failed']),
  reason: z.string().nullable(),
  created_at: z.string(),
});
export type RefundAnswer = z.infer<typeof refundAnswer>;

export interface RefundBody {
  amount_minor: number;
  reason?: string;
}

type UntypedPost = (path: string, init: { params: { path: { id: string } }; body: RefundBody; headers: Record<string, string> }) => Promise<unknown>;

/** Asks for a refund; the same `idempotencyKey` for a retry of the same request, so it refunds once. */
export async function postRefund(paymentId: string, body: RefundBody, idempotencyKey: string): Promise<RefundAnswer> {
  const post = adminClient.post as unknown as UntypedPost;
  const answer = await post('/payments/{id}/refunds', { params: { path: { id: paymentId } }, body, headers: { 'Idempotency-Key': idempotencyKey } });
  return refundAnswer.parse(answer);
}

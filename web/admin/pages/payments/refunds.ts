/**
 * Refunds of a payment: `POST /payments/{id}/refunds` with an `Idempotency-Key` header and
 * `{ amount_minor, reason? }`, answering 201 with the refund; `GET /payments/{id}/refunds` lists them.
 * Both typed from the OpenAPI document.
 */
import type { AdminBody, AdminResponse } from '../../../ui/api/paths.ts';
import { adminClient } from '../../lib/client.ts';
import { paymentKeys } from './queries.ts';

export type RefundAnswer = AdminResponse<'/payments/{id}/refunds', 'post'>;
export type RefundBody = AdminBody<'/payments/{id}/refunds', 'post'>;
export type Refund = AdminResponse<'/payments/{id}/refunds', 'get'>['data'][number];

/** Under the payment's own key, so whatever refreshes the payment refreshes its refunds. */
export const refundKeys = {
  ofPayment: (paymentId: string) => [...paymentKeys.detail(paymentId), 'refunds'] as const,
};

/** A row of the refund list: from `GET /payments/{id}/refunds`, or the payment's own `refunds`. */
export type RefundRow = Pick<Refund, 'id' | 'amount_minor' | 'status' | 'reason' | 'created_at'> & Partial<Pick<Refund, 'completed_at' | 'failure_message'>>;

/**
 * The refund list's answer when there is one and it knows every refund the payment names (it may
 * still be reloading after a new refund), else the payment's own `refunds` field.
 */
export function refundRows(listed: unknown, own: RefundRow[] | undefined): RefundRow[] {
  const fallback = own ?? [];
  return Array.isArray(listed) && listed.length >= fallback.length ? (listed as RefundRow[]) : fallback;
}

/** Asks for a refund; the same `idempotencyKey` for a retry of the same request, so it refunds once. */
export async function postRefund(paymentId: string, body: RefundBody, idempotencyKey: string): Promise<RefundAnswer> {
  return adminClient.post('/payments/{id}/refunds', { params: { path: { id: paymentId }, header: { 'idempotency-key': idempotencyKey } }, body });
}

/** A payment's refunds, oldest first, with the documents each gave back on. */
export async function listRefunds(paymentId: string, signal?: AbortSignal): Promise<Refund[]> {
  const answer = await adminClient.get('/payments/{id}/refunds', { params: { path: { id: paymentId } }, ...(signal ? { signal } : {}) });
  return answer.data;
}

/**
 * Refunds of a payment: `POST /payments/{id}/refunds` with an `Idempotency-Key` header and
 * `{ amount_minor, reason? }`, answering 201 with the refund; `GET /payments/{id}/refunds` lists them.
 * Both typed from the OpenAPI document.
 */
import type { AdminBody, AdminResponse } from '../../../ui/api/paths.ts';
import { adminClient } from '../../lib/client.ts';

export type RefundAnswer = AdminResponse<'/payments/{id}/refunds', 'post'>;
export type RefundBody = AdminBody<'/payments/{id}/refunds', 'post'>;
export type Refund = AdminResponse<'/payments/{id}/refunds', 'get'>['data'][number];

export const refundKeys = {
  all: ['refunds'] as const,
  ofPayment: (paymentId: string) => [...refundKeys.all, 'payment', paymentId] as const,
};

/** Asks for a refund; the same `idempotencyKey` for a retry of the same request, so it refunds once. */
export async function postRefund(paymentId: string, body: RefundBody, idempotencyKey: string): Promise<RefundAnswer> {
  return adminClient.post('/payments/{id}/refunds', { params: { path: { id: paymentId }, header: { 'idempotency-key': idempotencyKey } }, body });
}

/** A payment's refunds, oldest first, with the documents each gave back on. */
export async function listRefunds(paymentId: string, signal?: AbortSignal): Promise<Refund[]> {
  return (await adminClient.get('/payments/{id}/refunds', { params: { path: { id: paymentId } }, ...(signal ? { signal } : {}) })).data;
}

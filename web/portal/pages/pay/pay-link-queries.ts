/**
 * A pay link from an invoice email, through the typed client: the one invoice, opened without signing
 * in, paid with a new card or bank account, and its authentication round trip.
 */
import type { PortalBody, PortalResponse } from '../../../ui/api/paths.ts';
import { portalClient } from '../../lib/client.ts';
import type { PaymentAttempt, PaymentBody } from './queries.ts';

export type PayLink = PortalResponse<'/pay-links/{token}', 'get'>;
export type PayLinkPaymentBody = PortalBody<'/pay-links/{token}/payments', 'post'>;

export const payLinkKeys = {
  all: ['pay-link'] as const,
  link: (token: string) => ['pay-link', token] as const,
  attempt: (token: string, id: string, outcome: string | null) => ['pay-link', token, 'attempt', id, outcome] as const,
};

export function fetchPayLink(token: string, signal?: AbortSignal): Promise<PayLink> {
  return portalClient.get('/pay-links/{token}', { signal, params: { path: { token } } });
}

/** The pay page's body as a pay link takes it: only the amount (when one was typed) and the new method's token. */
export function payLinkBody(body: PaymentBody): PayLinkPaymentBody {
  if (!('token' in body.payment_method)) throw new Error('A pay link pays with a new card or account only');
  return { currency: body.currency, payment_method: { token: body.payment_method.token }, ...(body.amount_minor === undefined ? {} : { amount_minor: body.amount_minor }) };
}

export function createPayLinkPayment(token: string, body: PaymentBody, idempotencyKey: string): Promise<PaymentAttempt> {
  return portalClient.post('/pay-links/{token}/payments', { params: { path: { token }, header: { 'idempotency-key': idempotencyKey } }, body: payLinkBody(body) });
}

export function fetchPayLinkAttempt(token: string, id: string): Promise<PaymentAttempt> {
  return portalClient.get('/pay-links/{token}/attempts/{id}', { params: { path: { token, id } } });
}

export function confirmPayLinkAttempt(token: string, id: string): Promise<PaymentAttempt> {
  return portalClient.post('/pay-links/{token}/attempts/{id}/confirm', { params: { path: { token, id } } });
}

export function cancelPayLinkAttempt(token: string, id: string): Promise<PaymentAttempt> {
  return portalClient.post('/pay-links/{token}/attempts/{id}/cancel', { params: { path: { token, id } } });
}


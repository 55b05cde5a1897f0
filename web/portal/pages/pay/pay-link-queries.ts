/**
 * A pay link from an invoice email: the one invoice, opened without signing in. Typed by hand after
 * `payLinkResponse` and `createPayLinkPaymentBody` (server/modules/online-payment/online-payment.schemas.ts)
 * until the routes are in the OpenAPI document; then these become PortalResponse types of the client.
 */
import { apiErrorFrom } from '../../../ui/api/errors.ts';
import { portalClient } from '../../lib/client.ts';
import type { PayableDocument, PaymentAttempt, PaymentBody, PaymentOptions } from './queries.ts';

export interface PayLink {
  organization: { name: string; slug: string };
  contact: { first_name: string };
  document: PayableDocument;
  options: Omit<PaymentOptions, 'saved_methods' | 'documents' | 'credits'>;
  /** The invoice's PDF, readable with the same token. */
  pdf_url: string;
}

export interface PayLinkPaymentBody {
  amount_minor?: number;
  currency: string;
  payment_method: { token: string };
}

export const payLinkKeys = {
  all: ['pay-link'] as const,
  link: (token: string) => ['pay-link', token] as const,
  attempt: (token: string, id: string, outcome: string | null) => ['pay-link', token, 'attempt', id, outcome] as const,
};

const base = (token: string) => `${portalClient.basePath}/pay-links/${encodeURIComponent(token)}`;

async function send<T>(method: 'GET' | 'POST', path: string, init: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const request = new Request(new URL(path, window.location.origin), { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body), credentials: 'same-origin', signal: init.signal });
  const response = await globalThis.fetch(request);
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiErrorFrom(response.status, response.statusText, body);
  return body as T;
}

export function fetchPayLink(token: string, signal?: AbortSignal): Promise<PayLink> {
  return send('GET', base(token), { signal });
}

/** The pay page's body as a pay link takes it: only the amount (when one was typed) and the new card's token. */
export function payLinkBody(body: PaymentBody): PayLinkPaymentBody {
  if (!('token' in body.payment_method)) throw new Error('A pay link pays with a new card or account only');
  return { currency: body.currency, payment_method: { token: body.payment_method.token }, ...(body.amount_minor === undefined ? {} : { amount_minor: body.amount_minor }) };
}

export function createPayLinkPayment(token: string, body: PaymentBody, idempotencyKey: string): Promise<PaymentAttempt> {
  return send('POST', `${base(token)}/payments`, { body: payLinkBody(body), headers: { 'idempotency-key': idempotencyKey } });
}

export function fetchPayLinkAttempt(token: string, id: string): Promise<PaymentAttempt> {
  return send('GET', `${base(token)}/attempts/${encodeURIComponent(id)}`);
}

export function confirmPayLinkAttempt(token: string, id: string): Promise<PaymentAttempt> {
  return send('POST', `${base(token)}/attempts/${encodeURIComponent(id)}/confirm`);
}

export function cancelPayLinkAttempt(token: string, id: string): Promise<PaymentAttempt> {
  return send('POST', `${base(token)}/attempts/${encodeURIComponent(id)}/cancel`);
}

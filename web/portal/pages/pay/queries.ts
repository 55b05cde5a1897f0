/**
 * Paying in the portal through the typed client: payment options, payments with their idempotency key,
 * the authentication round trip (confirm, cancel) and saved payment methods.
 */
import type { PortalBody, PortalResponse } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { portalClient } from '../../lib/client.ts';

export type PaymentOptions = PortalResponse<'/payment-options', 'get'>;
export type PayableDocument = PaymentOptions['documents'][number];
export type AvailableCredit = PaymentOptions['credits'][number];
export type SavedMethod = PaymentOptions['saved_methods'][number];
export type MethodType = SavedMethod['type'];
export type PaymentAttempt = PortalResponse<'/payments', 'post'>;
export type PaymentBody = PortalBody<'/payments', 'post'>;
export type UpdateMethodBody = PortalBody<'/payment-methods/{id}', 'patch'>;
export type BillingAddress = NonNullable<SavedMethod['billing_address']>;

/** What can be paid now: refreshed after every payment, with the documents, payments and dashboard. */
export const payKeys = queryKeys('pay');
export const paymentOptionsKey = [...payKeys.all, 'options'] as const;
/** Outside `payKeys`: refreshing after a payment must never confirm the attempt again. */
export const attemptKey = (id: string) => ['payment-attempt', id] as const;
export const paymentMethodKeys = queryKeys('payment-methods');

export function fetchPaymentOptions(signal?: AbortSignal): Promise<PaymentOptions> {
  return portalClient.get('/payment-options', { signal });
}

/** One payment; the same key for a retry of the same payment, so it is never charged twice. */
export function createPayment(body: PaymentBody, idempotencyKey: string): Promise<PaymentAttempt> {
  return portalClient.post('/payments', { params: { header: { 'idempotency-key': idempotencyKey } }, body });
}

export function fetchAttempt(id: string, signal?: AbortSignal): Promise<PaymentAttempt> {
  return portalClient.get('/payment-attempts/{id}', { signal, params: { path: { id } } });
}

/** After the authentication challenge: the server reads the outcome from the gateway. */
export function confirmAttempt(id: string): Promise<PaymentAttempt> {
  return portalClient.post('/payment-attempts/{id}/confirm', { params: { path: { id } } });
}

/** An abandoned challenge: nothing is charged. */
export function cancelAttempt(id: string): Promise<PaymentAttempt> {
  return portalClient.post('/payment-attempts/{id}/cancel', { params: { path: { id } } });
}

export async function fetchPaymentMethods(signal?: AbortSignal): Promise<SavedMethod[]> {
  return (await portalClient.get('/payment-methods', { signal })).data;
}

export function saveMethod(token: string, makeDefault: boolean): Promise<SavedMethod> {
  return portalClient.post('/payment-methods', { body: { token, make_default: makeDefault } });
}

export function updateMethod(id: string, body: UpdateMethodBody): Promise<SavedMethod> {
  return portalClient.patch('/payment-methods/{id}', { params: { path: { id } }, body });
}

export async function removeMethod(id: string): Promise<void> {
  await portalClient.delete('/payment-methods/{id}', { params: { path: { id } } });
}

export function makeDefaultMethod(id: string): Promise<SavedMethod> {
  return portalClient.post('/payment-methods/{id}/default', { params: { path: { id } } });
}

/** Where the test gateway's challenge sends the browser back to after a payment from the portal. */
export function returnPath(attemptId: string): string {
  return `/payments/return/${encodeURIComponent(attemptId)}`;
}

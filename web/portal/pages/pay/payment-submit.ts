/**
 * One payment's Idempotency-Key: made when the page first sends a payment, and sent again with the very
 * same body when that payment is retried after a lost connection or a server failure (the server then
 * answers the first result, or runs it once). Any answer that settles the request — a payment attempt,
 * or a refusal the server keeps under the key — ends it, and so does a change of what is paid: the next
 * payment gets a new key.
 */
import { useCallback, useRef } from 'react';
import { ApiError } from '../../../ui/api/errors.ts';
import { dashboardKeys } from '../dashboard/queries.ts';
import { paymentKeys } from '../payments/queries.ts';
import { statementKeys } from '../statement/queries.ts';
import { payKeys, paymentMethodKeys, type PaymentAttempt, type PaymentBody } from './queries.ts';

/** A UUID v4; crypto.randomUUID where the page is a secure context, else the same from random bytes. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A failure after which the same payment may be sent again under the same key. */
export function isRetryableFailure(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  return error instanceof ApiError && (error.status >= 500 || error.code === 'IDEMPOTENCY_KEY_IN_USE');
}

interface Prepared {
  fingerprint: string;
  key: string;
  body: PaymentBody;
}

/**
 * `submit(fingerprint, build)`: `fingerprint` names what is paid and how (never a card number); `build`
 * makes the body (tokenizing a new card) only when this is not a retry of the payment prepared last.
 */
export function useIdempotentPayment(send: (body: PaymentBody, key: string) => Promise<PaymentAttempt>) {
  const prepared = useRef<Prepared | null>(null);
  return useCallback(
    async (fingerprint: string, build: () => Promise<PaymentBody>): Promise<PaymentAttempt> => {
      let current = prepared.current?.fingerprint === fingerprint ? prepared.current : null;
      if (!current) {
        prepared.current = null;
        current = { fingerprint, key: newIdempotencyKey(), body: await build() };
        prepared.current = current;
      }
      try {
        const attempt = await send(current.body, current.key);
        prepared.current = null;
        return attempt;
      } catch (error) {
        if (!isRetryableFailure(error)) prepared.current = null;
        throw error;
      }
    },
    [send],
  );
}

/** What a payment changes: balances, lists, the dashboard, the statement and the saved methods. */
export const paidKeys = [payKeys.all, ['documents'], paymentKeys.all, dashboardKeys.all, statementKeys.all, paymentMethodKeys.all] as const;

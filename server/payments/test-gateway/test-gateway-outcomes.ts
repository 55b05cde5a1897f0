import type { Db } from '../../db/database.ts';
import { isoIn, isoNow } from '../../lib/clock.ts';
import { notFound } from '../../lib/app-error.ts';
import type { GatewayPayment, GatewayRefund } from '../gateway.ts';
import type { TestGatewayDeps } from './test-gateway-deps.ts';
import {
  completeRefundRow,
  findDuePaymentIds,
  findDueRefundIds,
  findMethod,
  findPayment,
  findRefund,
  insertEvent,
  subtractRefunded,
  updatePaymentFrom,
  type PaymentRow,
} from './test-gateway.repository.ts';
import { bankFailureMessage, gatewayFailures, gatewayId } from './test-gateway-rules.ts';
import { paymentEventPayload, paymentOf, refundEventPayload, refundOf, type TestGatewayEventType } from './test-gateway-views.ts';

/**
 * What happens to a payment after it was created: the authentication challenge's answer, a bank
 * debit settling or failing (on time, or at once through the test-mode controls) and refunds
 * completing. Asynchronous outcomes are recorded as events in the same transaction, to be delivered
 * as signed webhooks (test-gateway-webhooks.ts).
 */

export async function viewPayment(db: Db, publicUrl: string, row: PaymentRow): Promise<GatewayPayment> {
  const method = row.method_id ? await findMethod(db, row.method_id) : undefined;
  return paymentOf(row, method, publicUrl);
}

export async function loadPayment(db: Db, publicUrl: string, id: string): Promise<GatewayPayment> {
  const row = await findPayment(db, id);
  if (!row) throw notFound('Payment');
  return viewPayment(db, publicUrl, row);
}

async function recordEvent(db: Db, type: TestGatewayEventType, now: string, payload: (id: string) => string): Promise<void> {
  const id = gatewayId('evt');
  await insertEvent(db, { id, type, payload: payload(id), created_at: now, deliver_after: now, delivered_at: null, attempts: 0, last_status: null });
}

export async function recordPaymentEvent(db: Db, publicUrl: string, type: TestGatewayEventType, now: string, row: PaymentRow): Promise<void> {
  const payment = await viewPayment(db, publicUrl, row);
  await recordEvent(db, type, now, (id) => paymentEventPayload(id, type, now, payment));
}

export async function recordRefundEvent(db: Db, type: TestGatewayEventType, now: string, refund: GatewayRefund, paymentId: string): Promise<void> {
  await recordEvent(db, type, now, (id) => refundEventPayload(id, type, now, refund, paymentId));
}

export interface Settled {
  /** False when the payment was no longer processing (settled before, by time or by control). */
  changed: boolean;
  payment: GatewayPayment;
}

/**
 * Settles a processing bank debit: as its account does (`settle_failure_code`), or as the test-mode
 * control forces (`succeed`, `fail`). The first change wins (a conditional update); its event is
 * recorded with it.
 */
export async function settleBankPayment(deps: TestGatewayDeps, paymentId: string, force?: 'succeed' | 'fail'): Promise<Settled> {
  const publicUrl = deps.config.publicUrl;
  return deps.db.transaction().execute(async (trx) => {
    const row = await findPayment(trx, paymentId);
    if (!row) throw notFound('Payment');
    const now = isoNow(deps.clock);
    const failureCode = force === 'succeed' ? null : force === 'fail' ? (row.settle_failure_code ?? 'account_closed') : row.settle_failure_code;
    const changed =
      row.status === 'processing' &&
      (await updatePaymentFrom(trx, paymentId, ['processing'], {
        status: failureCode ? 'failed' : 'succeeded',
        failure_code: failureCode,
        failure_message: failureCode ? bankFailureMessage(failureCode) : null,
        updated_at: now,
      }));
    const current = (await findPayment(trx, paymentId)) ?? row;
    if (changed) await recordPaymentEvent(trx, publicUrl, failureCode ? 'payment.failed' : 'payment.succeeded', now, current);
    return { changed, payment: await viewPayment(trx, publicUrl, current) };
  });
}

/** Completes a pending (bank) refund; false when it was complete already. */
export async function completeRefund(deps: TestGatewayDeps, refundId: string, outcome: 'succeed' | 'fail' = 'succeed'): Promise<{ changed: boolean; refund: GatewayRefund }> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await findRefund(trx, refundId);
    if (!row) throw notFound('Refund');
    const now = isoNow(deps.clock);
    const failed = outcome === 'fail';
    const changed = await completeRefundRow(trx, refundId, { status: failed ? 'failed' : 'succeeded', failure_message: failed ? 'The bank could not return the money.' : null, updated_at: now });
    const current = (await findRefund(trx, refundId)) ?? row;
    if (changed) {
      // A failed refund gives back nothing: what it held of the payment is refundable again.
      if (failed) await subtractRefunded(trx, row.payment_id, row.amount_minor, now);
      await recordRefundEvent(trx, failed ? 'refund.failed' : 'refund.succeeded', now, refundOf(current), row.payment_id);
    }
    return { changed, refund: refundOf(current) };
  });
}

/** Settles the bank debits and refunds whose time has come (the periodic task). */
export async function settleDue(deps: TestGatewayDeps, limit = 50): Promise<number> {
  const now = isoNow(deps.clock);
  let count = 0;
  for (const id of await findDuePaymentIds(deps.db, now, limit)) if ((await settleBankPayment(deps, id)).changed) count++;
  for (const id of await findDueRefundIds(deps.db, now, limit)) if ((await completeRefund(deps, id)).changed) count++;
  return count;
}

/** The challenge passed: the payment succeeds when Portico confirms it. False when it was not waiting. */
export async function approveChallenge(deps: TestGatewayDeps, paymentId: string): Promise<boolean> {
  return updatePaymentFrom(deps.db, paymentId, ['requires_action'], { authentication: 'approved', updated_at: isoNow(deps.clock) }, { authentication: 'pending' });
}

/** The challenge failed: the payment fails (`authentication_failed`), nothing taken. False when it was not waiting. */
export async function failChallenge(deps: TestGatewayDeps, paymentId: string): Promise<boolean> {
  const failure = gatewayFailures.authenticationFailed;
  return updatePaymentFrom(
    deps.db,
    paymentId,
    ['requires_action'],
    { status: 'failed', authentication: 'failed', failure_code: failure.failureCode, decline_code: null, failure_message: failure.message, updated_at: isoNow(deps.clock) },
    { authentication: 'pending' },
  );
}

export function settleAt(deps: TestGatewayDeps, settleAfterSeconds: number): string {
  return isoIn(deps.clock, settleAfterSeconds);
}

export type ChallengeAnswer = 'approve' | 'fail' | 'abandon';

export interface ChallengeState {
  /** Waiting for the customer's answer. */
  waiting: boolean;
  row: PaymentRow;
}

export async function challengeState(deps: TestGatewayDeps, paymentId: string): Promise<ChallengeState> {
  const row = await findPayment(deps.db, paymentId);
  if (!row) throw notFound('Payment');
  return { waiting: row.status === 'requires_action' && row.authentication === 'pending', row };
}

/**
 * The customer's answer on the challenge page: approve (succeeds on confirm), fail (fails now) or
 * abandon (nothing changes: Portico cancels it). `answered` is false when it was no longer waiting.
 */
export async function answerChallenge(deps: TestGatewayDeps, paymentId: string, answer: ChallengeAnswer): Promise<{ answered: boolean; row: PaymentRow }> {
  const state = await challengeState(deps, paymentId);
  let answered = state.waiting;
  if (answer === 'approve') answered = await approveChallenge(deps, paymentId);
  if (answer === 'fail') answered = await failChallenge(deps, paymentId);
  return { answered, row: (await findPayment(deps.db, paymentId)) ?? state.row };
}

/** How the return URL describes a payment's state to Portico, for a challenge that is closed. */
export function outcomeOfState(row: PaymentRow): 'approved' | 'failed' | 'abandoned' {
  if (row.status === 'failed') return 'failed';
  if (row.status === 'canceled') return 'abandoned';
  if (row.status === 'requires_action' && row.authentication !== 'approved') return 'abandoned';
  return 'approved';
}

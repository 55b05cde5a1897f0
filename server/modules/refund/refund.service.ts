import { createHash } from 'node:crypto';
import { formatMoney } from '../../../contract/money.ts';
import type { AppContext } from '../../context.ts';
import type { RefundAllocationsTable, RefundsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { isoIn, isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { GatewayRefund } from '../../payments/gateway.ts';
import { recomputeDocumentBalance } from '../document/document.service.ts';
import { loadPaymentSettings, type PaymentSettings } from '../payment-settings/payment-settings.service.ts';
import { recordRefundIssued } from '../payment-followup/payment-followup.service.ts';
import { refundAllocations } from './refund.ts';
import * as repo from './refund.repository.ts';
import type { RefundBody, RefundResponse } from './refund.schemas.ts';

/** A refund's id follows from its idempotency key, so a retry after a failure resumes the same refund. */
export function refundIdFor(scope: string, key: string): string {
  return `re_${createHash('sha256').update(`${scope}\n${key}`).digest('hex').slice(0, 32)}`;
}

async function present(db: Db, refund: RefundsTable): Promise<RefundResponse> {
  return presentWith(refund, await repo.listRefundAllocations(db, refund.id));
}

function presentWith(refund: RefundsTable, parts: readonly RefundAllocationsTable[]): RefundResponse {
  return {
    id: refund.id,
    payment_id: refund.payment_id,
    amount_minor: Number(refund.amount_minor),
    currency: refund.currency,
    status: refund.status,
    reason: refund.reason,
    failure_message: refund.failure_message,
    documents: parts.map((part) => ({ document_id: part.document_id, amount_minor: Number(part.amount_minor) })),
    created_at: refund.created_at,
    completed_at: refund.completed_at,
  };
}

/**
 * Refunds all or part of a payment (docs/payments.md "Refunds"). The amount is counted against the
 * payment with one conditional update (two refunds never give back more than was paid), the refund is
 * recorded pending with where its money comes from, the gateway is asked with the refund's id as
 * idempotency key, and the outcome reopens the documents' balances — all recorded once.
 */
export async function refundPayment(ctx: AppContext, organizationId: string, staffUserId: string | null, paymentId: string, input: RefundBody, refundId: string): Promise<RefundResponse> {
  const known = await repo.findRefund(ctx.db, organizationId, refundId);
  if (known) return present(ctx.db, known.status === 'pending' ? await settleRefund(ctx, known) : known);
  const payment = await repo.findPayment(ctx.db, organizationId, paymentId);
  if (!payment || payment.status !== 'completed') throw notFound('Payment');
  const left = Number(payment.amount_minor) - Number(payment.refunded_minor);
  const refuse = (leftNow: number) =>
    new AppError('REFUND_EXCEEDS_PAYMENT', `amount_minor: ${formatMoney(input.amount_minor, payment.currency, 'en')} is more than the ${formatMoney(leftNow, payment.currency, 'en')} left to refund of ${payment.number}`, [
      { field: 'amount_minor', code: 'refund_exceeds_payment', params: { amount_minor: input.amount_minor, refundable_minor: leftNow }, message: `is more than the ${formatMoney(leftNow, payment.currency, 'en')} left to refund` },
    ]);
  if (input.amount_minor > left) throw refuse(left);

  const now = isoNow(ctx.clock);
  const refund: RefundsTable = {
    id: refundId,
    organization_id: organizationId,
    payment_id: payment.id,
    currency: payment.currency,
    amount_minor: input.amount_minor,
    status: 'pending',
    reason: input.reason ?? null,
    gateway_refund_id: null,
    failure_message: null,
    created_by: staffUserId,
    created_at: now,
    completed_at: null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.takeRefundable(trx, payment.id, input.amount_minor, now))) {
      const current = await repo.findPayment(trx, organizationId, payment.id);
      throw refuse(current ? Number(current.amount_minor) - Number(current.refunded_minor) : 0);
    }
    // Read again under the payment's row lock: refunds committed meanwhile are counted.
    const current = await repo.findPayment(trx, organizationId, payment.id);
    const refunded = await repo.refundedPerDocument(trx, payment.id);
    const allocations = (await repo.listAllocationsOfPayment(trx, payment.id)).map((allocation) => ({ ...allocation, refunded_minor: refunded.get(allocation.document_id) ?? 0 }));
    const parts = refundAllocations(input.amount_minor, Number(payment.amount_minor), Number(current?.refunded_minor ?? 0) - input.amount_minor, allocations);
    await repo.insertRefund(trx, refund, parts.map((part) => ({ id: newId(), refund_id: refund.id, document_id: part.document_id, amount_minor: part.amount_minor, created_at: now })));
  });
  return present(ctx.db, await settleRefund(ctx, refund));
}

async function gatewayRefund(ctx: AppContext, refund: RefundsTable): Promise<GatewayRefund | null> {
  const payment = await repo.findPayment(ctx.db, refund.organization_id, refund.payment_id);
  if (!payment?.gateway || !payment.gateway_payment_id) return null;
  const settings = await loadPaymentSettings(ctx, refund.organization_id);
  const gateway = ctx.gateways.forChoice({ ...settings, gateway: payment.gateway as PaymentSettings['gateway'] });
  return gateway.refund({ idempotencyKey: refund.id, gatewayPaymentId: payment.gateway_payment_id, amountMinor: Number(refund.amount_minor) });
}

/** Asks the gateway (online payments) and records the outcome; an offline payment's refund is done at once. */
async function settleRefund(ctx: AppContext, refund: RefundsTable): Promise<RefundsTable> {
  let outcome: GatewayRefund | null;
  try {
    outcome = await gatewayRefund(ctx, refund);
  } catch (error) {
    ctx.logger.warn({ err: error, refundId: refund.id }, 'refund at the gateway failed; it is tried again later');
    throw new AppError('GATEWAY_UNAVAILABLE', 'The payment service could not be reached; the refund is pending and will be tried again', { refund_id: refund.id });
  }
  if (outcome?.status === 'pending') {
    return refund;
  }
  return recordRefundOutcome(ctx, refund, outcome ? { status: outcome.status, gatewayRefundId: outcome.id, failureMessage: outcome.failureMessage } : { status: 'succeeded', gatewayRefundId: null, failureMessage: null });
}

/** Records a refund's outcome once: succeeded reopens the balances it names, failed gives the amount back to the payment. */
export async function recordRefundOutcome(ctx: AppContext, refund: RefundsTable, outcome: { status: 'succeeded' | 'failed'; gatewayRefundId: string | null; failureMessage: string | null }): Promise<RefundsTable> {
  const now = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const parts = await repo.listRefundAllocations(trx, refund.id);
    if (outcome.status === 'succeeded') await repo.lockDocuments(trx, parts.map((part) => part.document_id), now);
    if (!(await repo.finishRefund(trx, refund.id, { status: outcome.status, gateway_refund_id: outcome.gatewayRefundId, failure_message: outcome.failureMessage, completed_at: now }))) return;
    if (outcome.status === 'failed') {
      await repo.giveBackRefundable(trx, refund.payment_id, Number(refund.amount_minor), now);
      return;
    }
    for (const part of parts) await recomputeDocumentBalance(trx, part.document_id);
    await recordRefundIssued(ctx, trx, { organizationId: refund.organization_id, refundId: refund.id });
  });
  return (await repo.findRefundAnywhere(ctx.db, refund.id)) ?? refund;
}

export async function listRefunds(ctx: AppContext, organizationId: string, paymentId: string): Promise<RefundResponse[]> {
  const payment = await repo.findPayment(ctx.db, organizationId, paymentId);
  if (!payment) throw notFound('Payment');
  const refunds = await repo.listRefundsOfPayment(ctx.db, paymentId);
  // One query for every refund's allocations, not one per refund.
  const parts = new Map<string, RefundAllocationsTable[]>();
  for (const part of await repo.listAllocationsOfRefunds(ctx.db, refunds.map((refund) => refund.id))) parts.set(part.refund_id, [...(parts.get(part.refund_id) ?? []), part]);
  return refunds.map((refund) => presentWith(refund, parts.get(refund.id) ?? []));
}

/** Refunds left pending (the gateway was unreachable, or answers later): asked again, a minute on. */
export async function retryPendingRefunds(ctx: AppContext, limit = 20): Promise<number> {
  let done = 0;
  for (const refund of await repo.listPendingRefunds(ctx.db, isoIn(ctx.clock, -60), limit)) {
    try {
      await settleRefund(ctx, refund);
      done++;
    } catch (error) {
      ctx.logger.warn({ err: error, refundId: refund.id }, 'retrying a refund failed');
    }
  }
  return done;
}

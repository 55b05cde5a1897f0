import { z } from 'zod';
import type { GatewayEvent, GatewayMethod, GatewayPayment, GatewayRefund } from '../gateway.ts';
import type { MethodRow, PaymentRow, RefundRow, TokenRow } from './test-gateway.repository.ts';
import { challengeUrl } from './test-gateway-rules.ts';

/**
 * The test gateway's rows as Portico sees them (GatewayPayment, GatewayMethod, GatewayRefund) and as
 * its webhooks carry them: a Stripe-like JSON event (snake_case), parsed back by `eventOfPayload`.
 */

export function methodOf(row: MethodRow | TokenRow): GatewayMethod {
  return { id: row.id, type: row.type, brand: row.brand, last4: row.last4, expMonth: row.exp_month, expYear: row.exp_year, holderName: row.holder_name };
}

export function paymentOf(row: PaymentRow, method: MethodRow | undefined, publicUrl: string): GatewayPayment {
  return {
    id: row.id,
    status: row.status,
    amountMinor: row.amount_minor,
    currency: row.currency,
    failureCode: row.failure_code,
    failureMessage: row.failure_message,
    nextAction: row.status === 'requires_action' ? { type: 'redirect', url: challengeUrl(publicUrl, row.id, row.return_url) } : null,
    method: method ? methodOf(method) : null,
    reference: row.reference,
  };
}

export function refundOf(row: RefundRow): GatewayRefund {
  return { id: row.id, status: row.status, amountMinor: row.amount_minor, failureMessage: row.failure_message };
}

export type TestGatewayEventType = 'payment.succeeded' | 'payment.failed' | 'refund.succeeded' | 'refund.failed';

const wireMethod = z.object({
  id: z.string(),
  type: z.enum(['card', 'bank_account']),
  brand: z.string(),
  last4: z.string(),
  exp_month: z.number().int().nullable(),
  exp_year: z.number().int().nullable(),
  holder_name: z.string().nullable(),
});

const wirePayment = z.object({
  object: z.literal('payment'),
  id: z.string(),
  status: z.enum(['succeeded', 'processing', 'requires_action', 'failed', 'canceled']),
  amount_minor: z.number().int(),
  currency: z.string(),
  failure_code: z.string().nullable(),
  failure_message: z.string().nullable(),
  next_action: z.object({ type: z.literal('redirect'), url: z.string() }).nullable(),
  method: wireMethod.nullable(),
  reference: z.string(),
});

const wireRefund = z.object({
  object: z.literal('refund'),
  id: z.string(),
  payment_id: z.string(),
  status: z.enum(['succeeded', 'pending', 'failed']),
  amount_minor: z.number().int(),
  failure_message: z.string().nullable(),
});

/** The body of a test gateway webhook. */
export const testGatewayEventPayload = z.object({
  id: z.string().min(1),
  object: z.literal('event'),
  type: z.string().min(1),
  /** Unix seconds, as Stripe's `created`. */
  created: z.number().int(),
  created_at: z.iso.datetime(),
  data: z.object({ object: z.union([wirePayment, wireRefund]) }),
});
export type TestGatewayEventPayload = z.infer<typeof testGatewayEventPayload>;

export function wireOfPayment(payment: GatewayPayment): z.infer<typeof wirePayment> {
  const { method } = payment;
  return {
    object: 'payment',
    id: payment.id,
    status: payment.status,
    amount_minor: payment.amountMinor,
    currency: payment.currency,
    failure_code: payment.failureCode,
    failure_message: payment.failureMessage,
    next_action: payment.nextAction,
    method: method && { id: method.id, type: method.type, brand: method.brand, last4: method.last4, exp_month: method.expMonth, exp_year: method.expYear, holder_name: method.holderName },
    reference: payment.reference,
  };
}

export function paymentEventPayload(id: string, type: TestGatewayEventType, createdAt: string, payment: GatewayPayment): string {
  const payload: TestGatewayEventPayload = { id, object: 'event', type, created: Math.floor(Date.parse(createdAt) / 1000), created_at: createdAt, data: { object: wireOfPayment(payment) } };
  return JSON.stringify(payload);
}

export function refundEventPayload(id: string, type: TestGatewayEventType, createdAt: string, refund: GatewayRefund, paymentId: string): string {
  const object = { object: 'refund' as const, id: refund.id, payment_id: paymentId, status: refund.status, amount_minor: refund.amountMinor, failure_message: refund.failureMessage };
  const payload: TestGatewayEventPayload = { id, object: 'event', type, created: Math.floor(Date.parse(createdAt) / 1000), created_at: createdAt, data: { object } };
  return JSON.stringify(payload);
}

/** A verified webhook body as Portico's GatewayEvent; event types it does not know are `ignored`. */
export function eventOfPayload(payload: TestGatewayEventPayload): GatewayEvent {
  const { object } = payload.data;
  const base = { id: payload.id, createdAt: payload.created_at };
  if (payload.type.startsWith('payment.') && object.object === 'payment') {
    const { method } = object;
    const payment: GatewayPayment = {
      id: object.id,
      status: object.status,
      amountMinor: object.amount_minor,
      currency: object.currency,
      failureCode: object.failure_code,
      failureMessage: object.failure_message,
      nextAction: object.next_action,
      method: method && { id: method.id, type: method.type, brand: method.brand, last4: method.last4, expMonth: method.exp_month, expYear: method.exp_year, holderName: method.holder_name },
      reference: object.reference,
    };
    return { ...base, type: 'payment.updated', payment, refund: null };
  }
  if (payload.type.startsWith('refund.') && object.object === 'refund') {
    const refund = { id: object.id, status: object.status, amountMinor: object.amount_minor, failureMessage: object.failure_message, gatewayPaymentId: object.payment_id };
    return { ...base, type: 'refund.updated', payment: null, refund };
  }
  return { ...base, type: 'ignored', payment: null, refund: null };
}

/**
 * Integration events of payments, recorded in `outbox_events` in the transaction that caused them
 * (docs/payments.md, "After a payment"). The payload is versioned like an API answer: a consumer
 * reads `api_version` before `data`, and a change of shape comes with a new version. Pure, no I/O.
 */
import { z } from 'zod';

export const INTEGRATION_API_VERSION = '2026-12-01';

export const integrationEventTypes = ['payment.succeeded', 'payment.failed', 'payment.refunded', 'subscription.created', 'subscription.renewed', 'subscription.invoice_failed', 'subscription.changed', 'subscription.cancelled'] as const;
export type IntegrationEventType = (typeof integrationEventTypes)[number];

const money = { amount_minor: z.number().int(), currency: z.string().length(3) };

export const paymentEventPayment = z.object({
  id: z.string(),
  number: z.string(),
  customer_id: z.string(),
  contact_person_id: z.string().nullable(),
  source: z.enum(['portal', 'pay_link', 'api']).nullable(),
  ...money,
  method: z.string(),
  status: z.string(),
  paid_on: z.string(),
  gateway: z.string().nullable(),
  gateway_payment_id: z.string().nullable(),
  refunded_minor: z.number().int(),
  allocations: z.array(z.object({ document_id: z.string(), number: z.string(), amount_minor: z.number().int() })),
  created_at: z.string(),
});
export type PaymentEventPayment = z.infer<typeof paymentEventPayment>;

export const failedAttemptPayload = z.object({
  id: z.string(),
  customer_id: z.string(),
  contact_person_id: z.string().nullable(),
  ...money,
  failure_code: z.string().nullable(),
  failure_message: z.string().nullable(),
  document_numbers: z.array(z.string()),
});

export const refundPayload = z.object({
  id: z.string(),
  payment_id: z.string(),
  ...money,
  status: z.string(),
  reason: z.string().nullable(),
  gateway_refund_id: z.string().nullable(),
  allocations: z.array(z.object({ document_id: z.string(), number: z.string(), amount_minor: z.number().int() })),
  created_at: z.string(),
});

/** A subscription as integration events carry it (docs/subscriptions.md). */
export const subscriptionEventSubscription = z.object({
  id: z.string(),
  number: z.string(),
  customer_id: z.string(),
  plan_id: z.string(),
  status: z.string(),
  quantity: z.number().int(),
  currency: z.string().length(3),
  /** What one period costs after the coupon, before tax. */
  amount_minor: z.number().int(),
  interval: z.string(),
  interval_count: z.number().int(),
  current_period_start: z.string().nullable(),
  current_period_end: z.string().nullable(),
  next_billing_date: z.string().nullable(),
  trial_end: z.string().nullable(),
  created_at: z.string(),
});
export type SubscriptionEventSubscription = z.infer<typeof subscriptionEventSubscription>;

/** The invoice a subscription event is about. */
export const subscriptionEventInvoice = z.object({
  id: z.string(),
  number: z.string(),
  billing_key: z.string(),
  period_start: z.string().nullable(),
  period_end: z.string().nullable(),
  ...money,
});

/** What a subscription.changed event says changed: `action` (changed, change_scheduled, reactivated, trial_converted, trial_extended, paused, resumed, payment_method_changed) with its own fields. */
export const subscriptionChange = z.object({ action: z.string() }).catchall(z.unknown());

/** How a subscription was cancelled: at once (ending today, with the credit note for the unused part if any) or at the end of its period. */
export const subscriptionCancellation = z
  .object({
    timing: z.enum(['immediately', 'at_period_end']),
    ends_on: z.string(),
    reason_code: z.string().nullable(),
    reason_text: z.string().nullable(),
    credit_note_id: z.string().nullable(),
  })
  .catchall(z.unknown());

const dataOf = {
  'payment.succeeded': z.object({ payment: paymentEventPayment }),
  'payment.failed': z.object({ payment_attempt: failedAttemptPayload }),
  'payment.refunded': z.object({ refund: refundPayload, payment: paymentEventPayment }),
  'subscription.created': z.object({ subscription: subscriptionEventSubscription, invoice: subscriptionEventInvoice.nullable() }),
  'subscription.renewed': z.object({ subscription: subscriptionEventSubscription, invoice: subscriptionEventInvoice }),
  'subscription.invoice_failed': z.object({
    subscription: subscriptionEventSubscription,
    invoice: subscriptionEventInvoice,
    charge: z.object({ attempt_number: z.number().int(), failure_code: z.string().nullable(), failure_message: z.string().nullable(), next_retry_at: z.string().nullable() }),
  }),
  'subscription.changed': z.object({ subscription: subscriptionEventSubscription, change: subscriptionChange }),
  'subscription.cancelled': z.object({ subscription: subscriptionEventSubscription, cancellation: subscriptionCancellation }),
} as const;

export type IntegrationEventData<T extends IntegrationEventType> = z.infer<(typeof dataOf)[T]>;

export interface IntegrationEvent<T extends IntegrationEventType> {
  id: string;
  type: T;
  api_version: typeof INTEGRATION_API_VERSION;
  created_at: string;
  data: IntegrationEventData<T>;
}

/** The event's payload, checked against its schema: a shape that does not fit is a programming error. */
export function integrationEvent<T extends IntegrationEventType>(id: string, type: T, createdAt: string, data: IntegrationEventData<T>): IntegrationEvent<T> {
  return { id, type, api_version: INTEGRATION_API_VERSION, created_at: createdAt, data: dataOf[type].parse(data) as IntegrationEventData<T> };
}

import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStripeStandIn, type StripeStandIn } from '../../test/stripe-stand-in.ts';
import { WebhookRejected, type PaymentGateway } from '../gateway.ts';
import { createStripeGateway } from './stripe-gateway.ts';

let standIn: StripeStandIn;
let gateway: PaymentGateway;
let customerId: string;

beforeAll(async () => {
  standIn = await startStripeStandIn();
  gateway = createStripeGateway(standIn.gatewayOptions);
  customerId = await gateway.createCustomer({ idempotencyKey: randomUUID(), name: 'Acme Ltd', email: null, metadata: {} });
});

afterAll(async () => {
  await standIn.close();
});

const now = () => Math.floor(Date.now() / 1000);

async function pay(token: string, extra: { customerAcceptance?: { ipAddress: string; userAgent: string } } = {}) {
  const idempotencyKey = randomUUID();
  const payment = await gateway.createPayment({
    idempotencyKey, amountMinor: 2000, currency: 'EUR', gatewayCustomerId: customerId, source: { token }, saveMethod: false,
    description: 'Invoice INV-000002', returnUrl: 'http://portal.test/return', metadata: { organization_id: 'org1' }, ...extra,
  });
  return { payment, idempotencyKey };
}

function rejection(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof WebhookRejected) return error.reason;
    throw error;
  }
  return undefined;
}

describe('Stripe webhooks, signed as Stripe signs them and checked by constructEvent', () => {
  it('parses a settled bank debit into the payment as it is now', async () => {
    const { payment, idempotencyKey } = await pay('pm_usBankAccount', { customerAcceptance: { ipAddress: '203.0.113.9', userAgent: 'Mozilla/5.0' } });
    standIn.settle(payment.id, 'succeeded');
    const event = standIn.lastEvent('payment_intent.succeeded');
    const { body, signature } = standIn.signedDelivery(event);
    const parsed = gateway.parseWebhook(body, signature, now());
    expect(parsed).toMatchObject({
      id: event.id, type: 'payment.updated', refund: null,
      payment: { id: payment.id, status: 'succeeded', amountMinor: 2000, currency: 'EUR', reference: idempotencyKey },
    });
    expect(parsed.createdAt).toBe(new Date((event.created as number) * 1000).toISOString());
  });

  it('maps failed, processing, canceled and requires_action intents', async () => {
    await pay('pm_card_chargeDeclinedInsufficientFunds');
    const failed = standIn.signedDelivery(standIn.lastEvent('payment_intent.payment_failed'));
    expect(gateway.parseWebhook(failed.body, failed.signature, now()).payment).toMatchObject({ status: 'failed', failureCode: 'insufficient_funds' });

    const { payment } = await pay('pm_card_authenticationRequired');
    const action = standIn.signedDelivery(standIn.lastEvent('payment_intent.requires_action'));
    expect(gateway.parseWebhook(action.body, action.signature, now()).payment).toMatchObject({ id: payment.id, status: 'requires_action', nextAction: { type: 'redirect' } });
    await gateway.cancelPayment(payment.id);
    const canceled = standIn.signedDelivery(standIn.lastEvent('payment_intent.canceled'));
    expect(gateway.parseWebhook(canceled.body, canceled.signature, now()).payment).toMatchObject({ id: payment.id, status: 'canceled' });

    await pay('pm_usBankAccount', { customerAcceptance: { ipAddress: '203.0.113.9', userAgent: 'Mozilla/5.0' } });
    const processing = standIn.signedDelivery(standIn.lastEvent('payment_intent.processing'));
    expect(gateway.parseWebhook(processing.body, processing.signature, now()).payment?.status).toBe('processing');
  });

  it('parses refund events, and a bank refund settling later', async () => {
    const { payment } = await pay('pm_usBankAccount', { customerAcceptance: { ipAddress: '203.0.113.9', userAgent: 'Mozilla/5.0' } });
    standIn.settle(payment.id, 'succeeded');
    const refund = await gateway.refund({ idempotencyKey: randomUUID(), gatewayPaymentId: payment.id, amountMinor: 500 });
    expect(refund.status).toBe('pending');
    standIn.settleRefund(refund.id, 'succeeded');
    const event = standIn.lastEvent('refund.updated');
    expect((event.data as { object: { metadata: Record<string, string> } }).object.metadata).toMatchObject({ organization_id: 'org1' });
    const updated = standIn.signedDelivery(event);
    expect(gateway.parseWebhook(updated.body, updated.signature, now())).toMatchObject({
      type: 'refund.updated', payment: null, refund: { id: refund.id, status: 'succeeded', amountMinor: 500, gatewayPaymentId: payment.id },
    });
  });

  it('ignores other events, and a charge.refunded that lists no refunds', async () => {
    await pay('pm_card_visa');
    const created = standIn.signedDelivery(standIn.lastEvent('payment_intent.created'));
    expect(gateway.parseWebhook(created.body, created.signature, now())).toMatchObject({ type: 'ignored', payment: null, refund: null });
    const { payment } = await pay('pm_card_visa');
    await gateway.refund({ idempotencyKey: randomUUID(), gatewayPaymentId: payment.id, amountMinor: 100 });
    const charge = standIn.signedDelivery(standIn.lastEvent('charge.refunded'));
    expect(gateway.parseWebhook(charge.body, charge.signature, now()).type).toBe('ignored');
  });

  it('parses a replayed delivery to the same event id', async () => {
    await pay('pm_card_visa');
    const event = standIn.lastEvent('payment_intent.succeeded');
    const first = standIn.signedDelivery(event);
    const replay = standIn.signedDelivery(event, { timestamp: now() + 5 });
    expect(gateway.parseWebhook(replay.body, replay.signature, now()).id).toBe(gateway.parseWebhook(first.body, first.signature, now()).id);
  });

  it('refuses a bad signature, a tampered body, an old or future timestamp and a malformed header', async () => {
    await pay('pm_card_visa');
    const event = standIn.lastEvent('payment_intent.succeeded');
    const forged = standIn.signedDelivery(event, { secret: 'whsec_someone_else' });
    expect(rejection(() => gateway.parseWebhook(forged.body, forged.signature, now()))).toBe('no_signature_matches');

    const genuine = standIn.signedDelivery(event);
    expect(rejection(() => gateway.parseWebhook(genuine.body.replace('"succeeded"', '"canceled"'), genuine.signature, now()))).toBe('no_signature_matches');

    const old = standIn.signedDelivery(event, { timestamp: now() - 301 });
    expect(rejection(() => gateway.parseWebhook(old.body, old.signature, now()))).toBe('timestamp_outside_tolerance');
    // The tolerance counts from the clock Portico gives, not the machine's.
    expect(rejection(() => gateway.parseWebhook(old.body, old.signature, now() - 10))).toBeUndefined();
    const future = standIn.signedDelivery(event, { timestamp: now() + 301 });
    expect(rejection(() => gateway.parseWebhook(future.body, future.signature, now()))).toBe('timestamp_outside_tolerance');

    expect(rejection(() => gateway.parseWebhook(genuine.body, undefined, now()))).toBe('malformed_header');
    expect(rejection(() => gateway.parseWebhook(genuine.body, 'garbage', now()))).toBe('malformed_header');
    expect(rejection(() => gateway.parseWebhook(genuine.body, `t=${now()}`, now()))).toBe('malformed_header');
  });

  it('refuses a signed body that is not an event', () => {
    const body = 'not json';
    const header = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: standIn.webhookSecret, timestamp: now() });
    expect(rejection(() => gateway.parseWebhook(body, header, now()))).toBe('malformed_payload');
    const signed = standIn.signedDelivery({ id: 'evt_x', object: 'event' });
    expect(rejection(() => gateway.parseWebhook(signed.body, signed.signature, now()))).toBe('malformed_payload');
  });

  it('accepts the previous secret while one is being rolled', async () => {
    await pay('pm_card_visa');
    const event = standIn.lastEvent('payment_intent.succeeded');
    const rolled = createStripeGateway({ ...standIn.gatewayOptions, webhookSecret: ['whsec_new_secret', standIn.webhookSecret] });
    const delivery = standIn.signedDelivery(event);
    expect(rolled.parseWebhook(delivery.body, delivery.signature, now()).id).toBe(event.id);
    const other = standIn.signedDelivery(event, { secret: 'whsec_unknown' });
    expect(rejection(() => rolled.parseWebhook(other.body, other.signature, now()))).toBe('no_signature_matches');
  });
});

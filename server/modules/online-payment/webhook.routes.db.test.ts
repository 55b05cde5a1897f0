import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { testGatewayWebhookSecret } from '../../payments/test-gateway/test-gateway-rules.ts';
import { deliverDueTestGatewayEvents } from '../../payments/test-gateway/test-gateway-webhooks.ts';
import { signWebhookPayload } from '../../payments/webhook-signature.ts';
import { invoiceOf } from '../../test/billing-payment-builders.ts';
import type { SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { acceptedContact } from '../../test/portal-builders.ts';
import type { TestApp } from '../../test/test-app.ts';
import { bankAccount, tokenOf } from '../../test/test-gateway-builders.ts';
import type { AttemptResponse } from './online-payment.schemas.ts';

/** A bank debit paid in the portal with the built-in test gateway: pending until the gateway settles it. */
async function pendingDebit(t: TestApp, staff: SignedUpStaff, ip: string) {
  const contact = await acceptedContact(t, staff);
  await t.ctx.db.updateTable('customers').set({ allow_bank_payments: 1 }).where('id', '=', contact.customerId).execute();
  const invoice = await invoiceOf(staff, contact.customerId, 9_000);
  const token = await tokenOf(t, bankAccount('000123456789'), ip);
  const response = await contact.client.request('POST', `${contact.api}/payments`, { document_ids: [invoice.id], currency: invoice.currency, payment_method: { token } }, { 'idempotency-key': randomUUID() });
  const attempt = response.json<AttemptResponse>();
  expect(attempt).toMatchObject({ status: 'pending' });
  const { gateway_payment_id } = await t.ctx.db.selectFrom('payment_attempts').select('gateway_payment_id').where('id', '=', attempt.id).executeTakeFirstOrThrow();
  return { contact, invoice, attempt, gatewayPaymentId: gateway_payment_id! };
}

/** Settles the debit with the test gateway's control; answers the event it recorded (not delivered: no worker runs here). */
async function settle(t: TestApp, gatewayPaymentId: string): Promise<string> {
  expect((await t.app.inject({ method: 'POST', url: `/test-gateway/v1/payments/${gatewayPaymentId}/settle` })).statusCode).toBe(200);
  const event = await t.ctx.db.selectFrom('test_gateway_events').select(['payload', 'delivered_at']).where('payload', 'like', `%${gatewayPaymentId}%`).executeTakeFirstOrThrow();
  expect(event.delivered_at).toBeNull();
  return event.payload;
}

const nowSeconds = (t: TestApp) => Math.floor(t.clock.now().getTime() / 1000);
const signed = (t: TestApp, payload: string, at = nowSeconds(t)) => signWebhookPayload(payload, testGatewayWebhookSecret(t.ctx.secret), at);

function deliver(t: TestApp, payload: string, signature: string | undefined) {
  return t.app.inject({ method: 'POST', url: '/webhooks/test-gateway', payload, headers: { 'content-type': 'application/json', ...(signature === undefined ? {} : { 'test-gateway-signature': signature }) } });
}

/** An event of the debit while it is processing, as the gateway would word it, under an event id of its own. */
async function processingEvent(t: TestApp, gatewayPaymentId: string): Promise<(at: Date) => string> {
  const payment = (await t.app.inject({ method: 'GET', url: `/test-gateway/v1/payments/${gatewayPaymentId}` })).json<{ status: string }>();
  expect(payment.status).toBe('processing');
  return (at) => JSON.stringify({ id: `evt_processing_${randomUUID().slice(0, 8)}`, object: 'event', type: 'payment.processing', created: Math.floor(at.getTime() / 1000), created_at: at.toISOString(), data: { object: payment } });
}

async function recorded(t: TestApp, attemptId: string) {
  const db = t.ctx.db;
  return {
    attempt: await db.selectFrom('payment_attempts').select(['status', 'payment_id', 'updated_at']).where('id', '=', attemptId).executeTakeFirstOrThrow(),
    payments: await db.selectFrom('payments').select(['id', 'amount_minor']).where('attempt_id', '=', attemptId).execute(),
    emails: (await db.selectFrom('outbox_emails').select('id').execute()).length,
    events: (await db.selectFrom('outbox_events').select('id').execute()).length,
  };
}

describeOnEachDialect('the test gateway’s webhook route, with the built-in test gateway', (it) => {
  it('accepts a genuinely signed event and records the payment; refuses a bad signature and an altered body', async ({ t, staff, ip }) => {
    const { invoice, attempt, gatewayPaymentId } = await pendingDebit(t, staff, ip);
    const payload = await settle(t, gatewayPaymentId);

    for (const signature of [undefined, 'garbage', signWebhookPayload(payload, 'whsec_someone_else', nowSeconds(t))]) {
      const refused = await deliver(t, payload, signature);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ error: { code: 'WEBHOOK_REJECTED' } });
    }
    const altered = await deliver(t, payload.replace('"amount_minor":9000', '"amount_minor":1'), signed(t, payload));
    expect(altered.statusCode).toBe(400);
    expect(altered.json()).toMatchObject({ error: { code: 'WEBHOOK_REJECTED', message: expect.stringContaining('no_signature_matches') } });
    expect((await recorded(t, attempt.id)).attempt.status).toBe('pending');

    const accepted = await deliver(t, payload, signed(t, payload));
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ received: true, duplicate: false });
    const after = await recorded(t, attempt.id);
    expect(after.attempt).toMatchObject({ status: 'succeeded', payment_id: after.payments[0]?.id });
    expect(after.payments).toEqual([{ id: expect.any(String), amount_minor: 9_000 }]);
    expect(await t.ctx.db.selectFrom('documents').select(['status', 'balance_minor', 'pending_minor']).where('id', '=', invoice.id).executeTakeFirst()).toEqual({ status: 'paid', balance_minor: 0, pending_minor: 0 });
  });

  it('refuses an event signed longer ago than the tolerance, and accepts it signed now', async ({ t, staff, ip }) => {
    const { attempt, gatewayPaymentId } = await pendingDebit(t, staff, ip);
    const payload = await settle(t, gatewayPaymentId);
    const signature = signed(t, payload);
    t.clock.advance(301);
    const stale = await deliver(t, payload, signature);
    expect(stale.statusCode).toBe(400);
    expect(stale.json()).toMatchObject({ error: { code: 'WEBHOOK_REJECTED', message: expect.stringContaining('timestamp_outside_tolerance') } });
    expect((await recorded(t, attempt.id)).attempt.status).toBe('pending');
    // Nor was the refused event remembered: signed now, it is taken.
    expect((await deliver(t, payload, signed(t, payload))).json()).toEqual({ received: true, duplicate: false });
    expect((await recorded(t, attempt.id)).attempt.status).toBe('succeeded');
  });

  it('answers a replayed event as a duplicate and changes nothing', async ({ t, staff, ip }) => {
    const { attempt, gatewayPaymentId } = await pendingDebit(t, staff, ip);
    const payload = await settle(t, gatewayPaymentId);
    expect((await deliver(t, payload, signed(t, payload))).json()).toEqual({ received: true, duplicate: false });
    const first = await recorded(t, attempt.id);
    t.clock.advance(5);
    for (let replay = 0; replay < 2; replay++) {
      const again = await deliver(t, payload, signed(t, payload));
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual({ received: true, duplicate: true });
    }
    expect(await recorded(t, attempt.id)).toEqual(first);
  });

  it('ends succeeded and recorded once when a "processing" event arrives after the "succeeded" one', async ({ t, staff, ip }) => {
    const { invoice, attempt, gatewayPaymentId } = await pendingDebit(t, staff, ip);
    const charged = t.clock.now();
    const processing = await processingEvent(t, gatewayPaymentId);
    // Before the debit settles, a processing event changes nothing.
    const early = processing(charged);
    expect((await deliver(t, early, signed(t, early))).json()).toEqual({ received: true, duplicate: false });
    expect((await recorded(t, attempt.id)).attempt.status).toBe('pending');

    t.clock.advance(10);
    const succeeded = await settle(t, gatewayPaymentId);
    expect((await deliver(t, succeeded, signed(t, succeeded))).json()).toEqual({ received: true, duplicate: false });
    const settled = await recorded(t, attempt.id);
    expect(settled.attempt.status).toBe('succeeded');

    // The processing event of the charge, delivered late and out of order.
    t.clock.advance(10);
    const late = processing(charged);
    expect((await deliver(t, late, signed(t, late))).json()).toEqual({ received: true, duplicate: false });
    expect(await recorded(t, attempt.id)).toEqual(settled);
    expect(settled.payments).toHaveLength(1);
    expect(await t.ctx.db.selectFrom('payment_allocations').select('amount_minor').where('document_id', '=', invoice.id).execute()).toEqual([{ amount_minor: 9_000 }]);
    expect(await t.ctx.db.selectFrom('documents').select(['status', 'balance_minor']).where('id', '=', invoice.id).executeTakeFirst()).toEqual({ status: 'paid', balance_minor: 0 });
  });

  it('records the payment when the gateway delivers again an event whose processing failed', async ({ t, staff, ip }) => {
    const { invoice, attempt, gatewayPaymentId } = await pendingDebit(t, staff, ip);
    // The other tests' events (this file shares its database) were delivered by hand: set them aside.
    await t.ctx.db.updateTable('test_gateway_events').set({ delivered_at: t.clock.now().toISOString() }).where('delivered_at', 'is', null).execute();
    await settle(t, gatewayPaymentId);
    // Processing breaks once (here: the attempt cannot be read), so Portico answers 5xx and the gateway retries later.
    const { plan } = await t.ctx.db.selectFrom('payment_attempts').select('plan').where('id', '=', attempt.id).executeTakeFirstOrThrow();
    await t.ctx.db.updateTable('payment_attempts').set({ plan: '{broken' }).where('id', '=', attempt.id).execute();
    expect(await deliverDueTestGatewayEvents(t.ctx)).toEqual({ delivered: 0, failed: 1 });
    await t.ctx.db.updateTable('payment_attempts').set({ plan }).where('id', '=', attempt.id).execute();
    expect((await recorded(t, attempt.id)).attempt.status).toBe('pending');

    t.clock.advance(10);
    expect(await deliverDueTestGatewayEvents(t.ctx)).toEqual({ delivered: 1, failed: 0 });
    const after = await recorded(t, attempt.id);
    expect(after.attempt.status).toBe('succeeded');
    expect(after.payments).toHaveLength(1);
    expect(await t.ctx.db.selectFrom('documents').select(['status', 'balance_minor']).where('id', '=', invoice.id).executeTakeFirst()).toEqual({ status: 'paid', balance_minor: 0 });
  });
});

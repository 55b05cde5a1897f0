import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { expect } from 'vitest';
import { WebhookRejected, type GatewayEvent } from '../gateway.ts';
import { runPeriodicTasks } from '../../jobs/periodic.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { bankAccount, card, customerOf, gatewayOf, paymentInput, tokenOf } from '../../test/test-gateway-builders.ts';
import type { TestApp } from '../../test/test-app.ts';
import { signWebhookPayload } from '../webhook-signature.ts';
import { testGatewayWebhookSecret } from './test-gateway-rules.ts';
import { testGatewayRoutes } from './test-gateway.routes.ts';
import { deliverDueTestGatewayEvents, setTestGatewayWebhookReceiver } from './test-gateway-webhooks.ts';

interface Received {
  payload: string;
  signature: string;
}

/** A stand-in for Portico's webhook route: records what it gets, answers the statuses it is given in turn (then 200). */
function fakeReceiver(t: TestApp, statuses: number[] = []) {
  const received: Received[] = [];
  setTestGatewayWebhookReceiver(t.ctx.db, async (payload, signature) => {
    received.push({ payload, signature });
    const status = statuses.shift() ?? 200;
    if (status === 0) throw new Error('connection refused (simulated)');
    return { statusCode: status };
  });
  return received;
}

const nowSeconds = (t: TestApp) => Math.floor(t.clock.now().getTime() / 1000);

describeOnEachDialect('test gateway webhooks', (it) => {
  it('delivers a settled bank debit as a signed event that parseWebhook verifies and maps', async ({ t, ip }) => {
    const received = fakeReceiver(t);
    const gateway = gatewayOf(t);
    const customer = await customerOf(gateway);
    const input = paymentInput(customer, { token: await tokenOf(t, bankAccount('000123456789'), ip) }, { amountMinor: 7_700, currency: 'USD' });
    const payment = await gateway.createPayment(input);
    await deliverDueTestGatewayEvents(t.ctx);
    expect(received).toEqual([]);
    await t.app.inject({ method: 'POST', url: `/test-gateway/v1/payments/${payment.id}/settle` });
    await deliverDueTestGatewayEvents(t.ctx);
    expect(received).toHaveLength(1);
    const { payload, signature } = received[0]!;
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const event: GatewayEvent = gateway.parseWebhook(payload, signature, nowSeconds(t));
    expect(event).toEqual({
      id: expect.stringMatching(/^evt_/),
      type: 'payment.updated',
      createdAt: t.clock.now().toISOString(),
      payment: { id: payment.id, status: 'succeeded', amountMinor: 7_700, currency: 'USD', failureCode: null, failureMessage: null, nextAction: null, method: null, reference: input.idempotencyKey },
      refund: null,
    });
    expect(JSON.parse(payload)).toMatchObject({ object: 'event', type: 'payment.succeeded' });
    // Delivered once: nothing more to send.
    await deliverDueTestGatewayEvents(t.ctx);
    expect(received).toHaveLength(1);
  });

  it('delivers a failed debit and completed refunds', async ({ t, ip }) => {
    const received = fakeReceiver(t);
    const gateway = gatewayOf(t, { settleAfterSeconds: 5 });
    const customer = await customerOf(gateway);
    const failing = await gateway.createPayment(paymentInput(customer, { token: await tokenOf(t, bankAccount('000111111116'), ip) }));
    t.clock.advance(6);
    await runPeriodicTasks(t.ctx);
    const card4242 = await gateway.createPayment(paymentInput(customer, { token: await tokenOf(t, card('4242424242424242'), ip) }));
    const refund = await gateway.refund({ idempotencyKey: randomUUID(), gatewayPaymentId: card4242.id, amountMinor: 1_000 });
    await runPeriodicTasks(t.ctx);
    const events = received.map(({ payload, signature }) => gateway.parseWebhook(payload, signature, nowSeconds(t)));
    expect(events.map((event) => event.type)).toEqual(['payment.updated', 'refund.updated']);
    expect(events[0]!.payment).toMatchObject({ id: failing.id, status: 'failed', failureCode: 'account_closed' });
    expect(events[1]!.refund).toEqual({ id: refund.id, status: 'succeeded', amountMinor: 1_000, failureMessage: null, gatewayPaymentId: card4242.id });
  });

  it('retries on a non-2xx answer or a throw, backing off, until the receiver takes it', async ({ t, ip }) => {
    const received = fakeReceiver(t, [500, 0, 404]);
    const gateway = gatewayOf(t);
    const customer = await customerOf(gateway);
    const payment = await gateway.createPayment(paymentInput(customer, { token: await tokenOf(t, bankAccount('000123456789'), ip) }));
    await t.app.inject({ method: 'POST', url: `/test-gateway/v1/payments/${payment.id}/settle` });
    expect(await deliverDueTestGatewayEvents(t.ctx)).toEqual({ delivered: 0, failed: 1 });
    const eventOf = () => t.ctx.db.selectFrom('test_gateway_events').selectAll().where('payload', 'like', `%${payment.id}%`).executeTakeFirstOrThrow();
    expect(await eventOf()).toMatchObject({ attempts: 1, last_status: 500, delivered_at: null });
    // Not again before its time: 10 s, then 20 s, then 40 s.
    await deliverDueTestGatewayEvents(t.ctx);
    expect(received).toHaveLength(1);
    t.clock.advance(10);
    expect(await deliverDueTestGatewayEvents(t.ctx)).toEqual({ delivered: 0, failed: 1 });
    expect(await eventOf()).toMatchObject({ attempts: 2, last_status: 0 });
    t.clock.advance(19);
    await deliverDueTestGatewayEvents(t.ctx);
    expect(received).toHaveLength(2);
    t.clock.advance(1);
    expect(await deliverDueTestGatewayEvents(t.ctx)).toEqual({ delivered: 0, failed: 1 });
    t.clock.advance(40);
    expect(await deliverDueTestGatewayEvents(t.ctx)).toEqual({ delivered: 1, failed: 0 });
    expect(received).toHaveLength(4);
    expect(new Set(received.map((delivery) => delivery.payload)).size).toBe(1);
    const last = received[3]!;
    expect(gateway.parseWebhook(last.payload, last.signature, nowSeconds(t)).payment?.status).toBe('succeeded');
    expect(await eventOf()).toMatchObject({ attempts: 4, last_status: 200, delivered_at: t.clock.now().toISOString() });
  });

  it('sends each due event once when deliveries run side by side', async ({ t, ip }) => {
    const received = fakeReceiver(t);
    const gateway = gatewayOf(t);
    const customer = await customerOf(gateway);
    for (let index = 0; index < 3; index++) {
      const payment = await gateway.createPayment(paymentInput(customer, { token: await tokenOf(t, bankAccount('000123456789'), ip) }));
      await t.app.inject({ method: 'POST', url: `/test-gateway/v1/payments/${payment.id}/settle` });
    }
    await Promise.all([deliverDueTestGatewayEvents(t.ctx), deliverDueTestGatewayEvents(t.ctx), deliverDueTestGatewayEvents(t.ctx)]);
    const ids = received.map((delivery) => JSON.parse(delivery.payload).id);
    expect(ids).toHaveLength(new Set(ids).size);
    expect(ids.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a forged, altered, unsigned or stale webhook, and a malformed body', async ({ t, ip }) => {
    const received = fakeReceiver(t);
    const gateway = gatewayOf(t);
    const customer = await customerOf(gateway);
    const payment = await gateway.createPayment(paymentInput(customer, { token: await tokenOf(t, bankAccount('000123456789'), ip) }));
    await t.app.inject({ method: 'POST', url: `/test-gateway/v1/payments/${payment.id}/settle` });
    await deliverDueTestGatewayEvents(t.ctx);
    const { payload, signature } = received[0]!;
    const now = nowSeconds(t);
    const reason = (body: string, header: string | undefined, at = now) => {
      try {
        gateway.parseWebhook(body, header, at);
        return 'accepted';
      } catch (error) {
        return error instanceof WebhookRejected ? error.reason : String(error);
      }
    };
    expect(reason(payload, signature)).toBe('accepted');
    expect(reason(payload, signature, now + 300)).toBe('accepted');
    expect(reason(payload, signature, now + 301)).toBe('timestamp_outside_tolerance');
    expect(reason(payload, signature, now - 301)).toBe('timestamp_outside_tolerance');
    expect(reason(payload.replace('"succeeded"', '"failed"'), signature)).toBe('no_signature_matches');
    expect(reason(payload, signWebhookPayload(payload, 'whsec_other', now))).toBe('no_signature_matches');
    expect(reason(payload, undefined)).toBe('malformed_header');
    expect(reason(payload, 'garbage')).toBe('malformed_header');
    const secret = testGatewayWebhookSecret(t.ctx.secret);
    expect(reason('not json', signWebhookPayload('not json', secret, now))).toBe('malformed_payload');
    expect(reason('{"id":"evt_1"}', signWebhookPayload('{"id":"evt_1"}', secret, now))).toBe('malformed_payload');
    const other = JSON.stringify({ ...JSON.parse(payload), type: 'customer.updated' });
    expect(gateway.parseWebhook(other, signWebhookPayload(other, secret, now), now).type).toBe('ignored');
  });

  it('posts to Portico’s own webhook route by default, retrying while it does not answer 2xx', async ({ t, ip }) => {
    setTestGatewayWebhookReceiver(t.ctx.db, undefined);
    const seen: { signature: string | undefined; body: unknown }[] = [];
    const portico = Fastify();
    portico.setValidatorCompiler(validatorCompiler);
    portico.setSerializerCompiler(serializerCompiler);
    portico.post('/webhooks/test-gateway', async (request, reply) => {
      seen.push({ signature: request.headers['test-gateway-signature'] as string | undefined, body: request.body });
      return reply.status(seen.length === 1 ? 503 : 200).send({ received: true });
    });
    await portico.register(testGatewayRoutes(t.ctx));
    await portico.ready();
    try {
      const gateway = gatewayOf(t);
      const customer = await customerOf(gateway);
      const payment = await gateway.createPayment(paymentInput(customer, { token: await tokenOf(t, bankAccount('000123456789'), ip) }));
      await portico.inject({ method: 'POST', url: `/test-gateway/v1/payments/${payment.id}/settle` });
      expect(await deliverDueTestGatewayEvents(t.ctx)).toEqual({ delivered: 0, failed: 1 });
      t.clock.advance(10);
      expect(await deliverDueTestGatewayEvents(t.ctx)).toEqual({ delivered: 1, failed: 0 });
      expect(seen).toHaveLength(2);
      expect(seen[1]!.signature).toMatch(/^t=\d+,v1=/);
      expect(seen[1]!.body).toMatchObject({ type: 'payment.succeeded', data: { object: { id: payment.id } } });
    } finally {
      setTestGatewayWebhookReceiver(t.ctx.db, undefined);
      await portico.close();
    }
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import type { FakeClock } from '../../lib/clock.ts';
import { encryptSecret } from '../../lib/tokens.ts';
import type { AttemptResponse, PaymentOptionsResponse, SavedMethodResponse } from '../../modules/online-payment/online-payment.schemas.ts';
import { documentOf, invoiceOf } from '../../test/billing-payment-builders.ts';
import type { SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { acceptedContact } from '../../test/portal-builders.ts';
import { startStripeStandIn, type StripeStandIn } from '../../test/stripe-stand-in.ts';
import type { TestApp } from '../../test/test-app.ts';
import type { GatewayProvider } from '../gateway.ts';
import { createGatewayProvider } from '../gateways.ts';

/**
 * The portal's payments with an organization that chose Stripe: the app's own gateway provider builds
 * the Stripe adapter from the stored keys, and the official client talks to the local stand-in.
 */
let standIn: StripeStandIn;
let clock: FakeClock | undefined;
// The Stripe choice only: this file's organizations never use the test gateway, so it needs no deps.
const gateways: GatewayProvider = {
  forChoice: (choice) =>
    createGatewayProvider(undefined as never, { stripeApi: { host: standIn.host, port: standIn.port, protocol: 'http', maxNetworkRetries: 0 } }).forChoice(choice),
};

beforeAll(async () => {
  // Stripe signs webhooks at its own time; here that is the app's fake clock, so the tolerance holds.
  standIn = await startStripeStandIn({ nowSeconds: () => Math.floor((clock?.now() ?? new Date()).getTime() / 1000) });
});
afterAll(async () => {
  await standIn.close();
});

async function stripeCustomer(t: TestApp, staff: SignedUpStaff) {
  clock = t.clock;
  await t.ctx.db
    .insertInto('payment_settings')
    .values({
      organization_id: staff.organization.id,
      gateway: 'stripe',
      card_enabled: 1,
      bank_enabled: 1,
      stripe_publishable_key: 'pk_test_standin',
      stripe_secret_key_encrypted: encryptSecret(t.ctx.secret, standIn.secretKey),
      stripe_webhook_secret_encrypted: encryptSecret(t.ctx.secret, standIn.webhookSecret),
      allow_partial_payments: 0,
      partial_payment_minimum_minor: 0,
      allow_money_on_account: 0,
      updated_at: t.clock.now().toISOString(),
    })
    .execute();
  const contact = await acceptedContact(t, staff);
  const pay = (body: Record<string, unknown>, key = randomUUID()) => contact.client.request('POST', `${contact.api}/payments`, body, { 'idempotency-key': key });
  return { ...contact, pay };
}

const intentsWithReference = (reference: string) =>
  [...standIn.state.intents.values()].filter((stored) => (stored.object.metadata as Record<string, unknown>).reference === reference);

describeOnEachDialect('portal payments through Stripe', { gateways, startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('pays an invoice with a card from Stripe Elements, once, and a replayed Stripe webhook changes nothing', async ({ t, staff }) => {
    const contact = await stripeCustomer(t, staff);
    const invoice = await invoiceOf(staff, contact.customerId, 12_000);
    const options = (await contact.client.get(`${contact.api}/payment-options`)).json<PaymentOptionsResponse>();
    expect(options).toMatchObject({ gateway: 'stripe', test_mode: false, publishable_key: 'pk_test_standin' });

    const key = randomUUID();
    const token = standIn.browserPaymentMethod('pm_card_visa');
    const paid = await contact.pay({ document_ids: [invoice.id], currency: invoice.currency, payment_method: { token } }, key);
    expect(paid.statusCode).toBe(201);
    const attempt = paid.json<AttemptResponse>();
    expect(attempt).toMatchObject({ status: 'succeeded', amount_minor: 12_000, method: { type: 'card', brand: 'visa', last4: '4242' } });
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ status: 'paid', balance_minor: 0 });
    expect((await contact.pay({ document_ids: [invoice.id], currency: invoice.currency, payment_method: { token } }, key)).json()).toEqual(attempt);
    const [intent] = intentsWithReference(attempt.id);
    expect(intentsWithReference(attempt.id)).toHaveLength(1);
    expect(intent?.object).toMatchObject({ amount: 12_000, currency: invoice.currency.toLowerCase(), status: 'succeeded', metadata: { organization_id: staff.organization.id } });

    const event = standIn.state.events.findLast((candidate) => candidate.type === 'payment_intent.succeeded' && (candidate.data as { object: { id: string } }).object.id === intent?.object.id);
    const delivery = standIn.signedDelivery(event ?? {});
    const deliver = (signature: string) => t.app.inject({ method: 'POST', url: '/webhooks/stripe', payload: delivery.body, headers: { 'content-type': 'application/json', 'stripe-signature': signature } });
    const first = await deliver(delivery.signature);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ received: true, duplicate: false });
    expect((await deliver(delivery.signature)).json()).toEqual({ received: true, duplicate: true });
    const forged = standIn.signedDelivery(event ?? {}, { secret: 'whsec_forged' });
    expect((await deliver(forged.signature)).statusCode).toBe(400);
    const payments = await staff.client.get(`/api/v1/payments?customer_id=${contact.customerId}`);
    expect(payments.json<{ data: unknown[] }>().data).toHaveLength(1);
  });

  it('saves the card at Stripe, pays the next invoice with it, updates its expiry and removes it', async ({ t, staff }) => {
    const contact = await stripeCustomer(t, staff);
    const first = await invoiceOf(staff, contact.customerId, 1_500);
    const token = standIn.browserPaymentMethod('pm_card_mastercard');
    const paid = await contact.pay({ document_ids: [first.id], currency: first.currency, payment_method: { token }, save_method: true });
    expect(paid.json()).toMatchObject({ status: 'succeeded' });
    const [saved] = (await contact.client.get(`${contact.api}/payment-methods`)).json<{ data: SavedMethodResponse[] }>().data;
    expect(saved).toMatchObject({ type: 'card', brand: 'mastercard', last4: '4444', exp_month: 12, exp_year: 2034 });
    expect(standIn.state.methods.get(token)?.object.customer).toMatch(/^cus_/);

    const second = await invoiceOf(staff, contact.customerId, 2_500);
    const again = await contact.pay({ document_ids: [second.id], currency: second.currency, payment_method: { saved_method_id: saved?.id } });
    expect(again.json()).toMatchObject({ status: 'succeeded' });
    const [intent] = intentsWithReference(again.json<AttemptResponse>().id);
    expect(intent?.object).toMatchObject({ payment_method: token, customer: standIn.state.methods.get(token)?.object.customer });

    const updated = await contact.client.request('PATCH', `${contact.api}/payment-methods/${saved?.id}`, { exp_month: 4, exp_year: 2030, billing_address: { line1: '1 Main St', country: 'us' } });
    expect(updated.statusCode).toBe(200);
    expect(standIn.state.methods.get(token)?.object).toMatchObject({ card: { exp_month: 4, exp_year: 2030 }, billing_details: { address: { line1: '1 Main St', country: 'US' } } });
    const removed = await contact.client.request('DELETE', `${contact.api}/payment-methods/${saved?.id}`);
    expect(removed.statusCode).toBeLessThan(300);
    expect(standIn.state.methods.get(token)?.object.customer).toBeNull();
  });

  it('shows Stripe\'s decline and charges nothing', async ({ t, staff }) => {
    const contact = await stripeCustomer(t, staff);
    const invoice = await invoiceOf(staff, contact.customerId, 3_000);
    const declined = await contact.pay({ document_ids: [invoice.id], currency: invoice.currency, payment_method: { token: standIn.browserPaymentMethod('pm_card_chargeDeclinedInsufficientFunds') } });
    expect(declined.statusCode).toBe(201);
    expect(declined.json()).toMatchObject({ status: 'failed', failure_code: 'insufficient_funds', failure_message: 'Your card has insufficient funds.', payment: null });
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ balance_minor: 3_000, status: 'sent' });
  });

  it('sends the customer through 3-D Secure and records the payment after the challenge', async ({ t, staff }) => {
    const contact = await stripeCustomer(t, staff);
    const invoice = await invoiceOf(staff, contact.customerId, 2_000);
    const token = standIn.browserPaymentMethod('pm_card_authenticationRequired');
    const challenged = (await contact.pay({ document_ids: [invoice.id], currency: invoice.currency, payment_method: { token } })).json<AttemptResponse>();
    expect(challenged).toMatchObject({ status: 'requires_action', next_action: { type: 'redirect', url: expect.stringContaining(`127.0.0.1:${standIn.port}/stand-in/authenticate/pi_`) } });
    const intentId = intentsWithReference(challenged.id)[0]?.object.id as string;
    standIn.authenticate(intentId, 'approve');
    const confirmed = await contact.client.post(`${contact.api}/payment-attempts/${challenged.id}/confirm`);
    expect(confirmed.json()).toMatchObject({ status: 'succeeded', payment: { number: expect.stringMatching(/^PAY-/) } });
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ status: 'paid' });
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStripeStandIn, type StripeStandIn } from '../../test/stripe-stand-in.ts';
import { GatewayUnavailable, type CreatePaymentInput, type PaymentGateway } from '../gateway.ts';
import { createStripeGateway } from './stripe-gateway.ts';

let standIn: StripeStandIn;
let gateway: PaymentGateway;
let customerId: string;

beforeAll(async () => {
  standIn = await startStripeStandIn();
  gateway = createStripeGateway(standIn.gatewayOptions);
  customerId = await gateway.createCustomer({ idempotencyKey: randomUUID(), name: 'Acme Ltd', email: 'pay@acme.test', metadata: { portico_customer_id: 'c1' } });
});

afterAll(async () => {
  await standIn.close();
});

function payment(overrides: Partial<CreatePaymentInput> & { token?: string } = {}): CreatePaymentInput {
  const { token, ...rest } = overrides;
  return {
    idempotencyKey: randomUUID(),
    amountMinor: 1250,
    currency: 'USD',
    gatewayCustomerId: customerId,
    source: { token: token ?? standIn.browserPaymentMethod('pm_card_visa') },
    saveMethod: false,
    description: 'Invoice INV-000001',
    returnUrl: 'http://portal.test/acme/pay/return',
    metadata: { organization_id: 'org1' },
    ...rest,
  };
}

const intentAt = (id: string) => standIn.state.intent(id).object;
const intentsWithReference = (reference: string) =>
  [...standIn.state.intents.values()].filter((stored) => (stored.object.metadata as Record<string, unknown>).reference === reference);

describe('the Stripe gateway against the stand-in, through the official client', () => {
  it('creates a customer once per idempotency key', async () => {
    const idempotencyKey = randomUUID();
    const first = await gateway.createCustomer({ idempotencyKey, name: 'Beta GmbH', email: null, metadata: {} });
    const again = await gateway.createCustomer({ idempotencyKey, name: 'Beta GmbH', email: null, metadata: {} });
    expect(first).toMatch(/^cus_/);
    expect(again).toBe(first);
    expect([...standIn.state.customers.values()].filter((customer) => customer.name === 'Beta GmbH')).toHaveLength(1);
  });

  it('charges a card from the browser and passes amount, lower-case currency, reference and description', async () => {
    const input = payment();
    const result = await gateway.createPayment(input);
    expect(result).toMatchObject({ status: 'succeeded', amountMinor: 1250, currency: 'USD', failureCode: null, nextAction: null, method: null, reference: input.idempotencyKey });
    expect(result.id).toMatch(/^pi_/);
    const intent = intentAt(result.id);
    expect(intent).toMatchObject({
      currency: 'usd', customer: customerId, description: 'Invoice INV-000001', setup_future_usage: null,
      metadata: { organization_id: 'org1', reference: input.idempotencyKey }, allowed_payment_method_types: ['card'],
    });
    expect(standIn.requests.find((request) => request.path === '/v1/payment_intents' && request.idempotencyKey === input.idempotencyKey)).toBeDefined();
  });

  it('saves the card to the customer when asked, and answers it', async () => {
    const result = await gateway.createPayment(payment({ saveMethod: true }));
    expect(result.status).toBe('succeeded');
    expect(result.method).toMatchObject({ type: 'card', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2034 });
    expect(intentAt(result.id).setup_future_usage).toBe('off_session');
    expect(standIn.state.methods.get(result.method?.id ?? '')?.object.customer).toBe(customerId);
  });

  it.each([
    ['pm_card_chargeDeclined', 'card_declined', 'Your card was declined.'],
    ['pm_card_chargeDeclinedInsufficientFunds', 'insufficient_funds', 'Your card has insufficient funds.'],
    ['pm_card_chargeDeclinedExpiredCard', 'expired_card', 'Your card has expired.'],
  ])('answers a decline of %s as failed with Stripe\'s reason, nothing charged', async (testId, code, message) => {
    const input = payment({ token: testId });
    const result = await gateway.createPayment(input);
    expect(result).toMatchObject({ status: 'failed', failureCode: code, failureMessage: message, amountMinor: 1250, reference: input.idempotencyKey });
    expect(result.id).toMatch(/^pi_/);
    expect(intentAt(result.id)).toMatchObject({ status: 'requires_payment_method', amount_received: 0 });
  });

  it('answers a method Stripe does not know as failed without a payment', async () => {
    const result = await gateway.createPayment(payment({ token: 'pm_doesNotExist' }));
    expect(result).toMatchObject({ id: '', status: 'failed', failureCode: 'resource_missing' });
  });

  it('goes through 3-D Secure: requires_action, the challenge approved, then succeeded', async () => {
    const input = payment({ token: 'pm_card_authenticationRequired' });
    const created = await gateway.createPayment(input);
    expect(created.status).toBe('requires_action');
    expect(created.nextAction).toEqual({ type: 'redirect', url: `http://127.0.0.1:${standIn.port}/stand-in/authenticate/${created.id}` });
    expect((await gateway.confirmPayment(created.id)).status).toBe('requires_action');

    const page = await fetch(created.nextAction?.url ?? '');
    expect(await page.text()).toContain('href="?result=approve"');
    const challenge = await fetch(`${created.nextAction?.url ?? ''}?result=approve`, { redirect: 'manual' });
    expect(challenge.status).toBe(302);
    expect(challenge.headers.get('location')).toBe(`${input.returnUrl}?payment_intent=${created.id}`);

    const confirmed = await gateway.confirmPayment(created.id);
    expect(confirmed).toMatchObject({ id: created.id, status: 'succeeded', nextAction: null, reference: input.idempotencyKey });
  });

  it('fails a payment whose challenge failed, and cancels an abandoned one', async () => {
    const failedAuth = await gateway.createPayment(payment({ token: 'pm_card_authenticationRequired' }));
    standIn.authenticate(failedAuth.id, 'fail');
    expect(await gateway.confirmPayment(failedAuth.id)).toMatchObject({ status: 'failed', failureCode: 'payment_intent_authentication_failure' });

    const abandoned = await gateway.createPayment(payment({ token: 'pm_card_authenticationRequired' }));
    expect(await gateway.cancelPayment(abandoned.id)).toMatchObject({ status: 'canceled', failureCode: null });
    // Cancelling again, or cancelling a payment that went through, answers the payment as it is.
    expect((await gateway.cancelPayment(abandoned.id)).status).toBe('canceled');
    const paid = await gateway.createPayment(payment());
    expect((await gateway.cancelPayment(paid.id)).status).toBe('succeeded');
  });

  it('keeps a bank debit processing until Stripe settles it', async () => {
    const input = payment({ token: standIn.browserPaymentMethod('pm_usBankAccount'), saveMethod: true, customerAcceptance: { ipAddress: '203.0.113.7', userAgent: 'Mozilla/5.0' } });
    const result = await gateway.createPayment(input);
    expect(result).toMatchObject({ status: 'processing', method: { type: 'bank_account', brand: 'bank', last4: '6789', expMonth: null } });
    expect(intentAt(result.id).allowed_payment_method_types).toEqual(['us_bank_account']);
    standIn.settle(result.id, 'succeeded');
    expect((await gateway.retrievePayment(result.id)).status).toBe('succeeded');

    const bounced = await gateway.createPayment({ ...input, idempotencyKey: randomUUID(), source: { token: 'pm_usBankAccount' } });
    standIn.settle(bounced.id, 'failed');
    expect(await gateway.retrievePayment(bounced.id)).toMatchObject({ status: 'failed', failureCode: 'account_closed' });
  });

  it('refuses a bank debit without the customer\'s mandate', async () => {
    const result = await gateway.createPayment(payment({ token: 'pm_usBankAccount' }));
    expect(result).toMatchObject({ status: 'failed', failureCode: 'parameter_missing' });
  });

  it('replays the same idempotency key: one PaymentIntent at Stripe', async () => {
    const input = payment();
    const first = await gateway.createPayment(input);
    const again = await gateway.createPayment(input);
    expect(again).toEqual(first);
    expect(intentsWithReference(input.idempotencyKey)).toHaveLength(1);
    const creates = standIn.requests.filter((request) => request.path === '/v1/payment_intents' && request.idempotencyKey === input.idempotencyKey);
    expect(creates.map((request) => request.replayed)).toEqual([false, true]);

    const declined = payment({ token: 'pm_card_chargeDeclined' });
    expect((await gateway.createPayment(declined)).status).toBe('failed');
    expect((await gateway.createPayment(declined)).status).toBe('failed');
    expect(intentsWithReference(declined.idempotencyKey)).toHaveLength(1);
  });

  it('retries a 5xx with the same key and charges once', async () => {
    const retrying = createStripeGateway({ ...standIn.gatewayOptions, maxNetworkRetries: 1 });
    const input = payment();
    standIn.failNext(1, 503, '/v1/payment_intents');
    expect((await retrying.createPayment(input)).status).toBe('succeeded');
    const creates = standIn.requests.filter((request) => request.path === '/v1/payment_intents' && request.idempotencyKey === input.idempotencyKey);
    expect(creates.map((request) => request.status)).toEqual([503, 200]);
    expect(intentsWithReference(input.idempotencyKey)).toHaveLength(1);
  });

  it('treats the same key with other parameters as a gateway problem, never a second charge', async () => {
    const input = payment();
    await gateway.createPayment(input);
    await expect(gateway.createPayment({ ...input, amountMinor: 9999 })).rejects.toBeInstanceOf(GatewayUnavailable);
    expect(intentsWithReference(input.idempotencyKey)).toHaveLength(1);
  });

  it('finds a payment by its reference, and null for one Stripe never got', async () => {
    const input = payment();
    const created = await gateway.createPayment(input);
    expect(await gateway.findPaymentByReference(input.idempotencyKey)).toMatchObject({ id: created.id, status: 'succeeded', reference: input.idempotencyKey });
    expect(await gateway.findPaymentByReference(randomUUID())).toBeNull();
  });

  it('finds a payment made moments ago, before Stripe\'s search index has it', async () => {
    const input = payment();
    const created = await gateway.createPayment(input);
    standIn.searchLags = true;
    try {
      expect(await gateway.findPaymentByReference(input.idempotencyKey)).toMatchObject({ id: created.id, reference: input.idempotencyKey });
      expect(await gateway.findPaymentByReference(randomUUID())).toBeNull();
    } finally {
      standIn.searchLags = false;
    }
  });

  it('refunds partially, refuses more than is left, and replays a refund by its key', async () => {
    const paid = await gateway.createPayment(payment({ amountMinor: 1000 }));
    const refundKey = randomUUID();
    const partial = await gateway.refund({ idempotencyKey: refundKey, gatewayPaymentId: paid.id, amountMinor: 400 });
    expect(partial).toMatchObject({ status: 'succeeded', amountMinor: 400, failureMessage: null });
    expect(partial.id).toMatch(/^re_/);
    expect(await gateway.refund({ idempotencyKey: refundKey, gatewayPaymentId: paid.id, amountMinor: 400 })).toEqual(partial);

    const tooMuch = await gateway.refund({ idempotencyKey: randomUUID(), gatewayPaymentId: paid.id, amountMinor: 700 });
    expect(tooMuch).toMatchObject({ id: '', status: 'failed', amountMinor: 700 });
    expect(tooMuch.failureMessage).toMatch(/greater than unrefunded amount/);

    expect((await gateway.refund({ idempotencyKey: randomUUID(), gatewayPaymentId: paid.id, amountMinor: 600 })).status).toBe('succeeded');
    expect((await gateway.refund({ idempotencyKey: randomUUID(), gatewayPaymentId: paid.id, amountMinor: 1 })).status).toBe('failed');
    expect(standIn.state.intent(paid.id).amountRefunded).toBe(1000);
  });

  it('answers a bank refund as pending', async () => {
    const paid = await gateway.createPayment(payment({ token: 'pm_usBankAccount', customerAcceptance: { ipAddress: '203.0.113.7', userAgent: 'Mozilla/5.0' } }));
    standIn.settle(paid.id, 'succeeded');
    expect((await gateway.refund({ idempotencyKey: randomUUID(), gatewayPaymentId: paid.id, amountMinor: 500 })).status).toBe('pending');
  });

  it('saves, updates and removes a method, and charges a saved one', async () => {
    const token = standIn.browserPaymentMethod('pm_card_mastercard');
    expect(await gateway.describeToken(token)).toMatchObject({ id: token, type: 'card', brand: 'mastercard', last4: '4444' });
    const saved = await gateway.saveMethod({ gatewayCustomerId: customerId, token });
    expect(saved).toMatchObject({ id: token, type: 'card', brand: 'mastercard', last4: '4444', expMonth: 12, expYear: 2034 });
    expect(standIn.state.methods.get(token)?.object.customer).toBe(customerId);

    const updated = await gateway.updateMethod(saved.id, { expMonth: 3, expYear: 2031, billingAddress: { line1: '1 Main St', city: 'Springfield', postal_code: '12345', country: 'US', line2: null } });
    expect(updated).toMatchObject({ expMonth: 3, expYear: 2031 });
    expect(standIn.state.methods.get(token)?.object.billing_details).toMatchObject({ address: { line1: '1 Main St', city: 'Springfield', line2: null, country: 'US' } });

    const charged = await gateway.createPayment(payment({ source: { methodId: saved.id } }));
    expect(charged.status).toBe('succeeded');
    expect(intentAt(charged.id).payment_method).toBe(saved.id);

    await gateway.removeMethod(saved.id);
    expect(standIn.state.methods.get(token)?.object.customer).toBeNull();
    // Removing it again is not an error: it is gone either way.
    await gateway.removeMethod(saved.id);
    await gateway.removeMethod('pm_neverExisted');
  });

  it('saves a card through a SetupIntent, and keeps none the bank declines or that needs authentication first', async () => {
    const setups = () => standIn.requests.filter((request) => request.path === '/v1/setup_intents' && request.status === 200).length;
    const before = setups();
    const token = standIn.browserPaymentMethod('pm_card_visa');
    await gateway.saveMethod({ gatewayCustomerId: customerId, token });
    expect(setups()).toBe(before + 1);
    const declined = standIn.browserPaymentMethod('pm_card_chargeDeclined');
    await expect(gateway.saveMethod({ gatewayCustomerId: customerId, token: declined })).rejects.toMatchObject({ code: 'PAYMENT_METHOD_UNAVAILABLE', message: expect.stringContaining('Your card was declined.') });
    expect(standIn.state.methods.get(declined)?.object.customer ?? null).toBeNull();
    const challenged = standIn.browserPaymentMethod('pm_card_authenticationRequired');
    await expect(gateway.saveMethod({ gatewayCustomerId: customerId, token: challenged })).rejects.toMatchObject({ code: 'PAYMENT_METHOD_UNAVAILABLE' });
  });

  it('saves a test method as a new method, as Stripe does', async () => {
    const saved = await gateway.saveMethod({ gatewayCustomerId: customerId, token: 'pm_card_visa' });
    expect(saved.id).toMatch(/^pm_/);
    expect(saved.id).not.toBe('pm_card_visa');
  });

  it('answers a wrong secret key as GatewayUnavailable naming the key problem', async () => {
    const wrong = createStripeGateway({ ...standIn.gatewayOptions, secretKey: 'sk_test_wrong0000000000000000' });
    const error = await wrong.retrievePayment('pi_x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GatewayUnavailable);
    expect((error as Error).message).toMatch(/Invalid API Key provided: sk_test_\*+0000/);
    await expect(wrong.createPayment(payment())).rejects.toBeInstanceOf(GatewayUnavailable);
  });

  it('answers a 5xx as GatewayUnavailable', async () => {
    standIn.failNext(1, 500);
    await expect(gateway.createCustomer({ idempotencyKey: randomUUID(), name: 'X', email: null, metadata: {} })).rejects.toBeInstanceOf(GatewayUnavailable);
  });

  it('answers Stripe being unreachable as GatewayUnavailable', async () => {
    const down = await startStripeStandIn();
    const unreachable = createStripeGateway({ ...down.gatewayOptions, timeoutMs: 2000 });
    await down.close();
    await expect(unreachable.createPayment(payment({ token: 'pm_card_visa' }))).rejects.toBeInstanceOf(GatewayUnavailable);
    await expect(unreachable.findPaymentByReference('r')).rejects.toBeInstanceOf(GatewayUnavailable);
  });
});

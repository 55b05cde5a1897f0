import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { AppError } from '../../lib/app-error.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { runTestGatewayTasks } from './test-gateway-webhooks.ts';
import { allTestGatewayRows, bankAccount, card, customerOf, gatewayOf, paymentInput, tokenOf } from '../../test/test-gateway-builders.ts';

const errorCodeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
  return 'no error';
};

describeOnEachDialect('test gateway payments', (it) => {
  it('charges each test card with its documented outcome and words', async ({ t, ip }) => {
    const gateway = gatewayOf(t);
    const customer = await customerOf(gateway);
    const cases = [
      ['4242424242424242', 'succeeded', null, null],
      ['5555555555554444', 'succeeded', null, null],
      ['4000000000000002', 'failed', 'card_declined', 'Your card was declined.'],
      ['4000000000009995', 'failed', 'insufficient_funds', 'Your card has insufficient funds.'],
      ['4000000000000069', 'failed', 'expired_card', 'Your card has expired.'],
      ['4000000000009979', 'failed', 'stolen_card', 'Your card was declined.'],
      ['4111111111111111', 'failed', 'card_declined', expect.stringContaining('Your card was declined.')],
    ] as const;
    for (const [number, status, failureCode, failureMessage] of cases) {
      const input = paymentInput(customer, { token: await tokenOf(t, card(number), ip) });
      const payment = await gateway.createPayment(input);
      expect(payment, number).toEqual({
        id: expect.stringMatching(/^pi_/),
        status,
        amountMinor: 2_500,
        currency: 'EUR',
        failureCode,
        failureMessage,
        nextAction: null,
        method: null,
        reference: input.idempotencyKey,
      });
      expect(await gateway.retrievePayment(payment.id)).toEqual(payment);
      expect(await gateway.findPaymentByReference(input.idempotencyKey)).toEqual(payment);
    }
    const stolen = await t.ctx.db.selectFrom('test_gateway_payments').select(['failure_code', 'decline_code']).where('last4', '=', '9979').where('customer_id', '=', customer).executeTakeFirstOrThrow();
    expect(stolen).toEqual({ failure_code: 'stolen_card', decline_code: 'stolen_card' });
    expect(await gateway.findPaymentByReference(randomUUID())).toBeNull();
    const stored = await allTestGatewayRows(t.ctx.db);
    for (const [number] of cases) expect(stored).not.toContain(number);
  });

  it('answers the first payment to 20 concurrent calls with one key, and charges once', async ({ t, ip }) => {
    const gateway = gatewayOf(t);
    const customer = await customerOf(gateway);
    const input = paymentInput(customer, { token: await tokenOf(t, card('4242424242424242'), ip) });
    const answers = await Promise.all(Array.from({ length: 20 }, () => gateway.createPayment(input)));
    expect(new Set(answers.map((answer) => answer.id)).size).toBe(1);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]!.status).toBe('succeeded');
    const rows = await t.ctx.db.selectFrom('test_gateway_payments').select('id').where('idempotency_key', '=', input.idempotencyKey).execute();
    expect(rows).toHaveLength(1);
    expect(await gateway.createPayment(input)).toEqual(answers[0]);
  });

  it('uses a token once: another payment with it fails, saved to a customer it is charged again and again', async ({ t, ip }) => {
    const gateway = gatewayOf(t);
    const customer = await customerOf(gateway);
    const token = await tokenOf(t, card('4242424242424242'), ip);
    expect((await gateway.createPayment(paymentInput(customer, { token }))).status).toBe('succeeded');
    const again = await gateway.createPayment(paymentInput(customer, { token }));
    expect(again).toMatchObject({ status: 'failed', failureCode: 'token_already_used' });
    const unknown = await gateway.createPayment(paymentInput(customer, { token: 'tok_unknown' }));
    expect(unknown).toMatchObject({ status: 'failed', failureCode: 'payment_method_unavailable' });

    const saved = await gateway.createPayment(paymentInput(customer, { token: await tokenOf(t, card('5555555555554444'), ip) }, { saveMethod: true }));
    expect(saved.status).toBe('succeeded');
    expect(saved.method).toEqual({ id: expect.stringMatching(/^pm_/), type: 'card', brand: 'mastercard', last4: '4444', expMonth: 12, expYear: expect.any(Number), holderName: null });
    const methodId = saved.method!.id;
    for (let index = 0; index < 2; index++) {
      const next = await gateway.createPayment(paymentInput(customer, { methodId }));
      expect(next).toMatchObject({ status: 'succeeded', method: { id: methodId } });
    }
    const other = await customerOf(gateway);
    expect(await gateway.createPayment(paymentInput(other, { methodId }))).toMatchObject({ status: 'failed', failureCode: 'payment_method_unavailable' });
  });

  it('saves, updates and removes methods without charging', async ({ t, ip }) => {
    const gateway = gatewayOf(t);
    const customer = await customerOf(gateway);
    const token = await tokenOf(t, card('4242424242424242'), ip);
    expect(await gateway.describeToken(token)).toMatchObject({ id: token, type: 'card', brand: 'visa', last4: '4242' });
    const method = await gateway.saveMethod({ gatewayCustomerId: customer, token });
    expect(method).toMatchObject({ id: expect.stringMatching(/^pm_/), type: 'card', brand: 'visa', last4: '4242' });
    expect(await errorCodeOf(gateway.saveMethod({ gatewayCustomerId: customer, token }))).toBe('PAYMENT_METHOD_UNAVAILABLE');
    expect(await errorCodeOf(gateway.saveMethod({ gatewayCustomerId: customer, token: await tokenOf(t, card('4000000000000002'), ip) }))).toBe('PAYMENT_METHOD_UNAVAILABLE');
    expect(await t.ctx.db.selectFrom('test_gateway_payments').select('id').where('customer_id', '=', customer).execute()).toEqual([]);

    const year = new Date().getUTCFullYear() + 5;
    expect(await gateway.updateMethod(method.id, { expMonth: 3, expYear: year, billingAddress: { line1: '1 Main St', postal_code: '10001' } })).toMatchObject({ expMonth: 3, expYear: year });
    const row = await t.ctx.db.selectFrom('test_gateway_methods').selectAll().where('id', '=', method.id).executeTakeFirstOrThrow();
    expect(JSON.parse(row.billing_address!)).toEqual({ line1: '1 Main St', postal_code: '10001' });
    expect(await errorCodeOf(gateway.updateMethod(method.id, { expMonth: 13 }))).toBe('VALIDATION_FAILED');

    // A saved card past its expiry is declined as expired.
    await gateway.updateMethod(method.id, { expMonth: 1, expYear: 2020 });
    expect(await gateway.createPayment(paymentInput(customer, { methodId: method.id }))).toMatchObject({ status: 'failed', failureCode: 'expired_card' });

    await gateway.removeMethod(method.id);
    await gateway.removeMethod(method.id);
    expect(await gateway.createPayment(paymentInput(customer, { methodId: method.id }))).toMatchObject({ status: 'failed', failureCode: 'payment_method_unavailable' });
    expect(await errorCodeOf(gateway.updateMethod(method.id, { expMonth: 2 }))).toBe('NOT_FOUND');
    expect(await errorCodeOf(gateway.removeMethod('pm_unknown'))).toBe('NOT_FOUND');
  });

  it('creates a customer once per idempotency key', async ({ t }) => {
    const gateway = gatewayOf(t);
    const key = randomUUID();
    const input = { idempotencyKey: key, name: 'Acme', email: null, metadata: { customer: 'c1' } };
    const ids = await Promise.all(Array.from({ length: 5 }, () => gateway.createCustomer(input)));
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^cus_/);
  });

  it('refunds in parts, never more than charged less refunded, and idempotently', async ({ t, ip }) => {
    const gateway = gatewayOf(t);
    const customer = await customerOf(gateway);
    const payment = await gateway.createPayment(paymentInput(customer, { token: await tokenOf(t, card('4242424242424242'), ip) }, { amountMinor: 10_000 }));
    const first = { idempotencyKey: randomUUID(), gatewayPaymentId: payment.id, amountMinor: 4_000 };
    const refunds = await Promise.all(Array.from({ length: 10 }, () => gateway.refund(first)));
    expect(new Set(refunds.map((refund) => refund.id)).size).toBe(1);
    expect(refunds[0]).toEqual({ id: expect.stringMatching(/^re_/), status: 'succeeded', amountMinor: 4_000, failureMessage: null });
    expect(await errorCodeOf(gateway.refund({ idempotencyKey: randomUUID(), gatewayPaymentId: payment.id, amountMinor: 6_001 }))).toBe('REFUND_EXCEEDS_PAYMENT');
    // Concurrent refunds with their own keys: only what is left is given back.
    const racing = await Promise.allSettled(Array.from({ length: 4 }, () => gateway.refund({ idempotencyKey: randomUUID(), gatewayPaymentId: payment.id, amountMinor: 2_000 })));
    expect(racing.filter((result) => result.status === 'fulfilled')).toHaveLength(3);
    const row = await t.ctx.db.selectFrom('test_gateway_payments').select('refunded_minor').where('id', '=', payment.id).executeTakeFirstOrThrow();
    expect(Number(row.refunded_minor)).toBe(10_000);
    expect(await errorCodeOf(gateway.refund({ idempotencyKey: randomUUID(), gatewayPaymentId: payment.id, amountMinor: 1 }))).toBe('REFUND_EXCEEDS_PAYMENT');
    expect(await gateway.refund(first)).toEqual(refunds[0]);

    const declined = await gateway.createPayment(paymentInput(customer, { token: await tokenOf(t, card('4000000000000002'), ip) }));
    expect(await errorCodeOf(gateway.refund({ idempotencyKey: randomUUID(), gatewayPaymentId: declined.id, amountMinor: 100 }))).toBe('STATE_CONFLICT');
    expect(await errorCodeOf(gateway.refund({ idempotencyKey: randomUUID(), gatewayPaymentId: 'pi_unknown', amountMinor: 100 }))).toBe('NOT_FOUND');
    expect(await errorCodeOf(gateway.refund({ idempotencyKey: randomUUID(), gatewayPaymentId: payment.id, amountMinor: 0 }))).toBe('VALIDATION_FAILED');
  });

  it('keeps a bank debit processing until it settles or fails, later or at once', async ({ t, ip, clock }) => {
    const gateway = gatewayOf(t, { settleAfterSeconds: 30 });
    const customer = await customerOf(gateway);
    const settles = await gateway.createPayment(paymentInput(customer, { token: await tokenOf(t, bankAccount('000123456789'), ip) }));
    const fails = await gateway.createPayment(paymentInput(customer, { token: await tokenOf(t, bankAccount('000111111116'), ip) }));
    expect(settles).toMatchObject({ status: 'processing', failureCode: null });
    expect(fails).toMatchObject({ status: 'processing', failureCode: null });
    await runTestGatewayTasks(t.ctx);
    expect((await gateway.retrievePayment(settles.id)).status).toBe('processing');
    clock.advance(31);
    await runTestGatewayTasks(t.ctx);
    expect((await gateway.retrievePayment(settles.id)).status).toBe('succeeded');
    expect(await gateway.retrievePayment(fails.id)).toMatchObject({ status: 'failed', failureCode: 'account_closed', failureMessage: 'The bank account has been closed.' });

    // The test-mode controls settle or fail at once, once.
    const now = await gateway.createPayment(paymentInput(customer, { token: await tokenOf(t, bankAccount('000123456789'), ip) }));
    const settled = await t.app.inject({ method: 'POST', url: `/test-gateway/v1/payments/${now.id}/settle` });
    expect(settled.statusCode).toBe(200);
    expect(settled.json()).toMatchObject({ id: now.id, status: 'succeeded' });
    expect((await t.app.inject({ method: 'POST', url: `/test-gateway/v1/payments/${now.id}/settle` })).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'POST', url: `/test-gateway/v1/payments/${now.id}/fail` })).statusCode).toBe(409);
    const forced = await gateway.createPayment(paymentInput(customer, { token: await tokenOf(t, bankAccount('000123456789'), ip) }));
    const failed = await t.app.inject({ method: 'POST', url: `/test-gateway/v1/payments/${forced.id}/fail` });
    expect(failed.json()).toMatchObject({ status: 'failed', failure_code: 'account_closed' });
    expect((await t.app.inject({ method: 'POST', url: '/test-gateway/v1/payments/pi_unknown/settle' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/test-gateway/v1/payments/${forced.id}` })).json()).toMatchObject({ id: forced.id, status: 'failed' });

    // A bank refund is pending until it settles.
    const refund = await gateway.refund({ idempotencyKey: randomUUID(), gatewayPaymentId: settles.id, amountMinor: 1_000 });
    expect(refund.status).toBe('pending');
    const completed = await t.app.inject({ method: 'POST', url: `/test-gateway/v1/refunds/${refund.id}/settle` });
    expect(completed.json()).toMatchObject({ id: refund.id, status: 'succeeded' });
    expect((await t.app.inject({ method: 'POST', url: `/test-gateway/v1/refunds/${refund.id}/settle` })).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'POST', url: '/test-gateway/v1/refunds/re_unknown/settle' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/test-gateway/v1/payments/pi_unknown' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/test-gateway/v1/payments/${'x'.repeat(65)}/settle` })).statusCode).toBe(400);
    const stored = await allTestGatewayRows(t.ctx.db);
    expect(stored).not.toContain('000123456789');
    expect(stored).not.toContain('000111111116');
  });
});

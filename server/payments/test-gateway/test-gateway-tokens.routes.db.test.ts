import { expect } from 'vitest';
import { testCards } from '../test-gateway-cards.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { allTestGatewayRows, bankAccount, card, futureYear, postToken } from '../../test/test-gateway-builders.ts';

const numbersTried = [...testCards.map((test) => test.number), '4111111111111111', '000123456789', '000111111116'];

describeOnEachDialect('test gateway tokens', (it) => {
  it('turns each test card into a token with its brand, last 4 and expiry, and no number anywhere', async ({ t, ip }) => {
    for (const test of testCards) {
      const spaced = test.number.replace(/(\d{4})(?=\d)/g, '$1 ');
      const response = await postToken(t, card(spaced, { cvc: test.brand === 'amex' ? '1234' : '123' }), ip);
      expect(response.statusCode, test.number).toBe(201);
      const token = response.json();
      expect(token).toEqual({ id: expect.stringMatching(/^tok_/), type: 'card', brand: test.brand, last4: test.number.slice(-4), exp_month: 12, exp_year: futureYear });
      expect(response.body).not.toContain(test.number);
    }
    const stored = await allTestGatewayRows(t.ctx.db);
    for (const number of numbersTried) expect(stored).not.toContain(number);
  });

  it('keeps the outcome the number stands for, never the number', async ({ t, ip }) => {
    const response = await postToken(t, card('4000 0000 0000 9995'), ip);
    const row = await t.ctx.db.selectFrom('test_gateway_tokens').selectAll().where('id', '=', response.json().id).executeTakeFirstOrThrow();
    expect(JSON.parse(row.outcome)).toEqual({ kind: 'declined', code: 'card_declined', decline_code: 'insufficient_funds' });
    expect(row).toMatchObject({ type: 'card', brand: 'visa', last4: '9995', used_at: null });
  });

  it('accepts a two-digit expiry year as this century’s', async ({ t, ip }) => {
    const response = await postToken(t, card('4242424242424242', { exp_year: futureYear - 2000 }), ip);
    expect(response.statusCode).toBe(201);
    expect(response.json().exp_year).toBe(futureYear);
  });

  it('turns the test bank accounts into tokens; an unknown routing number is a 400', async ({ t, ip }) => {
    for (const account of ['000123456789', '000111111116', '000999999991']) {
      const response = await postToken(t, bankAccount(account), ip);
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({ id: expect.stringMatching(/^tok_/), type: 'bank_account', brand: 'bank', last4: account.slice(-4), exp_month: null, exp_year: null });
    }
    const unknown = await postToken(t, bankAccount('000123456789', '021000021'), ip);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([expect.objectContaining({ field: 'bank_account.routing_number', code: 'unknown_reference' })]);
    const short = await postToken(t, bankAccount('000123456789', '1100'), ip);
    expect(short.json().error.details[0].field).toBe('bank_account.routing_number');
    const letters = await postToken(t, bankAccount('00012345678x'), ip);
    expect(letters.json().error.details[0].field).toBe('bank_account.account_number');
    expect(letters.body).not.toContain('00012345678x');
    const stored = await allTestGatewayRows(t.ctx.db);
    for (const number of ['000123456789', '000111111116', '000999999991']) expect(stored).not.toContain(number);
  });

  it('refuses bad numbers, expiries and CVCs naming the field, never repeating the number', async ({ t, ip }) => {
    const thisYear = new Date().getUTCFullYear();
    const thisMonth = new Date().getUTCMonth() + 1;
    const cases: [unknown, string][] = [
      [card('4242424242424241'), 'card.number'],
      [card('4242 4242 42'), 'card.number'],
      [card('4242-abcd-4242-4242'), 'card.number'],
      [card('42424242424242424242424'), 'card.number'],
      [card(''), 'card.number'],
      [card('4242424242424242', { exp_month: 13 }), 'card.exp_month'],
      [card('4242424242424242', { exp_month: 0 }), 'card.exp_month'],
      [card('4242424242424242', { exp_year: thisYear - 1 }), 'card.exp_year'],
      [card('4242424242424242', { exp_year: thisYear + 60 }), 'card.exp_year'],
      [card('4242424242424242', { exp_month: '12' }), 'card.exp_month'],
      [card('4242424242424242', { cvc: '12' }), 'card.cvc'],
      [card('4242424242424242', { cvc: '12a' }), 'card.cvc'],
      [card('4242424242424242', { cvc: '1234' }), 'card.cvc'],
      [card('378282246310005', { cvc: '123' }), 'card.cvc'],
      [card('4242424242424242', { holder: 'x' }), 'card.holder'],
      [{ card: { number: '4242424242424242', exp_month: 12, exp_year: futureYear } }, 'card.cvc'],
      [{}, 'card'],
      [{ ...card('4242424242424242'), ...bankAccount('000123456789') }, 'bank_account'],
      [{ ...card('4242424242424242'), extra: 1 }, 'extra'],
    ];
    if (thisMonth > 1) cases.push([card('4242424242424242', { exp_month: thisMonth - 1, exp_year: thisYear }), 'card.exp_month']);
    for (const [body, field] of cases) {
      const response = await postToken(t, body, ip);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      const error = response.json().error;
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.details.map((detail: { field: string }) => detail.field), JSON.stringify(body)).toContain(field);
      expect(response.body).not.toMatch(/\d{8,}/);
    }
    expect(await t.ctx.db.selectFrom('test_gateway_tokens').selectAll().execute()).toSatisfy((rows: unknown[]) => !JSON.stringify(rows).includes('4242424242424241'));
  });

  it('answers 413 to a huge body and 415 to a form post, storing nothing', async ({ t, ip }) => {
    const before = (await t.ctx.db.selectFrom('test_gateway_tokens').select('id').execute()).length;
    const huge = await postToken(t, card('4242424242424242', { cvc: '1'.repeat(2 * 1024 * 1024) }), ip);
    expect(huge.statusCode).toBe(413);
    const long = await postToken(t, card('4'.repeat(10_000)), ip);
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details[0].field).toBe('card.number');
    expect(long.body).not.toContain('4444444444');
    const text = await t.app.inject({ method: 'POST', url: '/test-gateway/v1/tokens', remoteAddress: ip, headers: { 'content-type': 'application/xml' }, payload: '<card/>' });
    expect(text.statusCode).toBe(415);
    expect((await t.ctx.db.selectFrom('test_gateway_tokens').select('id').execute()).length).toBe(before);
  });

  it('needs no session and no CSRF token, and limits requests per address', async ({ t, ip }) => {
    for (let index = 0; index < 200; index++) {
      const response = await postToken(t, { card: { number: '1', exp_month: 1, exp_year: 1, cvc: '1' } }, ip);
      expect(response.statusCode).toBe(400);
    }
    const limited = await postToken(t, card('4242424242424242'), ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    const elsewhere = await postToken(t, card('4242424242424242'), `${ip.split('.').slice(0, 3).join('.')}.251`);
    expect(elsewhere.statusCode).toBe(201);
  });
});

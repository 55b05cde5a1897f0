import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { STRONG_PASSWORD, TestClient, uniqueEmail } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { findPaymentSettingsRow } from './payment-settings.repository.ts';
import { loadPaymentSettings } from './payment-settings.service.ts';

const SECRET = 'sk_test_51AbCdEfGhIjKlMnOpQrStUvWxYz0123456789wxyz';
const WEBHOOK = 'whsec_0123456789abcdefghijABCD';
const PUBLISHABLE = 'pk_test_51AbCdEfGhIjKlMnOpQrStUv';

const defaults = {
  gateway: 'test',
  card_enabled: true,
  bank_enabled: true,
  stripe_publishable_key: null,
  stripe_secret_key_set: false,
  stripe_secret_key_last4: null,
  stripe_webhook_secret_set: false,
  stripe_webhook_secret_last4: null,
  allow_partial_payments: false,
  partial_payment_minimum_minor: 0,
  allow_money_on_account: false,
  updated_at: null,
};

describeOnEachDialect('payment settings', { startAt: '2026-12-02T09:00:00.000Z' }, (it) => {
  it('answers the defaults before anything was saved: the test gateway, card and bank, nothing partial', async ({ t, staff }) => {
    const response = await staff.client.get('/api/v1/payment-settings');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(defaults);
    expect(await loadPaymentSettings(t.ctx, staff.organization.id)).toEqual({
      gateway: 'test',
      cardEnabled: true,
      bankEnabled: true,
      stripePublishableKey: null,
      stripeSecretKey: null,
      stripeWebhookSecret: null,
      allowPartialPayments: false,
      partialPaymentMinimumMinor: 0,
      allowMoneyOnAccount: false,
    });
  });

  it('switches to Stripe with its keys, stores the secrets encrypted and answers only that they are set', async ({ t, staff }) => {
    const response = await staff.client.put('/api/v1/payment-settings', {
      gateway: 'stripe',
      stripe_publishable_key: PUBLISHABLE,
      stripe_secret_key: SECRET,
      stripe_webhook_secret: WEBHOOK,
      allow_partial_payments: true,
      partial_payment_minimum_minor: 2_500,
      allow_money_on_account: true,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      ...defaults,
      gateway: 'stripe',
      stripe_publishable_key: PUBLISHABLE,
      stripe_secret_key_set: true,
      stripe_secret_key_last4: 'wxyz',
      stripe_webhook_secret_set: true,
      stripe_webhook_secret_last4: 'ABCD',
      allow_partial_payments: true,
      partial_payment_minimum_minor: 2_500,
      allow_money_on_account: true,
      updated_at: '2026-12-02T09:00:00.000Z',
    });
    expect(response.body).not.toContain(SECRET);
    expect(response.body).not.toContain(WEBHOOK);
    const read = await staff.client.get('/api/v1/payment-settings');
    expect(read.json()).toEqual(response.json());

    const row = await findPaymentSettingsRow(t.ctx.db, staff.organization.id);
    expect(row?.stripe_secret_key_encrypted).toBeTruthy();
    expect(JSON.stringify(row)).not.toContain(SECRET);
    expect(JSON.stringify(row)).not.toContain(WEBHOOK);
    expect(await loadPaymentSettings(t.ctx, staff.organization.id)).toMatchObject({
      gateway: 'stripe',
      stripePublishableKey: PUBLISHABLE,
      stripeSecretKey: SECRET,
      stripeWebhookSecret: WEBHOOK,
      allowPartialPayments: true,
      partialPaymentMinimumMinor: 2_500,
      allowMoneyOnAccount: true,
    });
  });

  it('keeps what a change leaves out, replaces a secret given and clears one set to null', async ({ t, staff, clock }) => {
    await staff.client.put('/api/v1/payment-settings', { gateway: 'stripe', stripe_publishable_key: PUBLISHABLE, stripe_secret_key: SECRET, stripe_webhook_secret: WEBHOOK });
    clock.advance(60);
    const methods = await staff.client.put('/api/v1/payment-settings', { bank_enabled: false });
    expect(methods.json()).toMatchObject({ gateway: 'stripe', card_enabled: true, bank_enabled: false, stripe_secret_key_set: true, stripe_webhook_secret_last4: 'ABCD', updated_at: '2026-12-02T09:01:00.000Z' });

    const replaced = await staff.client.put('/api/v1/payment-settings', { stripe_secret_key: 'rk_test_restricted_key_9876' });
    expect(replaced.json()).toMatchObject({ stripe_secret_key_set: true, stripe_secret_key_last4: '9876' });
    expect((await loadPaymentSettings(t.ctx, staff.organization.id)).stripeSecretKey).toBe('rk_test_restricted_key_9876');

    const cleared = await staff.client.put('/api/v1/payment-settings', { stripe_webhook_secret: null });
    expect(cleared.json()).toMatchObject({ stripe_webhook_secret_set: false, stripe_webhook_secret_last4: null, stripe_secret_key_set: true });
    expect((await loadPaymentSettings(t.ctx, staff.organization.id)).stripeWebhookSecret).toBeNull();
  });

  it('refuses Stripe without its keys, naming the missing one, and keeps what was saved', async ({ staff }) => {
    const none = await staff.client.put('/api/v1/payment-settings', { gateway: 'stripe' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details).toEqual([expect.objectContaining({ field: 'stripe_publishable_key', code: 'required' })]);
    const noSecret = await staff.client.put('/api/v1/payment-settings', { gateway: 'stripe', stripe_publishable_key: PUBLISHABLE });
    expect(noSecret.statusCode).toBe(400);
    expect(noSecret.json().error.details).toEqual([expect.objectContaining({ field: 'stripe_secret_key', code: 'required' })]);
    expect((await staff.client.get('/api/v1/payment-settings')).json()).toEqual(defaults);

    await staff.client.put('/api/v1/payment-settings', { gateway: 'stripe', stripe_publishable_key: PUBLISHABLE, stripe_secret_key: SECRET });
    const clearing = await staff.client.put('/api/v1/payment-settings', { stripe_secret_key: null });
    expect(clearing.statusCode).toBe(400);
    expect(clearing.json().error.details[0].field).toBe('stripe_secret_key');
    const back = await staff.client.put('/api/v1/payment-settings', { gateway: 'test', stripe_secret_key: null });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ gateway: 'test', stripe_secret_key_set: false, stripe_publishable_key: PUBLISHABLE });
  });

  it('names the field of a malformed key, an unknown gateway, a bad minimum, an unknown field; never echoes a secret', async ({ staff }) => {
    const cases: [Record<string, unknown>, string][] = [
      [{ stripe_publishable_key: 'sk_test_wrong_kind' }, 'stripe_publishable_key'],
      [{ stripe_secret_key: 'pk_live_not_secret_but_wrong' }, 'stripe_secret_key'],
      [{ gateway: 'paypal' }, 'gateway'],
      [{ partial_payment_minimum_minor: -1 }, 'partial_payment_minimum_minor'],
      [{ partial_payment_minimum_minor: 1.5 }, 'partial_payment_minimum_minor'],
      [{ card_enabled: 'yes' }, 'card_enabled'],
      [{ surcharge: true }, ''],
    ];
    for (const [body, field] of cases) {
      const response = await staff.client.put('/api/v1/payment-settings', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      if (field) expect(response.json().error.details[0].field).toBe(field);
      expect(response.body).not.toContain('pk_live_not_secret_but_wrong');
    }
    expect((await staff.client.get('/api/v1/payment-settings')).json()).toEqual(defaults);
  });

  it('needs at least one payment method', async ({ staff }) => {
    await staff.client.put('/api/v1/payment-settings', { card_enabled: false });
    const none = await staff.client.put('/api/v1/payment-settings', { bank_enabled: false });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details[0]).toMatchObject({ field: 'card_enabled', code: 'required' });
    expect((await staff.client.get('/api/v1/payment-settings')).json()).toMatchObject({ card_enabled: false, bank_enabled: true });
  });

  it('keeps each organization’s settings its own', async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    await staff.client.put('/api/v1/payment-settings', { gateway: 'stripe', stripe_publishable_key: PUBLISHABLE, stripe_secret_key: SECRET });
    expect((await other.client.get('/api/v1/payment-settings')).json()).toEqual(defaults);
    expect((await loadPaymentSettings(t.ctx, other.organization.id)).stripeSecretKey).toBeNull();
  });

  it('lets owners, admins and settings.write keys change them; other staff and read keys only read', async ({ t, staff, ip }) => {
    const email = uniqueEmail('colleague');
    expect((await staff.client.post('/api/v1/staff-users', { name: 'Colleague', email, role: 'staff', password: STRONG_PASSWORD })).statusCode).toBe(201);
    const colleague = new TestClient(t.app, ip);
    await colleague.post('/api/v1/session', { email, password: STRONG_PASSWORD });
    expect((await colleague.get('/api/v1/payment-settings')).statusCode).toBe(200);
    expect((await colleague.put('/api/v1/payment-settings', { allow_money_on_account: true })).statusCode).toBe(403);

    const readKey = (await staff.client.post('/api/v1/api-keys', { name: 'Read', scopes: ['settings.read'] })).json().key as string;
    const writeKey = (await staff.client.post('/api/v1/api-keys', { name: 'Write', scopes: ['settings.write'] })).json().key as string;
    const customersKey = (await staff.client.post('/api/v1/api-keys', { name: 'Customers', scopes: ['customers.read'] })).json().key as string;
    const api = new TestClient(t.app, ip);
    const as = (key: string) => ({ authorization: `Bearer ${key}` });
    expect((await api.request('GET', '/api/v1/payment-settings', undefined, as(readKey))).statusCode).toBe(200);
    expect((await api.request('GET', '/api/v1/payment-settings', undefined, as(customersKey))).statusCode).toBe(403);
    expect((await api.request('PUT', '/api/v1/payment-settings', { allow_money_on_account: true }, as(readKey))).statusCode).toBe(403);
    const written = await api.request('PUT', '/api/v1/payment-settings', { allow_money_on_account: true }, as(writeKey));
    expect(written.statusCode, written.body).toBe(200);
    expect(written.json().allow_money_on_account).toBe(true);
    expect((await new TestClient(t.app, ip).get('/api/v1/payment-settings')).statusCode).toBe(401);
  });
});

import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { createCustomerWithContact, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { uniqueEmail } from '../../test/http-client.ts';
import { createCouponFixture, createPlanFixture, type PlanFixtureOverrides } from '../../test/subscription-fixtures.ts';
import type { TestApp } from '../../test/test-app.ts';
import { card, tokenOf } from '../../test/test-gateway-builders.ts';
import { uniqueIp } from '../../test/fixture.ts';
import type { HostedSignUpResponse } from './hosted-page.schemas.ts';

const succeeds = '4242424242424242';
const declines = '4000000000000002';

/** A plan on its hosted page (25.00 USD a month unless overridden), the page as loaded, and a way to send its form. */
async function hostedScene(t: TestApp, staff: SignedUpStaff, ip: string, options: { invite?: boolean; plan?: PlanFixtureOverrides } = {}) {
  if (options.invite !== undefined) {
    const changed = await staff.client.patch('/api/v1/portal/settings', { auto_enable_portal_for_subscriptions: options.invite });
    expect(changed.statusCode).toBe(200);
  }
  const plan = await createPlanFixture(t.ctx.db, staff.organization.id, { hosted_page_enabled: true, price_minor: 2_500, name: 'Team', ...options.plan });
  const api = `/portal/${staff.organization.slug}/api/hosted-pages/${plan.code}`;
  const loaded = await t.app.inject({ method: 'GET', url: api, remoteAddress: ip });
  expect(loaded.statusCode).toBe(200);
  const formToken = loaded.json<{ form_token: string }>().form_token;
  const send = (body: unknown, key: string | null = randomUUID(), headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `${api}/signups`,
      remoteAddress: ip,
      headers: { ...(key === null ? {} : { 'idempotency-key': key }), 'x-form-token': formToken, origin: 'http://portico.test', ...headers },
      payload: body as Record<string, unknown>,
    });
  const token = (number = succeeds) => tokenOf(t, card(number), ip);
  return { plan, api, loaded, formToken, send, token };
}

function signUpBody(token: string, overrides: Record<string, unknown> = {}) {
  return {
    company_name: 'Analytical Engines Ltd',
    first_name: 'Ada',
    last_name: 'Lovelace',
    email: uniqueEmail('ada'),
    phone: '+44 20 7946 0000',
    billing_address: { street: '12 St James Square', city: 'London', postal_code: 'SW1Y 4JH', country: 'United Kingdom' },
    quantity: 2,
    language: 'de',
    payment_method: { token },
    ...overrides,
  };
}

async function customersWithEmail(t: TestApp, organizationId: string, email: string) {
  return t.ctx.db.selectFrom('customers').selectAll().where('organization_id', '=', organizationId).where('email', '=', email).execute();
}

async function invitationsTo(t: TestApp, email: string) {
  return t.ctx.db.selectFrom('outbox_emails').selectAll().where('to_address', '=', email).where('kind', '=', 'invitation').execute();
}

async function attemptsOf(t: TestApp, customerId: string) {
  return t.ctx.db.selectFrom('payment_attempts').selectAll().where('customer_id', '=', customerId).execute();
}

describeOnEachDialect('the hosted payment page', (it) => {
  it('shows the plan with the organization’s branding, price, tax and how to pay, without signing in', async ({ t, staff, ip }) => {
    await staff.client.patch('/api/v1/portal/settings', { brand_color: '#336699', auto_enable_portal_for_subscriptions: true });
    const tax = await staff.client.post('/api/v1/taxes', { name: 'VAT', rate_percent: 20 });
    expect(tax.statusCode).toBe(201);
    const { loaded } = await hostedScene(t, staff, ip, { plan: { description: 'For small teams', trial_days: 14, setup_fee_minor: 1_000, tax_id: tax.json<{ id: string }>().id, interval_count: 3 } });
    expect(loaded.headers['cache-control']).toBe('no-store');
    expect(loaded.json()).toMatchObject({
      organization: { name: staff.organization.name, slug: staff.organization.slug, brand_color: '#336699' },
      plan: { name: 'Team', description: 'For small teams', currency: 'USD', price_minor: 2_500, interval: 'month', interval_count: 3, trial_days: 14, setup_fee_minor: 1_000, tax: { name: 'VAT', rate_percent: 20 } },
      payment: { gateway: 'test', test_mode: true, methods: ['card'] },
      portal_invitation: true,
      form_token: expect.any(String),
    });
  });

  it('answers 404 for an unknown plan, an archived one and one whose hosted page is off, and refuses their sign-ups alike', async ({ t, staff, ip }) => {
    const { send, token } = await hostedScene(t, staff, ip);
    const archived = await createPlanFixture(t.ctx.db, staff.organization.id, { hosted_page_enabled: true, archived_at: new Date().toISOString() });
    const off = await createPlanFixture(t.ctx.db, staff.organization.id, { hosted_page_enabled: false });
    const api = `/portal/${staff.organization.slug}/api/hosted-pages`;
    for (const code of ['no-such-plan', archived.code, off.code]) {
      const page = await t.app.inject({ method: 'GET', url: `${api}/${code}`, remoteAddress: ip });
      expect(page.statusCode, code).toBe(404);
      expect(page.json()).toMatchObject({ error: { code: 'NOT_FOUND', message: 'Plan not found' } });
      const posted = await t.app.inject({ method: 'POST', url: `${api}/${code}/signups`, remoteAddress: ip, headers: { 'idempotency-key': randomUUID() }, payload: signUpBody(await token()) });
      expect(posted.statusCode, code).toBe(404);
    }
    // Another organization's plan code is not this portal's.
    const { signUpStaff } = await import('../../test/builders.ts');
    const elsewhere = await signUpStaff(t.app);
    const theirs = await createPlanFixture(t.ctx.db, elsewhere.organization.id, { hosted_page_enabled: true });
    expect((await t.app.inject({ method: 'GET', url: `${api}/${theirs.code}`, remoteAddress: ip })).statusCode).toBe(404);
    expect((await send(signUpBody(await token()))).statusCode).toBe(201);
  });

  it('creates the customer, its primary contact in the chosen language, the subscription and its paid first invoice, and invites the contact when the portal is enabled automatically', async ({ t, staff, ip }) => {
    const { send, token, plan } = await hostedScene(t, staff, ip, { invite: true, plan: { setup_fee_minor: 1_000 } });
    const body = signUpBody(await token());
    const answer = await send(body);
    expect(answer.statusCode, answer.body).toBe(201);
    const result = answer.json<HostedSignUpResponse>();
    expect(result).toMatchObject({
      subscription: { status: 'live', plan_name: 'Team', currency: 'USD', trial_end: null },
      invoice: { status: 'paid', total_minor: 2 * 2_500 + 1_000 },
      payment_method: { brand: 'visa', last4: '4242' },
      email: body.email,
      portal_invitation: true,
    });
    expect(result.subscription.number).toMatch(/^SUB-/);

    const [customer, ...others] = await customersWithEmail(t, staff.organization.id, body.email);
    expect(others).toEqual([]);
    expect(customer).toMatchObject({ display_name: 'Analytical Engines Ltd', company_name: 'Analytical Engines Ltd', currency: 'USD', portal_language: 'de' });
    expect(JSON.parse(customer!.billing_address!)).toEqual({ street: '12 St James Square', city: 'London', postal_code: 'SW1Y 4JH', country: 'United Kingdom' });
    const contacts = await t.ctx.db.selectFrom('contact_persons').selectAll().where('customer_id', '=', customer!.id).execute();
    expect(contacts).toMatchObject([{ first_name: 'Ada', last_name: 'Lovelace', email: body.email, phone: '+44 20 7946 0000', is_primary: 1, portal_enabled: 1 }]);
    const subscriptions = await t.ctx.db.selectFrom('subscriptions').selectAll().where('customer_id', '=', customer!.id).execute();
    expect(subscriptions).toMatchObject([{ plan_id: plan.id, source: 'hosted_page', quantity: 2, status: 'live', number: result.subscription.number }]);
    expect(subscriptions[0]!.payment_method_id).not.toBeNull();
    const attempts = await attemptsOf(t, customer!.id);
    expect(attempts).toMatchObject([{ status: 'succeeded', amount_minor: 6_000 }]);

    const invitations = await invitationsTo(t, body.email);
    expect(invitations).toHaveLength(1);
    // In the language chosen on the page.
    expect(invitations[0]!.subject).toMatch(/Einladung|eingeladen/i);
  });

  it('invites nobody when the portal is not enabled automatically', async ({ t, staff, ip }) => {
    const { send, token } = await hostedScene(t, staff, ip, { invite: false });
    const body = signUpBody(await token(), { language: 'en' });
    const answer = await send(body);
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json()).toMatchObject({ invoice: { status: 'paid' }, portal_invitation: false });
    const [customer] = await customersWithEmail(t, staff.organization.id, body.email);
    expect(await t.ctx.db.selectFrom('contact_persons').select(['portal_enabled', 'invited_at']).where('customer_id', '=', customer!.id).execute()).toEqual([{ portal_enabled: 0, invited_at: null }]);
    expect(await invitationsTo(t, body.email)).toEqual([]);
  });

  it('starts a trial without charging, keeping the card for when it ends', async ({ t, staff, ip }) => {
    const { send, token } = await hostedScene(t, staff, ip, { invite: true, plan: { trial_days: 14 } });
    const body = signUpBody(await token());
    const answer = await send(body);
    expect(answer.statusCode, answer.body).toBe(201);
    const result = answer.json<HostedSignUpResponse>();
    expect(result).toMatchObject({ subscription: { status: 'trial', trial_end: expect.any(String) }, invoice: null, payment_method: { brand: 'visa', last4: '4242' }, portal_invitation: true });
    const [customer] = await customersWithEmail(t, staff.organization.id, body.email);
    expect(await attemptsOf(t, customer!.id)).toEqual([]);
    const methods = await t.ctx.db.selectFrom('payment_methods').selectAll().where('customer_id', '=', customer!.id).execute();
    expect(methods).toMatchObject([{ last4: '4242', is_default: 1 }]);
    expect((await t.ctx.db.selectFrom('subscriptions').select('payment_method_id').where('customer_id', '=', customer!.id).executeTakeFirstOrThrow()).payment_method_id).toBe(methods[0]!.id);
    expect(await invitationsTo(t, body.email)).toHaveLength(1);
  });

  it('tells why a card was declined, invites nobody, and pays with another card under the same Idempotency-Key: one customer', async ({ t, staff, ip }) => {
    const { send, token } = await hostedScene(t, staff, ip, { invite: true });
    const key = randomUUID();
    const body = signUpBody(await token(declines));
    const refused = await send(body, key);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: { code: 'PAYMENT_METHOD_UNAVAILABLE', message: expect.stringMatching(/declined/i), details: { failure_code: 'card_declined' } } });
    const [customer] = await customersWithEmail(t, staff.organization.id, body.email);
    expect(await invitationsTo(t, body.email)).toEqual([]);
    expect(await t.ctx.db.selectFrom('contact_persons').select('portal_enabled').where('customer_id', '=', customer!.id).execute()).toEqual([{ portal_enabled: 0 }]);
    // The same refusal again for the same card (a double click), nothing new charged.
    expect((await send(body, key)).json()).toEqual(refused.json());

    const paid = await send({ ...body, payment_method: { token: await token() } }, key);
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json()).toMatchObject({ invoice: { status: 'paid', total_minor: 5_000 }, payment_method: { last4: '4242' } });
    expect(await customersWithEmail(t, staff.organization.id, body.email)).toHaveLength(1);
    expect((await attemptsOf(t, customer!.id)).map((attempt) => attempt.status).sort()).toEqual(['failed', 'succeeded']);
    expect(await invitationsTo(t, body.email)).toHaveLength(1);
  });

  it('answers a double submit with the same answer: one customer, one charge, one invitation', async ({ t, staff, ip }) => {
    const { send, token } = await hostedScene(t, staff, ip, { invite: true });
    const key = randomUUID();
    const body = signUpBody(await token());
    const [first, second] = await Promise.all([send(body, key), send(body, key)]);
    const answers = [first, second].map((answer) => answer.statusCode).sort();
    // Two at once: one runs, the other is told it is in progress (or, once done, gets its answer).
    expect(answers[0]).toBe(201);
    expect([201, 409]).toContain(answers[1]);
    const again = await send(body, key);
    expect(again.statusCode).toBe(201);
    const done = [first, second].find((answer) => answer.statusCode === 201)!;
    expect(again.json()).toEqual(done.json());
    const customers = await customersWithEmail(t, staff.organization.id, body.email);
    expect(customers).toHaveLength(1);
    expect(await attemptsOf(t, customers[0]!.id)).toHaveLength(1);
    expect(await t.ctx.db.selectFrom('payments').select('id').where('customer_id', '=', customers[0]!.id).execute()).toHaveLength(1);
    expect(await invitationsTo(t, body.email)).toHaveLength(1);
    // The same key with other details is another sign-up: refused.
    expect((await send({ ...body, company_name: 'Difference Engines' }, key)).json()).toMatchObject({ error: { code: 'IDEMPOTENCY_KEY_REUSED' } });
  });

  it('refuses a sign-up without an Idempotency-Key, and bad input with 400 naming each field, creating nothing', async ({ t, staff, ip }) => {
    const { send, token } = await hostedScene(t, staff, ip);
    const body = signUpBody(await token());
    expect((await send(body, null)).json()).toMatchObject({ error: { code: 'IDEMPOTENCY_KEY_REQUIRED' } });
    const { email: _email, ...noEmail } = body;
    const cases: [unknown, string][] = [
      [noEmail, 'email'],
      [{ ...body, email: 'not-an-email' }, 'email'],
      [{ ...body, company_name: '  ' }, 'company_name'],
      [{ ...body, billing_address: { street: '1 Road', country: 'France' } }, 'billing_address.city'],
      [{ ...body, quantity: 0 }, 'quantity'],
      [{ ...body, language: 'xx' }, 'language'],
      [{ ...body, payment_method: {} }, 'payment_method.token'],
      [{ ...body, payment_method: { token: 'tok_made_up' } }, 'payment_method.token'],
    ];
    for (const [payload, field] of cases) {
      const answer = await send(payload);
      expect(answer.statusCode, field).toBe(400);
      expect(answer.json().error.code).toBe('VALIDATION_FAILED');
      expect(answer.json().error.details.map((issue: { field: string }) => issue.field), answer.body).toContain(field);
    }
    expect(await customersWithEmail(t, staff.organization.id, body.email)).toEqual([]);
  });

  it('refuses a coupon that does not exist, naming the field, and creates nothing', async ({ t, staff, ip }) => {
    const { send, token } = await hostedScene(t, staff, ip);
    await createCouponFixture(t.ctx.db, staff.organization.id, { code: `REAL${randomUUID().slice(0, 6)}` });
    const body = signUpBody(await token(), { coupon_code: 'NO-SUCH-COUPON' });
    const answer = await send(body);
    expect(answer.statusCode, answer.body).toBeGreaterThanOrEqual(400);
    expect(answer.statusCode).toBeLessThan(500);
    expect(JSON.stringify(answer.json().error)).toContain('coupon');
    expect(await customersWithEmail(t, staff.organization.id, body.email)).toEqual([]);
  });

  it('refuses sign-ups from another site and without the page’s form token', async ({ t, staff, ip }) => {
    const { send, token } = await hostedScene(t, staff, ip);
    const other = await hostedScene(t, staff, ip);
    const body = signUpBody(await token());
    for (const headers of [{ origin: 'https://attacker.example' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
      const answer = await send(body, randomUUID(), headers);
      expect(answer.statusCode).toBe(403);
      expect(answer.json().error.code).toBe('CROSS_SITE_REQUEST');
    }
    for (const formToken of ['', 'garbage', other.formToken, `${Math.floor(Date.now() / 1000 - 2 * 86_400).toString(36)}.${other.formToken.split('.')[1]}`]) {
      const answer = await send(body, randomUUID(), { 'x-form-token': formToken });
      expect(answer.statusCode, formToken).toBe(403);
      expect(answer.json().error.code).toBe('CSRF_TOKEN_MISSING');
    }
    expect(await customersWithEmail(t, staff.organization.id, body.email)).toEqual([]);
  });

  it('limits sign-ups per client address with 429 and Retry-After', async ({ t, staff }) => {
    const ip = uniqueIp();
    const { send } = await hostedScene(t, staff, ip);
    for (let index = 0; index < 10; index++) expect((await send(signUpBody('tok_unused'), randomUUID(), { 'x-form-token': 'wrong' })).statusCode).toBe(403);
    const limited = await send(signUpBody('tok_unused'));
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not held up.
    const elsewhere = uniqueIp();
    const fresh = await tokenOf(t, card(succeeds), elsewhere);
    const other = await t.app.inject({ method: 'POST', url: `/portal/${staff.organization.slug}/api/hosted-pages/no-such-plan/signups`, remoteAddress: elsewhere, headers: { 'idempotency-key': randomUUID() }, payload: signUpBody(fresh) });
    expect(other.statusCode).toBe(404);
  });

  it('does not tell whether the email is known: the same answer, a new customer, the invitation to that address only', async ({ t, staff, ip }) => {
    const { send, token } = await hostedScene(t, staff, ip, { invite: true });
    const existing = await createCustomerWithContact(staff, { portal: true });
    const known = await send(signUpBody(await token(), { email: existing.email }));
    const fresh = await send(signUpBody(await token()));
    expect([known.statusCode, fresh.statusCode]).toEqual([201, 201]);
    const shape = (result: HostedSignUpResponse) => ({ ...result, subscription: { ...result.subscription, number: 'SUB' }, invoice: { ...result.invoice, number: 'INV' }, email: 'e' });
    expect(shape(known.json())).toEqual(shape(fresh.json()));
    // A new customer with its own contact; the earlier contact keeps its customer.
    const [created] = await customersWithEmail(t, staff.organization.id, existing.email!);
    expect(created!.id).not.toBe(existing.customerId);
    const contacts = await t.ctx.db.selectFrom('contact_persons').select(['customer_id']).where('email', '=', existing.email).orderBy('created_at').execute();
    expect(contacts.map((contact) => contact.customer_id).sort()).toEqual([existing.customerId, created!.id].sort());
    expect(await invitationsTo(t, existing.email!)).toHaveLength(2);
    // The earlier customer's subscriptions are untouched.
    expect(await t.ctx.db.selectFrom('subscriptions').select('id').where('customer_id', '=', existing.customerId).execute()).toEqual([]);
  });
});

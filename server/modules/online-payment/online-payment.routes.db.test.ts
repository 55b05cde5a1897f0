import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { invoiceOf, documentOf } from '../../test/billing-payment-builders.ts';
import type { SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { acceptedContact, type SignedInContact } from '../../test/portal-builders.ts';
import { ScriptedGateway } from '../../test/scripted-gateway.ts';
import type { TestApp } from '../../test/test-app.ts';
import type { AttemptResponse, PaymentOptionsResponse } from './online-payment.schemas.ts';
import { reconcileOpenAttempts } from './online-payment.service.ts';

const scripted = { gateway: new ScriptedGateway() };
const gateways = { forChoice: () => scripted.gateway };

interface Payer extends SignedInContact {
  pay(body: Record<string, unknown>, key?: string | null): ReturnType<SignedInContact['client']['request']>;
}

async function payer(t: TestApp, staff: SignedUpStaff): Promise<Payer> {
  scripted.gateway = new ScriptedGateway();
  const contact = await acceptedContact(t, staff);
  return {
    ...contact,
    pay: (body, key = randomUUID()) => contact.client.request('POST', `${contact.api}/payments`, body, key === null ? {} : { 'idempotency-key': key }),
  };
}

async function usdInvoice(staff: SignedUpStaff, customerId: string, total: number, options: { issueDate?: string; dueDate?: string } = {}) {
  return invoiceOf(staff, customerId, total, options);
}

describeOnEachDialect('online payments in the portal', { gateways, startAt: '2026-11-25T10:00:00.000Z' }, (it, dialect) => {
  it('offers the open invoices and the card; pays one with a new card and records the payment once', async ({ t, staff }) => {
    const contact = await payer(t, staff);
    const invoice = await usdInvoice(staff, contact.customerId, 12_000, { issueDate: '2026-11-01', dueDate: '2026-11-20' });
    const options = await contact.client.get(`${contact.api}/payment-options`);
    expect(options.statusCode).toBe(200);
    const body = options.json<PaymentOptionsResponse>();
    expect(body).toMatchObject({ gateway: 'test', test_mode: true, methods: ['card'], saved_methods: [], blocked_by_pending_payment: false });
    expect(body.documents).toEqual([expect.objectContaining({ id: invoice.id, balance_minor: 12_000, pending_minor: 0, payable_minor: 12_000, due_now_minor: 12_000, overdue: true })]);

    const key = randomUUID();
    const paid = await contact.pay({ document_ids: [invoice.id], currency: invoice.currency, payment_method: { token: 'tok_visa' } }, key);
    expect(paid.statusCode).toBe(201);
    const attempt = paid.json<AttemptResponse>();
    expect(attempt).toMatchObject({ status: 'succeeded', amount_minor: 12_000, failure_code: null, method: { type: 'card', brand: 'visa', last4: '4242' } });
    expect(attempt.payment?.number).toMatch(/^PAY-/);
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ status: 'paid', balance_minor: 0, paid_minor: 12_000 });

    const replay = await contact.pay({ document_ids: [invoice.id], currency: invoice.currency, payment_method: { token: 'tok_visa' } }, key);
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(attempt);
    const other = await contact.pay({ document_ids: [invoice.id], currency: invoice.currency, amount_minor: 1, payment_method: { token: 'tok_visa' } }, key);
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ error: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    expect(scripted.gateway.charges).toBe(1);
    // Recorded once, and followed once: one receipt to the contact, one integration event.
    const receipts = await t.ctx.db.selectFrom('outbox_emails').select(['kind', 'subject']).where('to_address', '=', contact.email).where('kind', 'like', '%receipt%').execute();
    expect(receipts).toHaveLength(1);
    const events = await t.ctx.db.selectFrom('outbox_events').select('type').where('organization_id', '=', staff.organization.id).execute();
    expect(events.map((event) => event.type)).toEqual(['payment.succeeded']);
    const payments = await staff.client.get(`/api/v1/payments?customer_id=${contact.customerId}`);
    expect(payments.json<{ data: { method: string; amount_minor: number; reference: string }[] }>().data).toEqual([expect.objectContaining({ method: 'card', amount_minor: 12_000, reference: 'Visa •••• 4242' })]);

    const again = await contact.pay({ document_ids: [invoice.id], currency: invoice.currency, payment_method: { token: 'tok_visa' } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'NOTHING_TO_PAY' } });
  });

  it('refuses without an Idempotency-Key, another customer’s invoice, a wrong currency, a contact without the pay role, and amounts beyond the balance', async ({ t, staff }) => {
    const contact = await payer(t, staff);
    const mine = await usdInvoice(staff, contact.customerId, 5_000);
    const stranger = await acceptedContact(t, staff);
    const theirs = await usdInvoice(staff, stranger.customerId, 5_000);
    const card = { token: 'tok_visa' };

    const noKey = await contact.pay({ document_ids: [mine.id], currency: mine.currency, payment_method: card }, null);
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json()).toMatchObject({ error: { code: 'IDEMPOTENCY_KEY_REQUIRED', details: [{ field: 'Idempotency-Key' }] } });
    expect((await contact.pay({ document_ids: [theirs.id], currency: theirs.currency, payment_method: card })).statusCode).toBe(404);
    const wrongCurrency = await contact.pay({ document_ids: [mine.id], currency: mine.currency === 'EUR' ? 'USD' : 'EUR', payment_method: card });
    expect(wrongCurrency.statusCode).toBe(422);
    expect(wrongCurrency.json()).toMatchObject({ error: { code: 'CURRENCY_MISMATCH' } });
    const beyond = await contact.pay({ allocations: [{ document_id: mine.id, amount_minor: 5_001 }], currency: mine.currency, payment_method: card });
    expect(beyond.statusCode).toBe(422);
    expect(beyond.json()).toMatchObject({ error: { code: 'AMOUNT_EXCEEDS_BALANCE', details: [{ field: 'allocations.0.amount_minor' }] } });
    const partial = await contact.pay({ document_ids: [mine.id], amount_minor: 1_000, currency: mine.currency, payment_method: card });
    expect(partial.statusCode).toBe(422);
    expect(partial.json()).toMatchObject({ error: { code: 'PARTIAL_PAYMENT_NOT_ALLOWED' } });
    const malformed = await contact.client.request('POST', `${contact.api}/payments`, '{"document_ids": [', { 'idempotency-key': randomUUID(), 'content-type': 'application/json' });
    expect(malformed.statusCode).toBe(400);
    const both = await contact.pay({ document_ids: [mine.id], allocations: [{ document_id: mine.id, amount_minor: 1 }], currency: mine.currency, payment_method: card });
    expect(both.statusCode).toBe(400);

    await staff.client.patch(`/api/v1/contact-persons/${contact.contactId}`, { permissions: ['view_documents'] });
    const forbidden = await contact.pay({ document_ids: [mine.id], currency: mine.currency, payment_method: card });
    expect(forbidden.statusCode).toBe(403);
    expect((await contact.client.get(`${contact.api}/payment-options`)).statusCode).toBe(403);
    expect(scripted.gateway.charges).toBe(0);
    expect(await documentOf(staff, 'invoices', mine.id)).toMatchObject({ balance_minor: 5_000, status: 'sent' });
  });

  it('charges once when many requests pay the same balance at once; the others hear it is being paid', async ({ t, staff }) => {
    const contact = await payer(t, staff);
    const invoice = await usdInvoice(staff, contact.customerId, 7_500);
    scripted.gateway.delayMs = 5;
    const attempts = dialect === 'postgres' ? 100 : 40;
    const responses = await Promise.all(Array.from({ length: attempts }, () => contact.pay({ document_ids: [invoice.id], currency: invoice.currency, payment_method: { token: 'tok_visa' } })));
    const codes = responses.map((response) => response.statusCode);
    expect(codes.filter((code) => code === 201)).toHaveLength(1);
    expect(codes.filter((code) => code === 409)).toHaveLength(attempts - 1);
    for (const response of responses.filter((candidate) => candidate.statusCode === 409)) {
      expect(['PAYMENT_IN_PROGRESS', 'NOTHING_TO_PAY']).toContain(response.json<{ error: { code: string } }>().error.code);
    }
    expect(scripted.gateway.charges).toBe(1);
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ status: 'paid', balance_minor: 0 });
    const payments = await staff.client.get(`/api/v1/payments?customer_id=${contact.customerId}`);
    expect(payments.json<{ data: unknown[] }>().data).toHaveLength(1);
  });

  it('a declined card shows the gateway’s reason, charges nothing and frees the balance', async ({ t, staff }) => {
    const contact = await payer(t, staff);
    const invoice = await usdInvoice(staff, contact.customerId, 3_000);
    const declined = await contact.pay({ document_ids: [invoice.id], currency: invoice.currency, payment_method: { token: 'tok_insufficient' } });
    expect(declined.statusCode).toBe(201);
    expect(declined.json()).toMatchObject({ status: 'failed', failure_code: 'insufficient_funds', failure_message: 'Your card has insufficient funds.', payment: null });
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ balance_minor: 3_000, status: 'sent' });
    const options = (await contact.client.get(`${contact.api}/payment-options`)).json<PaymentOptionsResponse>();
    expect(options.documents[0]).toMatchObject({ pending_minor: 0, payable_minor: 3_000 });
    const retry = await contact.pay({ document_ids: [invoice.id], currency: invoice.currency, payment_method: { token: 'tok_visa' } });
    expect(retry.json()).toMatchObject({ status: 'succeeded' });
  });

  it('holds the balance while a card awaits authentication; confirms after the challenge, or frees it when abandoned', async ({ t, staff }) => {
    const contact = await payer(t, staff);
    const first = await usdInvoice(staff, contact.customerId, 2_000);
    const challenged = (await contact.pay({ document_ids: [first.id], currency: first.currency, payment_method: { token: 'tok_3ds' } })).json<AttemptResponse>();
    expect(challenged).toMatchObject({ status: 'requires_action', next_action: { type: 'redirect' } });
    expect((await contact.client.get(`${contact.api}/payment-options`)).json<PaymentOptionsResponse>().documents[0]).toMatchObject({ pending_minor: 2_000, payable_minor: 0 });
    const blocked = await contact.pay({ document_ids: [first.id], currency: first.currency, payment_method: { token: 'tok_visa' } });
    expect(blocked.json()).toMatchObject({ error: { code: 'PAYMENT_IN_PROGRESS' } });

    const gatewayPayment = [...scripted.gateway.payments.values()].find((payment) => payment.reference === challenged.id)!;
    scripted.gateway.settle(gatewayPayment.id, 'succeeded');
    const confirmed = await contact.client.post(`${contact.api}/payment-attempts/${challenged.id}/confirm`);
    expect(confirmed.json()).toMatchObject({ status: 'succeeded', payment: { number: expect.stringMatching(/^PAY-/) } });
    expect(await documentOf(staff, 'invoices', first.id)).toMatchObject({ status: 'paid' });

    const second = await usdInvoice(staff, contact.customerId, 4_000);
    const abandoned = (await contact.pay({ document_ids: [second.id], currency: second.currency, payment_method: { token: 'tok_3ds' } })).json<AttemptResponse>();
    const cancelled = await contact.client.post(`${contact.api}/payment-attempts/${abandoned.id}/cancel`);
    expect(cancelled.json()).toMatchObject({ status: 'abandoned', payment: null });
    expect(await documentOf(staff, 'invoices', second.id)).toMatchObject({ balance_minor: 4_000, status: 'sent' });
    expect(scripted.gateway.charges).toBe(1);

    const third = await usdInvoice(staff, contact.customerId, 1_000);
    const expired = (await contact.pay({ document_ids: [third.id], currency: third.currency, payment_method: { token: 'tok_3ds' } })).json<AttemptResponse>();
    const stranger = await acceptedContact(t, staff);
    expect((await stranger.client.get(`${stranger.api}/payment-attempts/${expired.id}`)).statusCode).toBe(404);
    expect((await stranger.client.post(`${stranger.api}/payment-attempts/${expired.id}/confirm`)).statusCode).toBe(404);
    t.clock.advance(31 * 60);
    await reconcileOpenAttempts(t.ctx);
    // Half an hour on, the sessions have lapsed too: the attempt and the invoice are read where they are kept.
    expect(await t.ctx.db.selectFrom('payment_attempts').select(['status', 'completed_at']).where('id', '=', expired.id).executeTakeFirst()).toMatchObject({ status: 'abandoned', completed_at: expect.any(String) });
    expect(await t.ctx.db.selectFrom('documents').select(['balance_minor', 'pending_minor']).where('id', '=', third.id).executeTakeFirst()).toMatchObject({ balance_minor: 1_000, pending_minor: 0 });
  });

  it('keeps a bank payment pending until the webhook settles it; a replayed or forged event changes nothing', async ({ t, staff }) => {
    const contact = await payer(t, staff);
    await t.ctx.db.updateTable('customers').set({ allow_bank_payments: 1 }).where('id', '=', contact.customerId).execute();
    const invoice = await usdInvoice(staff, contact.customerId, 9_000);
    expect((await contact.client.get(`${contact.api}/payment-options`)).json<PaymentOptionsResponse>().methods).toEqual(['card', 'bank_account']);
    const pending = (await contact.pay({ document_ids: [invoice.id], currency: invoice.currency, payment_method: { token: 'tok_bank' } })).json<AttemptResponse>();
    expect(pending).toMatchObject({ status: 'pending', method: { type: 'bank_account' } });
    const held = await documentOf(staff, 'invoices', invoice.id);
    expect(held).toMatchObject({ balance_minor: 9_000, status: 'sent' });
    expect((await contact.pay({ document_ids: [invoice.id], currency: invoice.currency, payment_method: { token: 'tok_visa' } })).json()).toMatchObject({ error: { code: 'PAYMENT_IN_PROGRESS' } });

    // Staff can neither void it nor change its amounts while the bank payment is pending.
    const voided = await staff.client.post(`/api/v1/invoices/${invoice.id}/void`);
    expect(voided.statusCode).toBe(409);
    expect(voided.json()).toMatchObject({ error: { code: 'PAYMENT_IN_PROGRESS' } });
    const edited = await staff.client.patch(`/api/v1/invoices/${invoice.id}`, { lines: [{ name: 'Less', quantity: 1, rate_minor: 100 }] });
    expect(edited.statusCode).toBe(409);
    expect(edited.json()).toMatchObject({ error: { code: 'PAYMENT_IN_PROGRESS' } });
    const offline = await staff.client.post('/api/v1/payments', { customer_id: contact.customerId, amount_minor: 9_000, currency: invoice.currency, method: 'cash', allocations: [{ document_id: invoice.id, amount_minor: 9_000 }] });
    expect(offline.statusCode).toBe(409);

    const gatewayPayment = [...scripted.gateway.payments.values()].find((payment) => payment.reference === pending.id)!;
    const event = JSON.stringify({ id: 'evt_1', payment_id: gatewayPayment.id, created_at: t.clock.now().toISOString() });
    const forged = await t.app.inject({ method: 'POST', url: '/webhooks/test-gateway', payload: event, headers: { 'content-type': 'application/json', 'test-gateway-signature': 'forged' } });
    expect(forged.statusCode).toBe(400);
    expect(forged.json()).toMatchObject({ error: { code: 'WEBHOOK_REJECTED' } });

    scripted.gateway.settle(gatewayPayment.id, 'succeeded');
    const delivered = await t.app.inject({ method: 'POST', url: '/webhooks/test-gateway', payload: event, headers: { 'content-type': 'application/json', 'test-gateway-signature': 'scripted' } });
    expect(delivered.json()).toEqual({ received: true, duplicate: false });
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ status: 'paid', balance_minor: 0 });
    const replayed = await t.app.inject({ method: 'POST', url: '/webhooks/test-gateway', payload: event, headers: { 'content-type': 'application/json', 'test-gateway-signature': 'scripted' } });
    expect(replayed.json()).toEqual({ received: true, duplicate: true });
    const payments = await staff.client.get(`/api/v1/payments?customer_id=${contact.customerId}`);
    expect(payments.json<{ data: { method: string }[] }>().data).toEqual([expect.objectContaining({ method: 'bank_account' })]);
  });

  it('a bank payment that fails later reopens the balance', async ({ t, staff }) => {
    const contact = await payer(t, staff);
    await t.ctx.db.updateTable('customers').set({ allow_bank_payments: 1 }).where('id', '=', contact.customerId).execute();
    const invoice = await usdInvoice(staff, contact.customerId, 6_000);
    const pending = (await contact.pay({ document_ids: [invoice.id], currency: invoice.currency, payment_method: { token: 'tok_bank_fails' } })).json<AttemptResponse>();
    const gatewayPayment = [...scripted.gateway.payments.values()].find((payment) => payment.reference === pending.id)!;
    scripted.gateway.settle(gatewayPayment.id, 'failed');
    const event = JSON.stringify({ id: 'evt_fail', payment_id: gatewayPayment.id, created_at: t.clock.now().toISOString() });
    await t.app.inject({ method: 'POST', url: '/webhooks/test-gateway', payload: event, headers: { 'content-type': 'application/json', 'test-gateway-signature': 'scripted' } });
    expect((await contact.client.get(`${contact.api}/payment-attempts/${pending.id}`)).json()).toMatchObject({ status: 'failed', failure_code: 'account_closed' });
    expect((await contact.client.get(`${contact.api}/payment-options`)).json<PaymentOptionsResponse>().documents[0]).toMatchObject({ pending_minor: 0, payable_minor: 6_000 });
  });

  it('a gateway that cannot be reached leaves the attempt to reconciliation: nothing charged is freed, a charge made is recorded once', async ({ t, staff }) => {
    const contact = await payer(t, staff);
    const invoice = await usdInvoice(staff, contact.customerId, 8_000);
    scripted.gateway.failNext = { count: 1, when: 'before' };
    const unreachable = await contact.pay({ document_ids: [invoice.id], currency: invoice.currency, payment_method: { token: 'tok_visa' } });
    expect(unreachable.statusCode).toBe(502);
    expect(unreachable.json()).toMatchObject({ error: { code: 'GATEWAY_UNAVAILABLE' } });
    t.clock.advance(61);
    await reconcileOpenAttempts(t.ctx);
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ balance_minor: 8_000 });

    scripted.gateway.failNext = { count: 1, when: 'after' };
    const key = randomUUID();
    const lost = await contact.pay({ document_ids: [invoice.id], currency: invoice.currency, payment_method: { token: 'tok_visa' } }, key);
    expect(lost.statusCode).toBe(502);
    expect(scripted.gateway.charges).toBe(1);
    // A retry with the same key resumes the same attempt: it finds the charge and records it.
    const retried = await contact.pay({ document_ids: [invoice.id], currency: invoice.currency, payment_method: { token: 'tok_visa' } }, key);
    expect(retried.statusCode).toBe(201);
    expect(retried.json()).toMatchObject({ status: 'succeeded' });
    t.clock.advance(61);
    await reconcileOpenAttempts(t.ctx);
    expect(scripted.gateway.charges).toBe(1);
    const payments = await staff.client.get(`/api/v1/payments?customer_id=${contact.customerId}`);
    expect(payments.json<{ data: unknown[] }>().data).toHaveLength(1);
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ status: 'paid', balance_minor: 0 });
  });

  it('pays several invoices in one charge, oldest first, applying an unused credit first', async ({ t, staff }) => {
    const contact = await payer(t, staff);
    const older = await usdInvoice(staff, contact.customerId, 3_000, { issueDate: '2026-10-01', dueDate: '2026-10-15' });
    const newer = await usdInvoice(staff, contact.customerId, 5_000, { issueDate: '2026-11-01', dueDate: '2026-11-30' });
    const credit = await invoiceOf(staff, contact.customerId, 1_000, { path: 'credit-notes' });
    const options = (await contact.client.get(`${contact.api}/payment-options`)).json<PaymentOptionsResponse>();
    expect(options.credits).toEqual([expect.objectContaining({ id: credit.id, balance_minor: 1_000 })]);
    const paid = await contact.pay({ document_ids: [newer.id, older.id], currency: older.currency, credit_note_ids: [credit.id], payment_method: { token: 'tok_visa' }, save_method: true });
    const attempt = paid.json<AttemptResponse>();
    expect(attempt).toMatchObject({ status: 'succeeded', amount_minor: 7_000 });
    expect(attempt.credits_applied).toEqual([expect.objectContaining({ credit_note_id: credit.id, document_id: older.id, amount_minor: 1_000 })]);
    expect(attempt.allocations.map((allocation) => [allocation.document_id, allocation.amount_minor])).toEqual([
      [older.id, 2_000],
      [newer.id, 5_000],
    ]);
    expect(await documentOf(staff, 'invoices', older.id)).toMatchObject({ status: 'paid', credited_minor: 1_000, paid_minor: 2_000 });
    expect(await documentOf(staff, 'invoices', newer.id)).toMatchObject({ status: 'paid' });

    const methods = (await contact.client.get(`${contact.api}/payment-methods`)).json<{ data: { id: string; is_default: boolean; last4: string }[] }>().data;
    expect(methods).toEqual([expect.objectContaining({ last4: '4242', is_default: true })]);
    const third = await usdInvoice(staff, contact.customerId, 2_500);
    const withSaved = await contact.pay({ document_ids: [third.id], currency: third.currency, payment_method: { saved_method_id: methods[0]!.id } });
    expect(withSaved.json()).toMatchObject({ status: 'succeeded', amount_minor: 2_500 });
  });

  it('saves, updates, defaults and removes payment methods; another customer’s method is not found', async ({ t, staff }) => {
    const contact = await payer(t, staff);
    const first = await contact.client.post(`${contact.api}/payment-methods`, { token: 'tok_visa' });
    expect(first.statusCode).toBe(201);
    const second = await contact.client.post(`${contact.api}/payment-methods`, { token: 'tok_mastercard' });
    const firstId = first.json<{ id: string; is_default: boolean }>().id;
    const secondId = second.json<{ id: string }>().id;
    expect(first.json()).toMatchObject({ is_default: true, expired: false });
    const updated = await contact.client.patch(`${contact.api}/payment-methods/${secondId}`, { exp_month: 3, exp_year: 2031, billing_address: { line1: '1 Main St', country: 'us' } });
    expect(updated.json()).toMatchObject({ exp_month: 3, exp_year: 2031, billing_address: { line1: '1 Main St', country: 'US' } });
    const past = await contact.client.patch(`${contact.api}/payment-methods/${secondId}`, { exp_month: 1, exp_year: 2020 });
    expect(past.statusCode).toBe(400);
    const onlyMonth = await contact.client.patch(`${contact.api}/payment-methods/${secondId}`, { exp_month: 1 });
    expect(onlyMonth.statusCode).toBe(400);
    expect((await contact.client.post(`${contact.api}/payment-methods/${secondId}/default`)).json()).toMatchObject({ is_default: true });
    const listed = (await contact.client.get(`${contact.api}/payment-methods`)).json<{ data: { id: string; is_default: boolean }[] }>().data;
    expect(listed.map((method) => [method.id, method.is_default])).toEqual([
      [secondId, true],
      [firstId, false],
    ]);
    const stranger = await acceptedContact(t, staff);
    expect((await stranger.client.delete(`${stranger.api}/payment-methods/${secondId}`)).statusCode).toBe(404);
    expect((await contact.client.delete(`${contact.api}/payment-methods/${secondId}`)).statusCode).toBe(204);
    expect((await contact.client.get(`${contact.api}/payment-methods`)).json<{ data: { id: string; is_default: boolean }[] }>().data).toEqual([expect.objectContaining({ id: firstId, is_default: true })]);
  });

  it('offers the instalment due now under a payment schedule, and never asks for a paid deposit again', async ({ t, staff }) => {
    const contact = await payer(t, staff);
    const invoice = await usdInvoice(staff, contact.customerId, 10_000, { issueDate: '2026-11-01', dueDate: '2027-01-31' });
    const scheduled = await staff.client.put(`/api/v1/invoices/${invoice.id}/payment-schedule`, {
      instalments: [
        { kind: 'deposit', percent_basis_points: 3_000, due_date: '2026-11-20' },
        { kind: 'instalment', amount_minor: 3_500, due_date: '2026-12-31' },
        { kind: 'instalment', amount_minor: 3_500, due_date: '2027-01-31' },
      ],
    });
    expect(scheduled.statusCode).toBe(200);
    const before = (await contact.client.get(`${contact.api}/payment-options`)).json<PaymentOptionsResponse>().documents[0]!;
    expect(before).toMatchObject({ due_now_minor: 3_000, overdue: true, payable_minor: 10_000 });
    expect(before.schedule?.map((instalment) => instalment.status)).toEqual(['overdue', 'upcoming', 'upcoming']);
    // Whole payments only, yet the deposit alone is accepted: it is what the schedule asks.
    const deposit = await contact.pay({ document_ids: [invoice.id], amount_minor: 3_000, currency: invoice.currency, payment_method: { token: 'tok_visa' } });
    expect(deposit.json()).toMatchObject({ status: 'succeeded', amount_minor: 3_000 });
    const after = (await contact.client.get(`${contact.api}/payment-options`)).json<PaymentOptionsResponse>().documents[0]!;
    expect(after).toMatchObject({ due_now_minor: 3_500, overdue: false, payable_minor: 7_000 });
    expect(after.schedule?.map((instalment) => instalment.status)).toEqual(['paid', 'upcoming', 'upcoming']);
    const odd = await contact.pay({ document_ids: [invoice.id], amount_minor: 1_000, currency: invoice.currency, payment_method: { token: 'tok_visa' } });
    expect(odd.json()).toMatchObject({ error: { code: 'PARTIAL_PAYMENT_NOT_ALLOWED' } });
  });
});

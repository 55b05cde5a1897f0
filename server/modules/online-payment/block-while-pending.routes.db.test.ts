import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { documentOf, invoiceOf } from '../../test/billing-payment-builders.ts';
import type { SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { acceptedContact } from '../../test/portal-builders.ts';
import { ScriptedGateway } from '../../test/scripted-gateway.ts';
import type { TestApp } from '../../test/test-app.ts';
import type { AttemptResponse, PaymentOptionsResponse } from './online-payment.schemas.ts';

const scripted = { gateway: new ScriptedGateway() };
const gateways = { forChoice: () => scripted.gateway };

/** A contact allowed to pay by bank, two open invoices, and a bank payment of the first still pending. */
async function pendingBankPayment(t: TestApp, staff: SignedUpStaff, block: boolean) {
  scripted.gateway = new ScriptedGateway();
  expect((await staff.client.patch('/api/v1/portal/settings', { block_payment_while_pending: block })).statusCode).toBe(200);
  const contact = await acceptedContact(t, staff);
  await t.ctx.db.updateTable('customers').set({ allow_bank_payments: 1 }).where('id', '=', contact.customerId).execute();
  const first = await invoiceOf(staff, contact.customerId, 4_000);
  const second = await invoiceOf(staff, contact.customerId, 6_000);
  const pay = (body: Record<string, unknown>) => contact.client.request('POST', `${contact.api}/payments`, body, { 'idempotency-key': randomUUID() });
  const pending = await pay({ document_ids: [first.id], currency: first.currency, payment_method: { token: 'tok_bank' } });
  expect(pending.statusCode).toBe(201);
  expect(pending.json<AttemptResponse>()).toMatchObject({ status: 'pending' });
  const options = async () => (await contact.client.get(`${contact.api}/payment-options`)).json<PaymentOptionsResponse>();
  return { contact, first, second, pending: pending.json<AttemptResponse>(), pay, options };
}

describeOnEachDialect('blocking a new payment while one is pending (SPEC §1)', { gateways, startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('with the setting on, a pending bank payment of one invoice blocks paying another of the same customer, until it settles', async ({ t, staff }) => {
    const { first, second, pending, pay, options } = await pendingBankPayment(t, staff, true);
    expect(await options()).toMatchObject({ blocked_by_pending_payment: true });
    const charged = scripted.gateway.payments.size;

    const blocked = await pay({ document_ids: [second.id], currency: second.currency, payment_method: { token: 'tok_visa' } });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json()).toMatchObject({ error: { code: 'PAYMENT_IN_PROGRESS' } });
    expect(scripted.gateway.payments.size).toBe(charged);
    expect(await documentOf(staff, 'invoices', second.id)).toMatchObject({ balance_minor: 6_000, status: 'sent' });

    // Once the bank payment settles, the account can pay again.
    const gatewayPayment = [...scripted.gateway.payments.values()].find((payment) => payment.reference === pending.id)!;
    scripted.gateway.settle(gatewayPayment.id, 'succeeded');
    const event = JSON.stringify({ id: `evt_${randomUUID()}`, payment_id: gatewayPayment.id, created_at: t.clock.now().toISOString() });
    const delivered = await t.app.inject({ method: 'POST', url: '/webhooks/test-gateway', payload: event, headers: { 'content-type': 'application/json', 'test-gateway-signature': 'scripted' } });
    expect(delivered.statusCode).toBe(200);
    expect(await documentOf(staff, 'invoices', first.id)).toMatchObject({ status: 'paid' });
    expect(await options()).toMatchObject({ blocked_by_pending_payment: false });
    const paid = await pay({ document_ids: [second.id], currency: second.currency, payment_method: { token: 'tok_visa' } });
    expect(paid.statusCode).toBe(201);
    expect(paid.json<AttemptResponse>()).toMatchObject({ status: 'succeeded' });
  });

  it('with the setting off, a pending bank payment blocks only its own invoice', async ({ t, staff }) => {
    const { first, second, pay, options } = await pendingBankPayment(t, staff, false);
    expect(await options()).toMatchObject({ blocked_by_pending_payment: false });
    const again = await pay({ document_ids: [first.id], currency: first.currency, payment_method: { token: 'tok_visa' } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'PAYMENT_IN_PROGRESS' } });
    const other = await pay({ document_ids: [second.id], currency: second.currency, payment_method: { token: 'tok_visa' } });
    expect(other.statusCode).toBe(201);
    expect(other.json<AttemptResponse>()).toMatchObject({ status: 'succeeded' });
    expect(await documentOf(staff, 'invoices', second.id)).toMatchObject({ status: 'paid', balance_minor: 0 });
  });

  it('blocks only the customer whose payment is pending', async ({ t, staff }) => {
    await pendingBankPayment(t, staff, true);
    const gateway = scripted.gateway;
    const neighbour = await acceptedContact(t, staff);
    const invoice = await invoiceOf(staff, neighbour.customerId, 2_000);
    scripted.gateway = gateway;
    const paid = await neighbour.client.request('POST', `${neighbour.api}/payments`, { document_ids: [invoice.id], currency: invoice.currency, payment_method: { token: 'tok_visa' } }, { 'idempotency-key': randomUUID() });
    expect(paid.statusCode).toBe(201);
    expect(paid.json<AttemptResponse>()).toMatchObject({ status: 'succeeded' });
  });
});

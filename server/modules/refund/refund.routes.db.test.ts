import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { documentOf, invoiceOf, recordTestPayment } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { acceptedContact } from '../../test/portal-builders.ts';
import { ScriptedGateway } from '../../test/scripted-gateway.ts';
import type { AttemptResponse } from '../online-payment/online-payment.schemas.ts';
import type { RefundResponse } from './refund.schemas.ts';

const scripted = { gateway: new ScriptedGateway() };
const gateways = { forChoice: () => scripted.gateway };

describeOnEachDialect('refunds', { gateways, startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('refunds half of an online payment at the gateway and reopens the invoice by as much; replays and over-refunds change nothing', async ({ t, staff }) => {
    scripted.gateway = new ScriptedGateway();
    const contact = await acceptedContact(t, staff);
    const invoice = await invoiceOf(staff, contact.customerId, 10_000);
    const paid = await contact.client.request('POST', `${contact.api}/payments`, { document_ids: [invoice.id], currency: invoice.currency, payment_method: { token: 'tok_visa' } }, { 'idempotency-key': randomUUID() });
    const paymentId = paid.json<AttemptResponse>().payment!.id;
    const refund = (body: unknown, key: string | null = randomUUID()) => staff.client.request('POST', `/api/v1/payments/${paymentId}/refunds`, body, key === null ? {} : { 'idempotency-key': key });

    expect((await refund({ amount_minor: 5_000 }, null)).statusCode).toBe(400);
    const key = randomUUID();
    const half = await refund({ amount_minor: 5_000, reason: 'Returned half the order' }, key);
    expect(half.statusCode).toBe(201);
    expect(half.json<RefundResponse>()).toMatchObject({ status: 'succeeded', amount_minor: 5_000, documents: [{ document_id: invoice.id, amount_minor: 5_000 }] });
    expect(scripted.gateway.refunds).toHaveLength(1);
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ status: 'partially_paid', paid_minor: 5_000, balance_minor: 5_000 });
    const replay = await refund({ amount_minor: 5_000, reason: 'Returned half the order' }, key);
    expect(replay.json()).toEqual(half.json());
    expect((await refund({ amount_minor: 4_000 }, key)).json()).toMatchObject({ error: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    const beyond = await refund({ amount_minor: 5_001 });
    expect(beyond.statusCode).toBe(422);
    expect(beyond.json()).toMatchObject({ error: { code: 'REFUND_EXCEEDS_PAYMENT', details: [{ field: 'amount_minor' }] } });
    expect(scripted.gateway.refunds).toHaveLength(1);
    const listed = await staff.client.get(`/api/v1/payments/${paymentId}/refunds`);
    expect(listed.json<{ data: RefundResponse[] }>().data).toHaveLength(1);
    const payment = await staff.client.get(`/api/v1/payments/${paymentId}`);
    expect(payment.statusCode).toBe(200);
  });

  it('never refunds more than was paid when refunds race', async ({ t, staff }) => {
    scripted.gateway = new ScriptedGateway();
    const contact = await acceptedContact(t, staff);
    const invoice = await invoiceOf(staff, contact.customerId, 10_000);
    const payment = await recordTestPayment(staff, { customer_id: contact.customerId, amount_minor: 10_000, currency: invoice.currency });
    const answers = await Promise.all(Array.from({ length: 10 }, () => staff.client.request('POST', `/api/v1/payments/${payment.id}/refunds`, { amount_minor: 4_000 }, { 'idempotency-key': randomUUID() })));
    expect(answers.filter((answer) => answer.statusCode === 201)).toHaveLength(2);
    expect(answers.filter((answer) => answer.statusCode === 422)).toHaveLength(8);
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ paid_minor: 2_000, balance_minor: 8_000, status: 'partially_paid' });
    // An offline payment's refund never calls the gateway.
    expect(scripted.gateway.refunds).toHaveLength(0);
  });

  it('another organization’s payment is not found', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const invoice = await invoiceOf(staff, contact.customerId, 1_000);
    const payment = await recordTestPayment(staff, { customer_id: contact.customerId, amount_minor: 1_000, currency: invoice.currency });
    const { signUpStaff } = await import('../../test/builders.ts');
    const other = await signUpStaff(t.app);
    const refused = await other.client.request('POST', `/api/v1/payments/${payment.id}/refunds`, { amount_minor: 100 }, { 'idempotency-key': randomUUID() });
    expect(refused.statusCode).toBe(404);
    expect((await other.client.get(`/api/v1/payments/${payment.id}/refunds`)).statusCode).toBe(404);
  });
});

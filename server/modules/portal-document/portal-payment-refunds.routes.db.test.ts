import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { invoiceOf, recordTestPayment } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { acceptedContact } from '../../test/portal-builders.ts';
import type { DocumentDetail, PaymentResponse } from './portal-document.schemas.ts';

describeOnEachDialect('refunds in the portal', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('shows a payment’s refunds with amount, date and reason and what is left, and the refunded part on the invoice', async ({ t, staff, clock }) => {
    const contact = await acceptedContact(t, staff);
    const first = await invoiceOf(staff, contact.customerId, 6_000, { issueDate: '2026-11-01' });
    const second = await invoiceOf(staff, contact.customerId, 4_000, { issueDate: '2026-11-02' });
    const payment = await recordTestPayment(staff, { customer_id: contact.customerId, amount_minor: 10_000, currency: first.currency });
    const refund = (amount: number, reason: string | null) =>
      staff.client.request('POST', `/api/v1/payments/${payment.id}/refunds`, { amount_minor: amount, reason }, { 'idempotency-key': randomUUID() });
    expect((await refund(3_000, 'Returned goods')).statusCode).toBe(201);
    clock.set(new Date('2026-11-25T10:05:00.000Z'));
    expect((await refund(500, null)).statusCode).toBe(201);

    const detail = await contact.client.get(`${contact.api}/payments/${payment.id}`);
    expect(detail.statusCode).toBe(200);
    const shown = detail.json<PaymentResponse>();
    expect(shown).toMatchObject({ amount_minor: 10_000, refunded_minor: 3_500, left_minor: 6_500 });
    expect(shown.refunds).toEqual([
      { id: expect.any(String), amount_minor: 3_000, status: 'succeeded', reason: 'Returned goods', created_at: '2026-11-25T10:00:00.000Z', completed_at: '2026-11-25T10:00:00.000Z' },
      { id: expect.any(String), amount_minor: 500, status: 'succeeded', reason: null, created_at: '2026-11-25T10:05:00.000Z', completed_at: '2026-11-25T10:05:00.000Z' },
    ]);
    const listed = (await contact.client.get(`${contact.api}/payments`)).json<{ data: PaymentResponse[] }>().data;
    expect(listed.find((row) => row.id === payment.id)).toMatchObject({ refunded_minor: 3_500, left_minor: 6_500 });
    expect(listed.find((row) => row.id === payment.id)?.refunds).toHaveLength(2);

    // Refunds give back newest first: the second invoice first, then the first.
    const invoices = await Promise.all([first, second].map(async (invoice) => (await contact.client.get(`${contact.api}/invoices/${invoice.id}`)).json<DocumentDetail>()));
    expect(invoices.map((invoice) => invoice.payments.map((row) => [row.id, row.amount_minor, row.refunded_minor]))).toEqual([
      [[payment.id, 6_000, 0]],
      [[payment.id, 4_000, 3_500]],
    ]);
    expect(invoices.map((invoice) => invoice.balance_minor)).toEqual([0, 3_500]);
  });

  it('shows a payment without refunds as left in full, and another customer’s payment not at all', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const invoice = await invoiceOf(staff, contact.customerId, 2_000);
    const payment = await recordTestPayment(staff, { customer_id: contact.customerId, amount_minor: 2_000, currency: invoice.currency });
    expect((await contact.client.get(`${contact.api}/payments/${payment.id}`)).json()).toMatchObject({ refunded_minor: 0, left_minor: 2_000, refunds: [] });
    const neighbour = await acceptedContact(t, staff);
    expect((await neighbour.client.get(`${neighbour.api}/payments/${payment.id}`)).statusCode).toBe(404);
  });
});

import { expect } from 'vitest';
import { applyTestCredit, createBillingCustomer, invoiceOf, recordTestPayment } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { insertRefund } from '../../test/online-payment-builders.ts';
import { recomputeDocumentBalance, recomputeInvoiceBalances } from './document.service.ts';

describeOnEachDialect('invoice balances recomputed in bulk', (it) => {
  it('sets every figure recomputeDocumentBalance sets: payments less refunds, credits, balance and status', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff, { currency: 'EUR' });
    const [unpaid, partly, paid, credited, refunded] = await Promise.all([1000, 2000, 3000, 4000, 5000].map((total) => invoiceOf(staff, customer.id, total, { issueDate: '2026-11-01' })));
    await recordTestPayment(staff, { customer_id: customer.id, amount_minor: 500, currency: 'EUR', paid_on: '2026-11-02', allocations: [{ document_id: partly!.id, amount_minor: 500 }] });
    await recordTestPayment(staff, { customer_id: customer.id, amount_minor: 3000, currency: 'EUR', paid_on: '2026-11-02', allocations: [{ document_id: paid!.id, amount_minor: 3000 }] });
    const note = await invoiceOf(staff, customer.id, 1500, { issueDate: '2026-11-01', path: 'credit-notes' });
    expect((await applyTestCredit(staff, note.id, [{ invoice_id: credited!.id, amount_minor: 1500 }])).statusCode).toBe(200);
    const payment = await recordTestPayment(staff, { customer_id: customer.id, amount_minor: 5000, currency: 'EUR', paid_on: '2026-11-02', allocations: [{ document_id: refunded!.id, amount_minor: 5000 }] });
    await insertRefund(t.ctx.db, { organizationId: staff.organization.id, paymentId: payment.id, currency: 'EUR', allocations: [{ documentId: refunded!.id, amountMinor: 2000 }] });

    const ids = [unpaid!.id, partly!.id, paid!.id, credited!.id, refunded!.id];
    const figures = async () => {
      const rows = await t.ctx.db.selectFrom('documents').select(['id', 'status', 'paid_minor', 'credited_minor', 'balance_minor']).where('id', 'in', ids).orderBy('total_minor').execute();
      return rows.map((row) => ({ ...row, paid_minor: Number(row.paid_minor), credited_minor: Number(row.credited_minor), balance_minor: Number(row.balance_minor) }));
    };
    for (const id of ids) await recomputeDocumentBalance(t.ctx.db, id);
    const oneByOne = await figures();
    expect(oneByOne.map((row) => [row.status, row.paid_minor, row.credited_minor, row.balance_minor])).toEqual([
      ['sent', 0, 0, 1000],
      ['partially_paid', 500, 0, 1500],
      ['paid', 3000, 0, 0],
      ['partially_paid', 0, 1500, 2500],
      ['partially_paid', 3000, 0, 2000],
    ]);

    await t.ctx.db.updateTable('documents').set({ status: 'sent', paid_minor: 0, credited_minor: 0, balance_minor: 1 }).where('id', 'in', ids).execute();
    await recomputeInvoiceBalances(t.ctx.db, [...ids, note.id]);
    expect(await figures()).toEqual(oneByOne);
    // A credit note among the ids is left as it was.
    expect(await t.ctx.db.selectFrom('documents').select('status').where('id', '=', note.id).executeTakeFirstOrThrow()).toEqual({ status: 'closed' });
  });
});

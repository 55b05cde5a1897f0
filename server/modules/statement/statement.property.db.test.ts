import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { expect } from 'vitest';
import { applyTestCredit, createBillingCustomer, documentOf, invoiceOf, recordTestPayment } from '../../test/billing-payment-builders.ts';
import { addDays } from './statement-dates.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

const START = '2026-01-01';
const TODAY_OFFSET = 328; // 2026-11-25, the test clock's day

const history = fc.record({
  invoices: fc.array(fc.record({ issue: fc.integer({ min: 0, max: 320 }), dueIn: fc.integer({ min: 0, max: 60 }), total: fc.integer({ min: 1, max: 50_000 }) }), { minLength: 1, maxLength: 4 }),
  settlements: fc.array(fc.record({ invoice: fc.nat({ max: 3 }), share: fc.integer({ min: 1, max: 100 }), after: fc.integer({ min: 0, max: 40 }), credit: fc.boolean(), refund: fc.integer({ min: 0, max: 100 }) }), { maxLength: 5 }),
  from: fc.integer({ min: 0, max: 330 }),
  length: fc.integer({ min: 0, max: 120 }),
});

describeOnEachDialect('statement figures for random histories', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('closes at opening + invoices − payments − credits + refunds, equal to the ageing, and to what is owed', async ({ staff }) => {
    await fc.assert(
      fc.asyncProperty(history, async ({ invoices, settlements, from, length }) => {
        const customer = await createBillingCustomer(staff);
        const creditNote = await invoiceOf(staff, customer.id, 1_000_000, { path: 'credit-notes', issueDate: START });
        const created = [];
        for (const spec of invoices) {
          const issueDate = addDays(START, spec.issue);
          created.push({ ...(await invoiceOf(staff, customer.id, spec.total, { issueDate, dueDate: addDays(issueDate, spec.dueIn) })), left: spec.total, issue: spec.issue });
        }
        for (const step of settlements) {
          const invoice = created[step.invoice % created.length]!;
          const amount = Math.max(1, Math.floor((invoice.left * step.share) / 100));
          if (invoice.left === 0 || amount > invoice.left) continue;
          invoice.left -= amount;
          if (step.credit) {
            expect((await applyTestCredit(staff, creditNote.id, [{ invoice_id: invoice.id, amount_minor: amount }])).statusCode).toBe(200);
          } else {
            const paidOn = addDays(START, Math.min(invoice.issue + step.after, TODAY_OFFSET));
            const payment = await recordTestPayment(staff, { customer_id: customer.id, amount_minor: amount, currency: 'EUR', paid_on: paidOn, allocations: [{ document_id: invoice.id, amount_minor: amount }] });
            // Some payments are partly refunded (today): the invoice owes that much again.
            const back = Math.floor((amount * step.refund) / 100);
            if (back > 0) {
              const refunded = await staff.client.request('POST', `/api/v1/payments/${payment.id}/refunds`, { amount_minor: back }, { 'idempotency-key': randomUUID() });
              expect(refunded.statusCode).toBe(201);
              invoice.left += back;
            }
          }
        }
        const period = `period=custom&from=${addDays(START, from)}&to=${addDays(START, from + length)}`;
        const statement = (await staff.client.get(`/api/v1/customers/${customer.id}/statement?${period}`)).json();
        expect(statement.closing_balance_minor).toBe(statement.opening_balance_minor + statement.invoiced_minor - statement.paid_minor - statement.credited_minor + statement.refunded_minor);
        const ageing = Object.values(statement.ageing as Record<string, number>).reduce((sum, value) => sum + value, 0);
        expect(ageing).toBe(statement.closing_balance_minor);
        const everything = (await staff.client.get(`/api/v1/customers/${customer.id}/statement?period=custom&from=${START}&to=2026-12-31`)).json();
        let owed = 0;
        for (const invoice of created) owed += (await documentOf(staff, 'invoices', invoice.id)).balance_minor;
        expect(everything.closing_balance_minor).toBe(owed);
        expect(owed).toBe(created.reduce((sum, invoice) => sum + invoice.left, 0));
      }),
      { numRuns: 12 },
    );
  }, 180_000);
});

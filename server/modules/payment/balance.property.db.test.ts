import fc from 'fast-check';
import { expect } from 'vitest';
import { applyTestCredit, createBillingCustomer, documentOf, invoiceOf, postPayment } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

type Operation = { kind: 'payment'; invoice: number; amount: number } | { kind: 'credit'; creditNote: number; invoice: number; amount: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('payment' as const), invoice: fc.nat({ max: 2 }), amount: fc.integer({ min: 1, max: 6_000 }) }),
  fc.record({ kind: fc.constant('credit' as const), creditNote: fc.nat({ max: 1 }), invoice: fc.nat({ max: 2 }), amount: fc.integer({ min: 1, max: 4_000 }) }),
);

describeOnEachDialect('invoice balances under random payments and credits', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('keeps balance = total − payments − credits ≥ 0; refused operations change nothing', async ({ staff }) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 9_999 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 5_000 }), { minLength: 2, maxLength: 2 }),
        fc.array(operation, { minLength: 1, maxLength: 8 }),
        async (invoiceTotals, creditTotals, operations) => {
          const customer = await createBillingCustomer(staff);
          const invoices = [];
          for (const total of invoiceTotals) invoices.push(await invoiceOf(staff, customer.id, total));
          const creditNotes = [];
          for (const total of creditTotals) creditNotes.push(await invoiceOf(staff, customer.id, total, { path: 'credit-notes' }));
          const paid = invoiceTotals.map(() => 0);
          const credited = invoiceTotals.map(() => 0);
          const unused = [...creditTotals];
          const balance = (i: number) => invoiceTotals[i]! - paid[i]! - credited[i]!;
          for (const op of operations) {
            const invoice = invoices[op.invoice]!;
            if (op.kind === 'payment') {
              const response = await postPayment(staff, { customer_id: customer.id, amount_minor: op.amount, currency: 'EUR', allocations: [{ document_id: invoice.id, amount_minor: op.amount }] });
              const allowed = op.amount <= balance(op.invoice);
              expect(response.statusCode).toBe(allowed ? 201 : 409);
              if (allowed) paid[op.invoice]! += op.amount;
            } else {
              const response = await applyTestCredit(staff, creditNotes[op.creditNote]!.id, [{ invoice_id: invoice.id, amount_minor: op.amount }]);
              const allowed = unused[op.creditNote]! > 0 && op.amount <= unused[op.creditNote]! && op.amount <= balance(op.invoice);
              expect(response.statusCode).toBe(allowed ? 200 : 409);
              if (allowed) {
                credited[op.invoice]! += op.amount;
                unused[op.creditNote]! -= op.amount;
              }
            }
          }
          for (const [i, invoice] of invoices.entries()) {
            const stored = await documentOf(staff, 'invoices', invoice.id);
            expect(stored).toMatchObject({ paid_minor: paid[i], credited_minor: credited[i], balance_minor: balance(i) });
            expect(stored.balance_minor).toBe(stored.total_minor - stored.paid_minor - stored.credited_minor);
            expect(stored.balance_minor).toBeGreaterThanOrEqual(0);
            expect(stored.status).toBe(balance(i) === 0 ? 'paid' : paid[i]! + credited[i]! > 0 ? 'partially_paid' : 'sent');
          }
          for (const [j, creditNote] of creditNotes.entries()) {
            const stored = await documentOf(staff, 'credit-notes', creditNote.id);
            expect(stored).toMatchObject({ balance_minor: unused[j], status: unused[j] === 0 ? 'closed' : 'open' });
          }
        },
      ),
      { numRuns: 20 },
    );
  }, 120_000);
});

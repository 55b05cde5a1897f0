import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { expect } from 'vitest';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { keysetOrder, walkPages, wholeList } from '../../test/paging.ts';
import { insertPayment, portalCustomer } from '../../test/portal-document-builders.ts';
import { documentSorts, paymentSorts } from './portal-document.ts';

// Few distinct values, so that ties (broken by id) and missing due dates are common. Numbers are unique
// per organization; they are letters and digits only, which every collation orders the same way.
const invoiceSeed = fc.record({
  number: fc.constantFrom('A1', 'A10', 'B', '9'),
  issueDate: fc.constantFrom('2026-10-31', '2026-11-01'),
  dueDate: fc.option(fc.constantFrom('2026-11-15', '2026-12-01'), { freq: 2 }),
  total: fc.constantFrom(100, 250),
  status: fc.constantFrom('draft', 'sent', 'paid'),
});
interface SeededInvoice {
  id: string;
  number: string;
  issue_date: string;
  due_date: string | null;
  total: number;
  status: string;
}
interface SeededPayment {
  id: string;
  number: string;
  paid_on: string;
  amount: number;
}

const invoiceKeys = { issue_date: (i: SeededInvoice) => i.issue_date, due_date: (i: SeededInvoice) => i.due_date, total: (i: SeededInvoice) => i.total, number: (i: SeededInvoice) => i.number };
const paymentKeys = { paid_on: (p: SeededPayment) => p.paid_on, amount: (p: SeededPayment) => p.amount, number: (p: SeededPayment) => p.number };

const paymentSeed = fc.record({ number: fc.constantFrom('P1', 'P10', 'Q'), paidOn: fc.constantFrom('2026-11-01', '2026-11-02'), amount: fc.constantFrom(100, 250) });

describeOnEachDialect('paging the portal lists', (it) => {
  it('walks every visible invoice and payment exactly once, in the order of the whole list, for every sort and page size', async ({ t, staff }) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(invoiceSeed, { maxLength: 15 }),
        fc.array(paymentSeed, { maxLength: 10 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('all', 'paid'),
        fc.constantFrom(undefined, 'a1'),
        async (invoiceSeeds, paymentSeeds, limit, filter, search) => {
          const me = await portalCustomer(t, staff);
          const run = randomBytes(3).toString('hex').toUpperCase();
          const invoices: SeededInvoice[] = [];
          for (const [index, seed] of invoiceSeeds.entries()) {
            const number = `${seed.number}${run}${index}`;
            const { id } = await me.doc({ ...seed, number, balance: seed.status === 'paid' ? 0 : seed.total });
            invoices.push({ id, number, issue_date: seed.issueDate, due_date: seed.dueDate, total: seed.total, status: seed.status });
          }
          const payments: SeededPayment[] = [];
          for (const [index, seed] of paymentSeeds.entries()) {
            const number = `${seed.number}${run}${index}`;
            const { id } = await insertPayment(t.ctx.db, { organizationId: me.organizationId, customerId: me.customerId, amount: seed.amount, paidOn: seed.paidOn, number });
            payments.push({ id, number, paid_on: seed.paidOn, amount: seed.amount });
          }
          const found = (number: string) => !search || number.toLowerCase().includes(search);
          const visible = invoices.filter((invoice) => invoice.status !== 'draft' && (filter === 'all' || invoice.status === 'paid') && found(invoice.number));
          for (const sort of documentSorts) {
            const path = `${me.api}/invoices?filter=${filter}&sort=${sort}${search ? `&search=${search}` : ''}`;
            const whole = await wholeList(me.client, path);
            expect(whole).toEqual(keysetOrder(visible, invoiceKeys[sort.replace('-', '') as keyof typeof invoiceKeys], sort.startsWith('-')));
            expect(await walkPages(me.client, path, limit)).toEqual(whole);
          }
          for (const sort of paymentSorts) {
            const path = `${me.api}/payments?sort=${sort}${search ? `&search=${search}` : ''}`;
            const whole = await wholeList(me.client, path);
            expect(whole).toEqual(keysetOrder(payments.filter((p) => found(p.number)), paymentKeys[sort.replace('-', '') as keyof typeof paymentKeys], sort.startsWith('-')));
            expect(await walkPages(me.client, path, limit)).toEqual(whole);
          }
        },
      ),
      { numRuns: 10 },
    );
  }, 180_000);
});

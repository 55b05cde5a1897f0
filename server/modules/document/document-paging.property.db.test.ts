import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { expect } from 'vitest';
import { createBillingCustomer } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { keysetOrder, walkPages, wholeList } from '../../test/paging.ts';
import { insertDocument } from '../../test/portal-document-builders.ts';
import type { DocumentsTable } from '../../db/billing-tables.ts';
import { documentSorts } from './document.schemas.ts';

// Few distinct values, so that ties (broken by id) and missing due dates are common. Numbers are unique
// per organization; they are letters and digits only, which every collation orders the same way.
const seed = fc.record({
  number: fc.constantFrom('A1', 'A10', 'A2', 'B', 'B0', '9'),
  issueDate: fc.constantFrom('2026-10-31', '2026-11-01', '2026-11-02'),
  dueDate: fc.option(fc.constantFrom('2026-11-15', '2026-12-01'), { freq: 2 }),
  total: fc.constantFrom(0, 100, 250, 99_999),
  status: fc.constantFrom('draft', 'sent', 'paid'),
});

const keyOf: Record<string, (row: DocumentsTable) => string | number | null> = {
  issue_date: (row) => row.issue_date,
  due_date: (row) => row.due_date,
  total: (row) => row.total_minor,
  number: (row) => row.number,
};

describeOnEachDialect('paging the staff invoice list', (it) => {
  it('walks every matching invoice exactly once, in the order of the whole list, for every sort, filter and page size', async ({ t, staff }) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(seed, { maxLength: 20 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(undefined, 'sent', 'draft'),
        fc.constantFrom(undefined, 'a1', 'B'),
        async (seeds, limit, status, search) => {
          const customer = await createBillingCustomer(staff);
          const run = randomBytes(3).toString('hex').toUpperCase();
          const rows: DocumentsTable[] = [];
          for (const [index, document] of seeds.entries()) {
            const number = `${document.number}${run}${index}`;
            const { id } = await insertDocument(t.ctx.db, { organizationId: staff.organization.id, customerId: customer.id, ...document, number, balance: document.status === 'paid' ? 0 : document.total });
            rows.push((await t.ctx.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirstOrThrow()));
          }
          const matching = rows.filter((row) => (!status || row.status === status) && (!search || row.number.toLowerCase().includes(search.toLowerCase())));
          const filters = `customer_id=${customer.id}${status ? `&status=${status}` : ''}${search ? `&search=${search}` : ''}`;
          for (const sort of documentSorts) {
            const path = `/api/v1/invoices?${filters}&sort=${sort}`;
            const whole = await wholeList(staff.client, path);
            expect(whole).toEqual(keysetOrder(matching, keyOf[sort.replace('-', '')]!, sort.startsWith('-')));
            expect(await walkPages(staff.client, path, limit)).toEqual(whole);
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 180_000);
});

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDocumentAmounts } from '../../../contract/document-totals.ts';
import { createCustomerWithContact, signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { createTax } from '../../test/billing-builders.ts';
import { createTestApp, testDialects, type TestApp } from '../../test/test-app.ts';

const lineArbitrary = fc.record({
  quantity: fc.integer({ min: 1, max: 100_000 }).map((milli) => milli / 1000),
  rate_minor: fc.integer({ min: 0, max: 5_000_000 }),
  discount: fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 10_000 }).map((bp) => ({ type: 'percent' as const, percent: bp / 100 })),
    fc.integer({ min: 0, max: 1_000_000 }).map((amount) => ({ type: 'amount' as const, amount_minor: amount })),
  ),
  taxed: fc.boolean(),
});

describe.each(testDialects())('document totals as stored on %s (property)', (dialect) => {
  let t: TestApp;
  let staff: SignedUpStaff;
  let customerId: string;
  let taxId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    staff = await signUpStaff(t.app);
    customerId = (await createCustomerWithContact(staff)).customerId;
    taxId = await createTax(staff, 8.875);
  });
  afterAll(async () => t.close());

  it('stores integer totals equal to the sums of the stored lines and to the pure function', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(lineArbitrary, { minLength: 1, maxLength: 12 }), async (lines) => {
        const body = {
          customer_id: customerId,
          lines: lines.map((line, i) => ({ name: `Line ${i}`, quantity: line.quantity, rate_minor: line.rate_minor, discount: line.discount, ...(line.taxed ? { tax_id: taxId } : {}) })),
        };
        const created = await staff.client.post('/api/v1/invoices', body);
        expect(created.statusCode).toBe(201);
        const stored = (await staff.client.get(`/api/v1/invoices/${created.json().id}`)).json();
        const expected = computeDocumentAmounts(
          lines.map((line) => ({
            quantity_milli: Math.round(line.quantity * 1000),
            rate_minor: line.rate_minor,
            discount_type: line.discount?.type ?? null,
            discount_value: line.discount ? (line.discount.type === 'percent' ? Math.round(line.discount.percent * 100) : line.discount.amount_minor) : 0,
            tax_rate_millipercent: line.taxed ? 8875 : 0,
          })),
        );
        const sum = (key: 'gross_minor' | 'discount_minor' | 'tax_minor' | 'total_minor') => (stored.lines as Record<string, number>[]).reduce((total, line) => total + line[key]!, 0);
        expect({ subtotal: stored.subtotal_minor, discount: stored.discount_minor, tax: stored.tax_minor, total: stored.total_minor }).toEqual({
          subtotal: expected.subtotal_minor,
          discount: expected.discount_minor,
          tax: expected.tax_minor,
          total: expected.total_minor,
        });
        expect([sum('gross_minor'), sum('discount_minor'), sum('tax_minor'), sum('total_minor')]).toEqual([stored.subtotal_minor, stored.discount_minor, stored.tax_minor, stored.total_minor]);
        expect(stored.balance_minor).toBe(stored.total_minor);
        for (const value of [stored.subtotal_minor, stored.discount_minor, stored.tax_minor, stored.total_minor]) expect(Number.isSafeInteger(value)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});

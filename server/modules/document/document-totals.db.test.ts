import fc from 'fast-check';
import { expect } from 'vitest';
import type { SignedUpStaff } from '../../test/builders.ts';
import { createCustomerWithContact } from '../../test/builders.ts';
import { createTax } from '../../test/billing-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { oracleTotals, type OracleLine } from '../../test/totals-oracle.ts';

interface StoredDocument {
  subtotal_minor: number;
  discount_minor: number;
  tax_minor: number;
  total_minor: number;
  balance_minor: number;
  lines: { gross_minor: number; discount_minor: number; tax_minor: number; total_minor: number }[];
}

/** Creates an invoice through the API and reads it back as stored. */
async function storeInvoice(staff: SignedUpStaff, customerId: string, lines: OracleLine[], taxIds: Map<number, string>): Promise<StoredDocument> {
  const body = {
    customer_id: customerId,
    lines: lines.map((line, index) => ({
      name: `Line ${index}`,
      quantity: line.quantity,
      rate_minor: line.rate_minor,
      discount: line.discount,
      ...(line.tax_percent === null ? {} : { tax_id: taxIds.get(line.tax_percent) }),
    })),
  };
  const created = await staff.client.post('/api/v1/invoices', body);
  expect(created.statusCode, created.body).toBe(201);
  return (await staff.client.get(`/api/v1/invoices/${created.json().id}`)).json<StoredDocument>();
}

const totalsOf = (document: Omit<StoredDocument, 'lines' | 'balance_minor'>) => ({
  subtotal_minor: document.subtotal_minor,
  discount_minor: document.discount_minor,
  tax_minor: document.tax_minor,
  total_minor: document.total_minor,
});

async function taxesFor(staff: SignedUpStaff, rates: number[]): Promise<Map<number, string>> {
  const ids = new Map<number, string>();
  for (const rate of rates) ids.set(rate, await createTax(staff, rate));
  return ids;
}

describeOnEachDialect('document totals as stored', (it) => {
  it('stores the totals worked out by hand for lines that round at every step', async ({ staff }) => {
    const customerId = (await createCustomerWithContact(staff)).customerId;
    const taxes = await taxesFor(staff, [19, 8.875, 7, 1, 20]);
    const stored = await storeInvoice(
      staff,
      customerId,
      [
        // 1.5 × 3.33 = 4.995 → 5.00; 10 % off → 0.50; 19 % of 4.50 = 0.855 → 0.86; line 5.36
        { quantity: 1.5, rate_minor: 333, discount: { type: 'percent', percent: 10 }, tax_percent: 19 },
        // 2 × 19.99 = 39.98; 12.5 % off = 4.9975 → 5.00; 8.875 % of 34.98 = 3.104475 → 3.10; line 38.08
        { quantity: 2, rate_minor: 1999, discount: { type: 'percent', percent: 12.5 }, tax_percent: 8.875 },
        // 3 × 3.33 = 9.99; 0.99 off → 9.00; 19 % → 1.71; line 10.71
        { quantity: 3, rate_minor: 333, discount: { type: 'amount', amount_minor: 99 }, tax_percent: 19 },
        // 0.333 × 0.03 = 0.00999 → 0.01; 7 % of 0.01 = 0.0007 → 0.00; line 0.01
        { quantity: 0.333, rate_minor: 3, discount: null, tax_percent: 7 },
        // 1 × 0.50; 1 % = 0.005 → 0.01 (half away from zero); line 0.51
        { quantity: 1, rate_minor: 50, discount: null, tax_percent: 1 },
        // 50.00 off a 10.00 line is capped at 10.00; nothing left to tax; line 0.00
        { quantity: 1, rate_minor: 1000, discount: { type: 'amount', amount_minor: 5000 }, tax_percent: 20 },
      ],
      taxes,
    );
    expect(stored.lines.map((line) => [line.gross_minor, line.discount_minor, line.tax_minor, line.total_minor])).toEqual([
      [500, 50, 86, 536],
      [3998, 500, 310, 3808],
      [999, 99, 171, 1071],
      [1, 0, 0, 1],
      [50, 0, 1, 51],
      [1000, 1000, 0, 0],
    ]);
    expect(totalsOf(stored)).toEqual({ subtotal_minor: 6548, discount_minor: 1649, tax_minor: 568, total_minor: 5467 });
    expect(stored.balance_minor).toBe(5467);
  });

  it('stores integer totals that equal an independent computation and the sums of the stored lines (property)', async ({ staff }) => {
    const customerId = (await createCustomerWithContact(staff)).customerId;
    const rates = [8.875, 19, 0.5];
    const taxes = await taxesFor(staff, rates);
    const lineArbitrary: fc.Arbitrary<OracleLine> = fc.record({
      quantity: fc.integer({ min: 1, max: 100_000 }).map((milli) => milli / 1000),
      rate_minor: fc.integer({ min: 0, max: 5_000_000 }),
      discount: fc.oneof(
        fc.constant(null),
        fc.integer({ min: 0, max: 10_000 }).map((basisPoints) => ({ type: 'percent' as const, percent: basisPoints / 100 })),
        fc.integer({ min: 0, max: 1_000_000 }).map((amount) => ({ type: 'amount' as const, amount_minor: amount })),
      ),
      tax_percent: fc.constantFrom<number | null>(null, ...rates),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(lineArbitrary, { minLength: 1, maxLength: 12 }), async (lines) => {
        const stored = await storeInvoice(staff, customerId, lines, taxes);
        const expected = oracleTotals(lines);
        expect(stored.lines).toEqual(expected.lines.map((line) => expect.objectContaining(line)));
        expect(totalsOf(stored)).toEqual(totalsOf(expected));
        const sum = (key: 'gross_minor' | 'discount_minor' | 'tax_minor' | 'total_minor') => stored.lines.reduce((total, line) => total + line[key], 0);
        expect([sum('gross_minor'), sum('discount_minor'), sum('tax_minor'), sum('total_minor')]).toEqual([stored.subtotal_minor, stored.discount_minor, stored.tax_minor, stored.total_minor]);
        expect(stored.balance_minor).toBe(stored.total_minor);
        for (const value of Object.values(totalsOf(stored))) expect(Number.isSafeInteger(value)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDocumentAmounts, computeLineAmounts, divideRoundHalfAwayFromZero, type LineAmountsInput } from './document-totals.ts';

const line = (overrides: Partial<LineAmountsInput>): LineAmountsInput => ({
  quantity_milli: 1000,
  rate_minor: 0,
  discount_type: null,
  discount_value: 0,
  tax_rate_millipercent: 0,
  ...overrides,
});

describe('rounding', () => {
  it('rounds half away from zero', () => {
    expect(divideRoundHalfAwayFromZero(5n, 10n)).toBe(1n);
    expect(divideRoundHalfAwayFromZero(4n, 10n)).toBe(0n);
    expect(divideRoundHalfAwayFromZero(-5n, 10n)).toBe(-1n);
    expect(divideRoundHalfAwayFromZero(15n, 10n)).toBe(2n);
    expect(divideRoundHalfAwayFromZero(25n, 10n)).toBe(3n);
  });
});

describe('line amounts', () => {
  it('multiplies quantity by rate, then discounts, then taxes, rounding each step per line', () => {
    // 1.5 × 3.33 = 4.995 → 5.00; 10 % off = 0.50; 19 % of 4.50 = 0.855 → 0.86
    expect(computeLineAmounts(line({ quantity_milli: 1500, rate_minor: 333, discount_type: 'percent', discount_value: 1000, tax_rate_millipercent: 19000 }))).toEqual({
      gross_minor: 500,
      discount_minor: 50,
      tax_minor: 86,
      total_minor: 536,
    });
  });
  it('caps a fixed discount at the line’s gross amount', () => {
    expect(computeLineAmounts(line({ rate_minor: 1000, discount_type: 'amount', discount_value: 5000, tax_rate_millipercent: 20000 }))).toEqual({
      gross_minor: 1000,
      discount_minor: 1000,
      tax_minor: 0,
      total_minor: 0,
    });
  });
  it('handles three-decimal tax rates such as 8.875 %', () => {
    expect(computeLineAmounts(line({ rate_minor: 10_000, tax_rate_millipercent: 8875 })).tax_minor).toBe(888);
  });
  it('refuses amounts beyond what a number holds exactly', () => {
    expect(() => computeLineAmounts(line({ quantity_milli: 1_000_000_000, rate_minor: 1_000_000_000_000 }))).toThrow(RangeError);
  });
});

const lineArbitrary = fc.record({
  quantity_milli: fc.integer({ min: 1, max: 10_000_000 }),
  rate_minor: fc.integer({ min: 0, max: 100_000_000 }),
  discount_type: fc.constantFrom<'percent' | 'amount' | null>('percent', 'amount', null),
  discount_value: fc.integer({ min: 0, max: 10_000 }),
  tax_rate_millipercent: fc.integer({ min: 0, max: 30_000 }),
});

describe('document amounts (properties)', () => {
  it('totals are the sums of the lines, in integers, and total = subtotal − discount + tax', () => {
    fc.assert(
      fc.property(fc.array(lineArbitrary, { maxLength: 40 }), (lines) => {
        const amounts = computeDocumentAmounts(lines);
        const sum = (key: 'gross_minor' | 'discount_minor' | 'tax_minor' | 'total_minor') => amounts.lines.reduce((total, l) => total + l[key], 0);
        expect(amounts.subtotal_minor).toBe(sum('gross_minor'));
        expect(amounts.discount_minor).toBe(sum('discount_minor'));
        expect(amounts.tax_minor).toBe(sum('tax_minor'));
        expect(amounts.total_minor).toBe(sum('total_minor'));
        expect(amounts.total_minor).toBe(amounts.subtotal_minor - amounts.discount_minor + amounts.tax_minor);
        for (const value of [amounts.subtotal_minor, amounts.discount_minor, amounts.tax_minor, amounts.total_minor]) {
          expect(Number.isSafeInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('a line never discounts below zero and its tax never exceeds the taxable amount times the rate plus half a unit', () => {
    fc.assert(
      fc.property(lineArbitrary, (input) => {
        const amounts = computeLineAmounts(input);
        expect(amounts.discount_minor).toBeLessThanOrEqual(amounts.gross_minor);
        const exactTax = ((amounts.gross_minor - amounts.discount_minor) * input.tax_rate_millipercent) / 100_000;
        expect(Math.abs(amounts.tax_minor - exactTax)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});

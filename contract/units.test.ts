import { describe, expect, it } from 'vitest';
import { hasAtMostThreeDecimals, percentFromMillipercent, percentToMillipercent, quantityFromMilli, quantityToMilli } from './units.ts';

describe('quantities and percentages in thousandths', () => {
  it('converts quantities both ways', () => {
    expect(quantityToMilli(1.5)).toBe(1500);
    expect(quantityToMilli(0.001)).toBe(1);
    expect(quantityFromMilli(1500)).toBe(1.5);
  });

  it('converts percentages both ways, rounding binary noise away', () => {
    expect(percentToMillipercent(8.875)).toBe(8875);
    expect(percentToMillipercent(19.99)).toBe(19990);
    expect(percentToMillipercent(0.1 + 0.2)).toBe(300);
    expect(percentFromMillipercent(19500)).toBe(19.5);
  });

  it('round-trips every value with three decimals', () => {
    for (let milli = 0; milli <= 100_000; milli += 37) expect(percentToMillipercent(percentFromMillipercent(milli))).toBe(milli);
  });

  it('accepts at most three decimals', () => {
    expect(hasAtMostThreeDecimals(8.875)).toBe(true);
    expect(hasAtMostThreeDecimals(0.1 + 0.2)).toBe(true);
    expect(hasAtMostThreeDecimals(1.2345)).toBe(false);
  });
});

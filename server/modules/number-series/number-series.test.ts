import { describe, expect, it } from 'vitest';
import { counterOf, formatNumber } from './number-series.service.ts';

describe('number series', () => {
  it('recognises the numbers a series hands out, and only those', () => {
    const series = { prefix: 'INV-', padding: 6 };
    expect(counterOf(series, 'INV-000042')).toBe(42);
    expect(counterOf(series, formatNumber('INV-', 1_234_567, 6))).toBe(1_234_567);
    expect(counterOf(series, 'INV-42')).toBeUndefined();
    expect(counterOf(series, 'INV-2025-0042')).toBeUndefined();
    expect(counterOf(series, 'RE-000042')).toBeUndefined();
    expect(counterOf({ prefix: '', padding: 0 }, '1001')).toBe(1001);
    expect(counterOf({ prefix: '', padding: 0 }, '01001')).toBeUndefined();
  });
});

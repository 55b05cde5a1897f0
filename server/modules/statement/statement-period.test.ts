import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error.ts';
import { addYears, daysBetween, isCalendarDate } from './statement-dates.ts';
import { resolvePeriod, type PeriodRequest } from './statement-period.ts';

function fieldOf(request: PeriodRequest, today = '2026-11-25'): string | undefined {
  try {
    resolvePeriod(request, today);
  } catch (error) {
    if (error instanceof AppError) return (error.details as { field: string }[])[0]?.field;
    throw error;
  }
  return undefined;
}

describe('statement periods', () => {
  it('resolves the named periods in UTC calendar dates', () => {
    expect(resolvePeriod({ period: 'this_month' }, '2026-11-25')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(resolvePeriod({ period: 'last_month' }, '2026-11-25')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(resolvePeriod({ period: 'last_month' }, '2027-01-03')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(resolvePeriod({ period: 'last_month' }, '2028-03-31')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(resolvePeriod({ period: 'this_year' }, '2026-11-25')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('accepts a custom period of up to five years', () => {
    expect(resolvePeriod({ period: 'custom', from: '2021-11-25', to: '2026-11-25' }, '2026-11-25')).toEqual({ from: '2021-11-25', to: '2026-11-25' });
    expect(resolvePeriod({ period: 'custom', from: '2026-05-05', to: '2026-05-05' }, '2026-11-25')).toEqual({ from: '2026-05-05', to: '2026-05-05' });
  });

  it('refuses bad custom periods naming the field', () => {
    expect(fieldOf({ period: 'custom', to: '2026-01-01' })).toBe('from');
    expect(fieldOf({ period: 'custom', from: '2026-01-01' })).toBe('to');
    expect(fieldOf({ period: 'custom', from: '2026-02-30', to: '2026-03-01' })).toBe('from');
    expect(fieldOf({ period: 'custom', from: '2026-01-01', to: '26-3-1' })).toBe('to');
    expect(fieldOf({ period: 'custom', from: '2026-03-02', to: '2026-03-01' })).toBe('from');
    expect(fieldOf({ period: 'custom', from: '2021-11-24', to: '2026-11-25' })).toBe('to');
    expect(fieldOf({ period: 'this_month', from: '2026-01-01' })).toBe('from');
    expect(fieldOf({ period: 'last_month', to: '2026-01-01' })).toBe('to');
  });

  it('counts days and years on the calendar', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { customRangeSchema, periodChange, readStatementSelection, statementQuery, statementSearch } from './statement-period.ts';

const read = (search: string) => readStatementSelection(new URLSearchParams(search));

describe('the statement period picker', () => {
  it('reads the period of the address, this month when there is none or it is unknown', () => {
    expect(read('')).toEqual({ period: 'this_month' });
    expect(read('period=last_month')).toEqual({ period: 'last_month' });
    expect(read('period=forever')).toEqual({ period: 'this_month' });
  });

  it('keeps dates only for a custom period, and only calendar dates', () => {
    expect(read('period=this_year&from=2026-01-01&to=2026-02-01')).toEqual({ period: 'this_year' });
    expect(read('period=custom&from=2026-01-01&to=2026-03-31')).toEqual({ period: 'custom', from: '2026-01-01', to: '2026-03-31' });
    expect(read('period=custom&from=1%2F1%2F2026&to=2026-03-31')).toEqual({ period: 'custom', to: '2026-03-31' });
  });

  it('asks the server only once both custom dates are chosen', () => {
    expect(statementQuery({ period: 'custom', from: '2026-01-01' })).toBeUndefined();
    expect(statementQuery({ period: 'custom', from: '2026-01-01', to: '2026-03-31' })).toEqual({ period: 'custom', from: '2026-01-01', to: '2026-03-31' });
    expect(statementQuery({ period: 'last_month' })).toEqual({ period: 'last_month' });
  });

  it('builds the PDF’s query from the same period', () => {
    expect(statementSearch({ period: 'this_month' })).toBe('?period=this_month');
    expect(statementSearch({ period: 'custom', from: '2026-01-01', to: '2026-03-31' })).toBe('?period=custom&from=2026-01-01&to=2026-03-31');
  });

  it('leaves the address bare for this month, drops dates for a named period and keeps typed ones for custom', () => {
    expect(periodChange('this_month', { from: '2026-01-01', to: '' })).toEqual({ period: undefined, from: undefined, to: undefined });
    expect(periodChange('this_year', { from: '2026-01-01', to: '' })).toEqual({ period: 'this_year', from: undefined, to: undefined });
    expect(periodChange('custom', { from: '2026-01-01', to: '' })).toEqual({ period: 'custom', from: '2026-01-01', to: undefined });
  });

  it('needs both custom dates', () => {
    const result = customRangeSchema.safeParse({ from: '', to: '2026-03-31' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['from', 'common.required']]);
    expect(customRangeSchema.safeParse({ from: '2026-01-01', to: '2026-03-31' }).success).toBe(true);
  });
});

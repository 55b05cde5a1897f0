import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestI18n } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { nextNumber, numberSeriesFieldName, numberSeriesSchema, numberSeriesValues, seriesExample, taxFieldName, taxSchema, taxValues } from './billing-settings-form.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('the tax form', () => {
  it('reads the rate with the interface language’s separators, up to three decimals', () => {
    expect(taxSchema('en', i18n.t).parse({ name: ' VAT ', rate: '8.875' })).toEqual({ name: 'VAT', rate_percent: 8.875 });
    expect(taxSchema('de', i18n.t).parse({ name: 'MwSt', rate: '19,5' })).toEqual({ name: 'MwSt', rate_percent: 19.5 });
    expect(taxSchema('en', i18n.t).parse({ name: 'Zero', rate: '0' }).rate_percent).toBe(0);
  });

  it('names what is wrong with the name and the rate, both at once', () => {
    expect(issues(taxSchema('en', i18n.t).safeParse({ name: '  ', rate: '' }))).toEqual([
      ['name', 'common.required'],
      ['rate', 'Required'],
    ]);
    expect(issues(taxSchema('en', i18n.t).safeParse({ name: 'VAT', rate: '1.2345' }))).toEqual([['rate', 'At most 3 decimals']]);
    expect(issues(taxSchema('en', i18n.t).safeParse({ name: 'VAT', rate: 'abc' }))).toEqual([['rate', 'Enter a number, e.g. 12.50']]);
    expect(issues(taxSchema('en', i18n.t).safeParse({ name: 'VAT', rate: '100.001' }))).toEqual([['rate', 'At most 100 %']]);
    expect(taxSchema('en', i18n.t).safeParse({ name: 'VAT', rate: '100' }).success).toBe(true);
  });

  it('starts from the tax being edited, its rate written as the language writes it', () => {
    expect(taxValues(undefined, 'en')).toEqual({ name: '', rate: '' });
    expect(taxValues({ id: 't1', name: 'Sales tax', rate_percent: 8.875, archived: false, vat_category: null, exemption_reason: null }, 'de')).toEqual({ name: 'Sales tax', rate: '8,875' });
    expect(taxValues({ id: 't2', name: 'VAT', rate_percent: 19, archived: false, vat_category: null, exemption_reason: null }, 'en').rate).toBe('19');
    expect(taxFieldName('rate_percent')).toBe('rate');
    expect(taxFieldName('name')).toBe('name');
  });
});

describe('the number-series form', () => {
  const series = { kind: 'invoice' as const, prefix: 'INV-', next_number: 42, padding: 6, example: 'INV-000042' };

  it('shows the next number as it will be written, and a dash while the number is wrong', () => {
    const values = numberSeriesValues(series);
    expect(values).toEqual({ prefix: 'INV-', next: '42' });
    expect(seriesExample(values, series.padding)).toBe('INV-000042');
    expect(seriesExample({ prefix: ' R/2026/ ', next: '7' }, 3)).toBe('R/2026/007');
    expect(seriesExample({ prefix: 'INV-', next: '0' }, 6)).toBe('—');
    expect(seriesExample({ prefix: 'INV-', next: '1.5' }, 6)).toBe('—');
  });

  it('takes a whole number from 1 with at most nine digits', () => {
    expect(nextNumber(' 12 ')).toBe(12);
    expect(nextNumber('999999999')).toBe(999_999_999);
    expect(nextNumber('1000000000')).toBeUndefined();
    expect(nextNumber('-3')).toBeUndefined();
    expect(nextNumber('')).toBeUndefined();
  });

  it('sends the trimmed prefix and the number, and refuses a number that is not one', () => {
    expect(numberSeriesSchema.parse({ prefix: ' EST- ', next: '100' })).toEqual({ prefix: 'EST-', next_number: 100 });
    expect(issues(numberSeriesSchema.safeParse({ prefix: 'EST-', next: '0' }))).toEqual([['next', 'series.nextInvalid']]);
    expect(numberSeriesFieldName('next_number')).toBe('next');
  });
});

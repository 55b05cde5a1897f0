import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestI18n } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { currencyChoices, itemFieldName, itemSchema, itemValues, type ItemValues } from './item-form.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});

/** An item as the API lists it. */
const itemRow = {
  id: 'i1',
  name: 'Setup',
  sku: null,
  unit: null,
  description: null,
  rate_minor: 5000,
  currency: 'EUR',
  tax_id: null,
  archived: false,
  category: null,
  sellable_in_portal: true,
  allow_backorders: false,
  track_stock: false,
  stock: null,
  images: [],
  external_id: null,
  updated_at: '2026-11-30T10:00:00.000Z',
};

function values(patch: Partial<ItemValues>): ItemValues {
  return { ...itemValues(undefined, 'en'), name: 'Consulting hour', ...patch };
}

const rateIssue = (locale: string, patch: Partial<ItemValues>) => itemSchema(locale, i18n.t).safeParse(values(patch)).error?.issues.find((issue) => issue.path[0] === 'rate')?.message;

describe('the item form’s rate', () => {
  it('becomes minor units of the item’s currency, as the interface language writes numbers', () => {
    const rate = (locale: string, text: string, currency: string) => itemSchema(locale, i18n.t).parse(values({ rate: text, currency })).rate_minor;
    expect(rate('en', '120.00', 'EUR')).toBe(12000);
    expect(rate('en', '1,234.5', 'USD')).toBe(123450);
    expect(rate('de', '1.234,50', 'EUR')).toBe(123450);
    expect(rate('de', '12.5', 'EUR')).toBe(1250);
    expect(rate('fr', '1 234,56', 'EUR')).toBe(123456);
    expect(rate('en', '1500', 'JPY')).toBe(1500);
    expect(rate('en', '1.234', 'BHD')).toBe(1234);
    // 0.29 is not exactly representable in binary: string arithmetic keeps it 29 cents.
    expect(rate('en', '0.29', 'USD')).toBe(29);
  });

  it('says what is wrong in the field, with the currency’s number of decimals', () => {
    expect(rateIssue('en', { rate: '' })).toBe('Required');
    expect(rateIssue('en', { rate: '12.345', currency: 'EUR' })).toBe('At most 2 decimals');
    expect(rateIssue('en', { rate: '12.5', currency: 'JPY' })).toBe('At most 0 decimals');
    expect(rateIssue('en', { rate: 'twelve' })).toBe('Enter a number, e.g. 12.50');
    expect(rateIssue('en', { rate: '-5' })).toBe('Enter a number, e.g. 12.50');
    expect(rateIssue('en', { rate: '99999999999999999' })).toBe('This number is too large');
    expect(rateIssue('en', { rate: '12.50' })).toBeUndefined();
  });
});

describe('the item form', () => {
  it('sends blank optional fields as null and no tax as null', () => {
    expect(itemSchema('en', i18n.t).parse(values({ name: '  Consulting hour ', sku: ' CH-1 ', unit: ' ', rate: '120', currency: 'EUR' }))).toEqual({
      name: 'Consulting hour',
      sku: 'CH-1',
      unit: null,
      description: null,
      rate_minor: 12000,
      currency: 'EUR',
      tax_id: null,
      category: null,
      sellable_in_portal: false,
      allow_backorders: false,
      track_stock: false,
    });
    expect(itemSchema('en', i18n.t).parse(values({ rate: '1', tax_id: 'tax-1' })).tax_id).toBe('tax-1');
  });

  it('needs a name and a rate, and names both at once', () => {
    const issues = itemSchema('en', i18n.t).safeParse(values({ name: ' ', rate: '' })).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual([
      ['name', 'lines.errors.required'],
      ['rate', 'Required'],
    ]);
  });

  it('starts from the item being edited, its rate written in the interface language', () => {
    const item = { ...itemRow, unit: 'hours', rate_minor: 123450, tax_id: 't1', category: 'Mugs', track_stock: true };
    expect(itemValues(item, 'de')).toEqual({
      name: 'Setup',
      sku: '',
      unit: 'hours',
      description: '',
      currency: 'EUR',
      rate: '1234,50',
      tax_id: 't1',
      category: 'Mugs',
      sellable_in_portal: true,
      allow_backorders: false,
      track_stock: true,
    });
    expect(itemValues(undefined, 'en')).toEqual({
      name: '',
      sku: '',
      unit: '',
      description: '',
      currency: 'USD',
      rate: '',
      tax_id: '',
      category: '',
      sellable_in_portal: false,
      allow_backorders: false,
      track_stock: false,
    });
    expect(itemFieldName('rate_minor')).toBe('rate');
    expect(itemFieldName('sku')).toBe('sku');
  });

  it('sends the category trimmed (none as null) and how the portal and the stock treat the item', () => {
    const body = itemSchema('en', i18n.t).parse(values({ rate: '1', category: '  Mugs ', sellable_in_portal: true, track_stock: true, allow_backorders: true }));
    expect(body).toMatchObject({ category: 'Mugs', sellable_in_portal: true, track_stock: true, allow_backorders: true });
    expect(itemSchema('en', i18n.t).parse(values({ rate: '1', category: ' ' })).category).toBeNull();
    const tooLong = itemSchema('en', i18n.t).safeParse(values({ rate: '1', category: 'x'.repeat(101) }));
    expect(tooLong.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['category', 'items.categoryTooLong']]);
  });

  it('offers the item’s own currency beside the common ones, once', () => {
    expect(currencyChoices('EUR').filter((c) => c === 'EUR')).toHaveLength(1);
    expect(currencyChoices('NOK')).toContain('NOK');
  });
});

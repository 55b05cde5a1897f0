import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestI18n } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { emptyRate, priceListFieldName, priceListSchema, priceListValues, type PriceListValues } from './price-list-form.ts';
import { priceListRule, priceListState, priceListValidity } from './price-list-text.ts';
import { previewQuery } from './price-preview.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});

const values = (patch: Partial<PriceListValues>): PriceListValues => ({
  ...priceListValues(undefined, 'en', 'EUR'),
  name: 'Wholesale',
  rates: [{ item_id: 'mug', min_quantity: '1', rate: '10.00' }],
  ...patch,
});
const parse = (locale: string, patch: Partial<PriceListValues>) => priceListSchema(locale, i18n.t).parse(values(patch));
const issues = (patch: Partial<PriceListValues>, locale = 'en') =>
  priceListSchema(locale, i18n.t).safeParse(values(patch)).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('the price list form', () => {
  it('sends rates per item with their quantity breaks, typed in the interface language', () => {
    const body = parse('de', {
      rates: [
        { item_id: 'mug', min_quantity: '1', rate: '10,00' },
        { item_id: 'mug', min_quantity: '10', rate: '9,50' },
        { item_id: 'mug', min_quantity: '2,5', rate: '1.234,5' },
      ],
    });
    expect(body).toEqual({
      name: 'Wholesale',
      description: null,
      currency: 'EUR',
      kind: 'per_item',
      percent: null,
      valid_from: null,
      valid_to: null,
      rates: [
        { item_id: 'mug', min_quantity: 1, rate_minor: 1000 },
        { item_id: 'mug', min_quantity: 10, rate_minor: 950 },
        { item_id: 'mug', min_quantity: 2.5, rate_minor: 123450 },
      ],
    });
  });

  it('reads a markup or markdown percentage with two decimals and keeps the validity dates', () => {
    expect(parse('en', { kind: 'markup', percent: '12.5', rates: [] }).percent).toBe(12.5);
    expect(parse('fr', { kind: 'markdown', percent: '7,25', rates: [] }).percent).toBe(7.25);
    const dated = parse('en', { kind: 'markdown', percent: '10', valid_from: '2026-01-01', valid_to: '2026-03-31', description: ' Spring ' });
    expect(dated).toMatchObject({ valid_from: '2026-01-01', valid_to: '2026-03-31', description: 'Spring', percent: 10 });
    // A rate in a currency without minor units.
    expect(parse('en', { currency: 'JPY', rates: [{ item_id: 'mug', min_quantity: '1', rate: '1500' }] }).rates[0]?.rate_minor).toBe(1500);
  });

  it('says what is wrong with the rule and the dates', () => {
    expect(issues({ name: ' ' })).toEqual([['name', 'common.required']]);
    expect(issues({ rates: [] })).toEqual([['rates', 'Add at least one rate, or choose a markup or markdown.']]);
    expect(issues({ kind: 'markup', percent: '' })).toEqual([['percent', 'Required']]);
    expect(issues({ kind: 'markup', percent: '0' })).toEqual([['percent', 'Enter a percentage above zero']]);
    expect(issues({ kind: 'markup', percent: '1.255' })).toEqual([['percent', 'At most 2 decimals']]);
    expect(issues({ kind: 'markdown', percent: '100.01' })).toEqual([['percent', 'At most 100 %']]);
    expect(issues({ kind: 'markup', percent: '1000' })).toBeUndefined();
    expect(issues({ kind: 'markup', percent: '1000.01' })).toEqual([['percent', 'At most 1000 %']]);
    expect(issues({ valid_from: '2026-03-01', valid_to: '2026-02-28' })).toEqual([['valid_to', 'Must not be before the start']]);
    expect(issues({ valid_from: '2026-03-01', valid_to: '2026-03-01' })).toBeUndefined();
  });

  it('names the row and field of each wrong rate, and two rates of one item from one quantity', () => {
    expect(
      issues({
        rates: [
          { item_id: '', min_quantity: '1', rate: '1' },
          { item_id: 'mug', min_quantity: 'ten', rate: '1' },
          { item_id: 'mug', min_quantity: '1', rate: '1.005' },
          { item_id: 'mug', min_quantity: '1.000', rate: '2' },
          { item_id: 'cup', min_quantity: '1', rate: '2' },
        ],
      }),
    ).toEqual([
      ['rates.0.item_id', 'Required'],
      ['rates.1.min_quantity', 'Enter a number, e.g. 12.50'],
      ['rates.2.rate', 'At most 2 decimals'],
      ['rates.3.min_quantity', 'This item already has a rate from this quantity'],
    ]);
  });

  it('starts from the saved list, its numbers written in the interface language', () => {
    const saved = {
      name: 'Wholesale',
      description: null,
      currency: 'EUR',
      kind: 'markup' as const,
      percent: 12.5,
      valid_from: '2026-01-01',
      valid_to: null,
      rates: [{ item_id: 'mug', min_quantity: 2.5, rate_minor: 123450 }],
    };
    expect(priceListValues(saved, 'de')).toEqual({
      name: 'Wholesale',
      description: '',
      currency: 'EUR',
      kind: 'markup',
      percent: '12,5',
      valid_from: '2026-01-01',
      valid_to: '',
      rates: [{ item_id: 'mug', min_quantity: '2,5', rate: '1234,50' }],
    });
    expect(priceListValues(undefined, 'en', 'GBP')).toMatchObject({ currency: 'GBP', kind: 'per_item', rates: [] });
    expect(emptyRate('mug')).toEqual({ item_id: 'mug', min_quantity: '1', rate: '' });
  });

  it('puts the server’s field issues on the form’s fields', () => {
    expect(priceListFieldName('rates.3.rate_minor')).toBe('rates.3.rate');
    expect(priceListFieldName('rates.0.min_quantity')).toBe('rates.0.min_quantity');
    expect(priceListFieldName('name')).toBe('name');
  });
});

describe('a price list in the table', () => {
  it('reads its rule, validity and whether it prices anything today', () => {
    expect(priceListRule(i18n.t, { kind: 'markup', percent: 12.5 }, 'en')).toBe('12.5% markup');
    expect(priceListRule(i18n.t, { kind: 'per_item', percent: 0 }, 'en')).toBe('Rates per item');
    expect(priceListValidity(i18n.t, { valid_from: null, valid_to: null }, 'en')).toBe('Always');
    expect(priceListValidity(i18n.t, { valid_from: '2026-01-01', valid_to: '2026-03-31' }, 'en')).toBe('Jan 1, 2026 – Mar 31, 2026');
    expect(priceListValidity(i18n.t, { valid_from: null, valid_to: '2026-03-31' }, 'en')).toBe('Until Mar 31, 2026');
    const list = { archived: false, valid_from: '2026-01-01', valid_to: '2026-03-31' };
    expect(priceListState(list, '2025-12-31')).toBe('scheduled');
    expect(priceListState(list, '2026-01-01')).toBe('active');
    expect(priceListState(list, '2026-03-31')).toBe('active');
    expect(priceListState(list, '2026-04-01')).toBe('expired');
    expect(priceListState({ ...list, archived: true }, '2026-02-01')).toBe('archived');
  });
});

describe('the price preview', () => {
  it('asks only once a customer, an item and a positive quantity are there', () => {
    expect(previewQuery({ customerId: 'c1', itemId: 'mug', quantity: '12,5' }, 'de')).toEqual({ customer_id: 'c1', item_id: 'mug', quantity: 12.5 });
    expect(previewQuery({ customerId: undefined, itemId: 'mug', quantity: '1' }, 'en')).toBeUndefined();
    expect(previewQuery({ customerId: 'c1', itemId: '', quantity: '1' }, 'en')).toBeUndefined();
    expect(previewQuery({ customerId: 'c1', itemId: 'mug', quantity: '0' }, 'en')).toBeUndefined();
    expect(previewQuery({ customerId: 'c1', itemId: 'mug', quantity: 'lots' }, 'en')).toBeUndefined();
  });
});

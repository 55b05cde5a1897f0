import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestI18n } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { stockAdjustmentSchema, stockAdjustmentValues, type StockAdjustmentValues } from './stock-form.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});

const values = (patch: Partial<StockAdjustmentValues>): StockAdjustmentValues => ({ ...stockAdjustmentValues('wh-1'), quantity: '1', reason: 'Delivery 4711', ...patch });
const issues = (locale: string, patch: Partial<StockAdjustmentValues>) =>
  stockAdjustmentSchema(locale, i18n.t).safeParse(values(patch)).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('the stock adjustment form', () => {
  it('starts as a receipt into the given warehouse', () => {
    expect(stockAdjustmentValues('wh-1')).toEqual({ warehouse_id: 'wh-1', kind: 'receipt', direction: 'add', quantity: '', reason: '' });
  });

  it('sends the signed change as a quantity, read as the interface language writes numbers', () => {
    const parse = (locale: string, patch: Partial<StockAdjustmentValues>) => stockAdjustmentSchema(locale, i18n.t).parse(values(patch));
    expect(parse('en', { quantity: '12.5' })).toEqual({ warehouse_id: 'wh-1', kind: 'receipt', quantity: 12.5, reason: 'Delivery 4711' });
    expect(parse('de', { quantity: '1.234,5' }).quantity).toBe(1234.5);
    expect(parse('en', { kind: 'adjustment', direction: 'remove', quantity: '3' }).quantity).toBe(-3);
    expect(parse('en', { kind: 'adjustment', direction: 'add', quantity: '0.125' }).quantity).toBe(0.125);
    // A receipt always adds, whatever the direction field still holds from an adjustment.
    expect(parse('en', { kind: 'receipt', direction: 'remove', quantity: '2' }).quantity).toBe(2);
    expect(parse('en', { reason: '  counted  ' }).reason).toBe('counted');
  });

  it('needs a reason, a warehouse and a positive quantity with at most three decimals', () => {
    expect(issues('en', { reason: '  ' })).toEqual([['reason', 'stock.errors.reasonRequired']]);
    expect(issues('en', { warehouse_id: '' })).toEqual([['warehouse_id', 'common.required']]);
    expect(issues('en', { quantity: '' })).toEqual([['quantity', 'Required']]);
    expect(issues('en', { quantity: '0' })).toEqual([['quantity', 'Enter a quantity above zero']]);
    expect(issues('en', { quantity: '1.2345' })).toEqual([['quantity', 'At most 3 decimals']]);
    expect(issues('en', { quantity: '-2' })).toEqual([['quantity', 'Enter a number, e.g. 12.50']]);
    expect(issues('en', { reason: 'x'.repeat(501) })).toEqual([['reason', 'stock.errors.reasonTooLong']]);
  });
});

import { describe, expect, it } from 'vitest';
import { computeDocumentAmounts } from '../../../contract/document-totals.ts';
import { amountPerPeriod, periodLines, type BilledAddon } from './subscription.ts';

const sub = { anchor_date: '2028-01-31', interval: 'month' as const, interval_count: 1, quantity: 3, unit_price_minor: 1000, coupon_periods_used: 0, currency: 'USD', billed_through_index: null };
const plan = { name: 'Pro', setup_fee_minor: 5000, tax_id: null };
const recurring: BilledAddon = { addon: { id: 'a1', name: 'Extra seat', kind: 'recurring', tax_id: null }, subscriptionAddon: { quantity: 2, unit_price_minor: 200, billed_document_id: null } };
const oneOff: BilledAddon = { addon: { id: 'a2', name: 'Onboarding', kind: 'one_off', tax_id: null }, subscriptionAddon: { quantity: 1, unit_price_minor: 7000, billed_document_id: null } };
const totalOf = (lines: ReturnType<typeof periodLines>) => computeDocumentAmounts(lines).total_minor;

describe('periodLines', () => {
  it('bills the plan times the quantity and the recurring add-ons for the period, with its dates', () => {
    const lines = periodLines(sub, { ...plan, setup_fee_minor: 0 }, [recurring], null, 1);
    expect(lines.map((line) => [line.name, line.quantity_milli, line.rate_minor, line.description])).toEqual([
      ['Pro', 3000, 1000, '2028-02-29 – 2028-03-30'],
      ['Extra seat', 2000, 200, '2028-02-29 – 2028-03-30'],
    ]);
    expect(totalOf(lines)).toBe(3400);
  });

  it('adds the setup fee to period 0 only and each one-off add-on until it is invoiced', () => {
    expect(periodLines(sub, plan, [recurring, oneOff], null, 0).map((line) => line.name)).toEqual(['Pro', 'Extra seat', 'Onboarding', 'Pro: setup fee']);
    expect(totalOf(periodLines(sub, plan, [recurring, oneOff], null, 0))).toBe(3000 + 400 + 7000 + 5000);
    const billed = { ...oneOff, subscriptionAddon: { ...oneOff.subscriptionAddon, billed_document_id: 'doc-1' } };
    expect(periodLines(sub, plan, [recurring, billed], null, 1).map((line) => line.name)).toEqual(['Pro', 'Extra seat']);
  });

  it('takes a percent coupon off the recurring lines, never the setup fee', () => {
    const coupon = { discount_type: 'percent' as const, discount_value: 2500, currency: null, duration: 'forever' as const, duration_periods: null };
    const lines = periodLines(sub, plan, [recurring], coupon, 0);
    expect(totalOf(lines)).toBe(3400 * 0.75 + 5000);
    expect(lines.at(-1)).toMatchObject({ name: 'Pro: setup fee', discount_type: null });
  });

  it('spreads an amount coupon over the recurring lines in order', () => {
    const coupon = { discount_type: 'amount' as const, discount_value: 3200, currency: 'USD', duration: 'once' as const, duration_periods: null };
    const lines = periodLines(sub, { ...plan, setup_fee_minor: 0 }, [recurring], coupon, 0);
    expect(lines.map((line) => [line.discount_type, line.discount_value])).toEqual([
      ['amount', 3000],
      ['amount', 200],
    ]);
    expect(totalOf(lines)).toBe(200);
    expect(() => periodLines(sub, plan, [], { ...coupon, currency: 'EUR' }, 0)).toThrow(RangeError);
  });

  it('stops discounting once the coupon has discounted its periods', () => {
    const coupon = { discount_type: 'percent' as const, discount_value: 5000, currency: null, duration: 'periods' as const, duration_periods: 3 };
    const noFee = { ...plan, setup_fee_minor: 0 };
    expect(totalOf(periodLines({ ...sub, coupon_periods_used: 2 }, noFee, [], coupon, 2))).toBe(1500);
    expect(totalOf(periodLines({ ...sub, coupon_periods_used: 3 }, noFee, [], coupon, 3))).toBe(3000);
  });

  it('takes each line’s tax from the plan or add-on', () => {
    const taxes = new Map([['vat', { id: 'vat', name: 'VAT 20%', rate_millipercent: 20_000 }]]);
    const lines = periodLines(sub, { ...plan, setup_fee_minor: 0, tax_id: 'vat' }, [recurring], null, 0, taxes);
    expect(lines.map((line) => [line.tax_id, line.tax_rate_millipercent])).toEqual([
      ['vat', 20_000],
      [null, 0],
    ]);
    expect(totalOf(lines)).toBe(3600 + 400);
    expect(() => periodLines(sub, { ...plan, tax_id: 'missing' }, [], null, 0)).toThrow(/tax missing/);
  });
});

describe('amountPerPeriod', () => {
  it('is the next period’s recurring amount before tax, after the coupon while it applies', () => {
    const coupon = { discount_type: 'percent' as const, discount_value: 1000, currency: null, duration: 'once' as const, duration_periods: null };
    expect(amountPerPeriod(sub, plan, [recurring, oneOff], null)).toBe(3400);
    expect(amountPerPeriod(sub, plan, [recurring], coupon)).toBe(3060);
    expect(amountPerPeriod({ ...sub, coupon_periods_used: 1, billed_through_index: 0 }, plan, [recurring], coupon)).toBe(3400);
  });
});

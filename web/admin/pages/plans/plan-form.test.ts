import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { addonChanges, addonSchema, addonValues, catalogueFieldName, couponChanges, couponSchema, couponValues, planChanges, planSchema, planValues } from './plan-form.ts';
import type { Plan } from './queries.ts';

const t = ((key: string) => key) as unknown as TFunction;

const savedPlan: Plan = {
  id: 'plan-1',
  product_id: 'prod-1',
  code: 'pro',
  name: 'Pro',
  description: null,
  currency: 'EUR',
  price_minor: 123_450,
  setup_fee_minor: 0,
  interval: 'month',
  interval_count: 3,
  billing_cycles: null,
  trial_days: 14,
  tax_id: null,
  portal_change_to: ['plan-2'],
  hosted_page_enabled: true,
  archived: false,
  version: 4,
  created_at: '2026-12-01T10:00:00.000Z',
  updated_at: '2026-12-01T10:00:00.000Z',
};

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('the plan form', () => {
  it('reads a German price and sends minor units, blanks as defaults', () => {
    const values = { ...planValues(undefined, 'de', 'prod-1'), code: 'basic', name: ' Basic ', currency: 'EUR', price: '1.234,50', setup_fee: '', billing_cycles: '' };
    expect(planSchema('de', t).parse(values)).toEqual({
      product_id: 'prod-1',
      code: 'basic',
      name: 'Basic',
      description: null,
      currency: 'EUR',
      price_minor: 123_450,
      setup_fee_minor: 0,
      interval: 'month',
      interval_count: 1,
      trial_days: 0,
      billing_cycles: null,
      tax_id: null,
      hosted_page_enabled: false,
      portal_change_to: [],
    });
  });

  it('starts an edit from the saved plan and sends its changes at the version opened, without the currency', () => {
    const values = planValues(savedPlan, 'en');
    expect(values).toMatchObject({ price: '1234.50', setup_fee: '', interval_count: '3', trial_days: '14', portal_change_to: ['plan-2'], hosted_page_enabled: true });
    const changes = planChanges(planSchema('en', t).parse(values), savedPlan.version);
    expect(changes).toMatchObject({ price_minor: 123_450, interval_count: 3, version: 4 });
    expect(changes).not.toHaveProperty('currency');
  });

  it('names each field it refuses', () => {
    const base = { ...planValues(undefined, 'en', 'prod-1'), code: 'ok-code', name: 'Plan', price: '10' };
    const refused = (patch: object) => issuesOf(planSchema('en', t).safeParse({ ...base, ...patch }));
    expect(refused({})).toEqual([]);
    expect(refused({ code: 'Not OK' })).toEqual(['code']);
    expect(refused({ price: '1.234' })).toEqual(['price']);
    expect(refused({ price: '' })).toEqual(['price']);
    expect(refused({ interval_count: '0' })).toEqual(['interval_count']);
    expect(refused({ trial_days: '366' })).toEqual(['trial_days']);
    expect(refused({ billing_cycles: 'x' })).toEqual(['billing_cycles']);
    expect(refused({ setup_fee: '-1' })).toEqual(['setup_fee']);
    expect(refused({ product_id: '' })).toEqual(['product_id']);
  });

  it('puts the server’s fields on the form’s', () => {
    expect(catalogueFieldName('price_minor')).toBe('price');
    expect(catalogueFieldName('portal_change_to.2')).toBe('portal_change_to');
    expect(catalogueFieldName('plan_ids.0')).toBe('plan_ids');
    expect(catalogueFieldName('percent_basis_points')).toBe('percent');
    expect(catalogueFieldName('code')).toBe('code');
  });
});

describe('the add-on and coupon forms', () => {
  it('sends an add-on in minor units and its edit without the currency', () => {
    const body = addonSchema('en', t).parse({ ...addonValues(undefined, 'en'), code: 'seat', name: 'Seat', price: '5', kind: 'recurring', plan_ids: ['plan-1'] });
    expect(body).toEqual({ code: 'seat', name: 'Seat', description: null, currency: 'USD', price_minor: 500, kind: 'recurring', tax_id: null, plan_ids: ['plan-1'] });
    expect(addonChanges(body)).not.toHaveProperty('currency');
  });

  it('sends a percent coupon in basis points and an amount coupon with its currency', () => {
    const percent = couponSchema('de', t).parse({ ...couponValues(undefined, 'de'), code: 'welcome', name: 'Welcome', percent: '12,5', duration: 'periods', duration_periods: '3', max_redemptions: '100', valid_until: '2027-01-31' });
    expect(percent).toEqual({ code: 'WELCOME', name: 'Welcome', discount_type: 'percent', percent_basis_points: 1250, amount_off_minor: null, currency: null, duration: 'periods', duration_periods: 3, max_redemptions: 100, valid_until: '2027-01-31' });
    const amount = couponSchema('en', t).parse({ ...couponValues(undefined, 'en'), code: 'TENOFF', name: 'Ten off', discount_type: 'amount', amount: '10', currency: 'EUR', duration: 'forever' });
    expect(amount).toMatchObject({ discount_type: 'amount', percent_basis_points: null, amount_off_minor: 1000, currency: 'EUR', duration_periods: null, max_redemptions: null, valid_until: null });
    expect(couponChanges(percent)).toEqual({ name: 'Welcome', max_redemptions: 100, valid_until: '2027-01-31' });
  });

  it('refuses a coupon without its discount or periods', () => {
    const base = { ...couponValues(undefined, 'en'), code: 'OK1', name: 'X' };
    const refused = (patch: object) => issuesOf(couponSchema('en', t).safeParse({ ...base, ...patch }));
    expect(refused({ percent: '' })).toEqual(['percent']);
    expect(refused({ percent: '100.01' })).toEqual(['percent']);
    expect(refused({ percent: '10', duration: 'periods', duration_periods: '' })).toEqual(['duration_periods']);
    expect(refused({ discount_type: 'amount', amount: '0' })).toEqual(['amount']);
    expect(refused({ percent: '10', max_redemptions: '0' })).toEqual(['max_redemptions']);
    expect(refused({ percent: '10', code: 'a b' })).toEqual(['code']);
  });
});

/**
 * The catalogue's forms: what the fields hold, the schemas that check them before sending and the
 * bodies the API takes. Money is typed in the currency's units in the interface's language ("12,50"
 * in German) and sent in minor units; coupon percentages have up to two decimals and are sent in basis
 * points (12.5 % → 1250).
 */
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { commonCurrencies } from '../../../../contract/money.ts';
import { formatDecimalInput, formatMoneyInput, parseDecimal, parseMoneyInput, type ParsedDecimal } from '../../../ui/billing-format.ts';
import { currencyExponent } from '../../../ui/format.ts';
import { decimalInputError } from '../../lib/decimal-input.ts';
import type { Addon, AddonBody, Coupon, CouponBody, CouponChanges, Plan, PlanBody, Product, ProductBody } from './queries.ts';

export const planIntervals = ['day', 'week', 'month', 'year'] as const;
export const addonKinds = ['recurring', 'one_off'] as const;
export const discountTypes = ['percent', 'amount'] as const;
export const couponDurations = ['once', 'periods', 'forever'] as const;
export const planCodePattern = /^[a-z0-9][a-z0-9-]{1,62}$/;
const couponCodePattern = /^[A-Za-z0-9][A-Za-z0-9_-]{1,62}$/;
const maxMinor = 1_000_000_000_000;
const percentPlaces = 2;

const blank = (value: string): string | null => (value.trim() === '' ? null : value.trim());
const wholeNumber = (text: string): number | null => (/^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : null);

/** The currencies offered: the common ones, and the entry's own if it is another. */
export function catalogueCurrencies(current: string): string[] {
  return [...new Set<string>([...commonCurrencies, current])];
}

function moneyError(parsed: ParsedDecimal, currency: string, t: TFunction, positive = false): string | undefined {
  return decimalInputError(parsed, currencyExponent(currency), t) ?? (parsed.ok && parsed.value > maxMinor ? t('lines.errors.tooLarge') : parsed.ok && positive && parsed.value === 0 ? t('plans.errors.positive') : undefined);
}

const moneyOf = (text: string, currency: string, locale: string): number => {
  const parsed = parseMoneyInput(text, currency, locale);
  return parsed.ok ? parsed.value : 0;
};

// Products

export interface ProductValues {
  name: string;
  description: string;
}

export function productValues(product: Product | undefined): ProductValues {
  return { name: product?.name ?? '', description: product?.description ?? '' };
}

export const productSchema = z
  .object({ name: z.string().trim().min(1, 'common.required').max(200, 'plans.errors.tooLong'), description: z.string().max(2000, 'plans.errors.tooLong') })
  .transform((values): ProductBody => ({ name: values.name, description: blank(values.description) }));

// Plans

export interface PlanValues {
  product_id: string;
  code: string;
  name: string;
  description: string;
  currency: string;
  price: string;
  setup_fee: string;
  interval: (typeof planIntervals)[number];
  interval_count: string;
  trial_days: string;
  billing_cycles: string;
  tax_id: string;
  hosted_page_enabled: boolean;
  portal_change_to: string[];
}

export function planValues(plan: Plan | undefined, locale: string, productId = '', defaultCurrency = 'USD'): PlanValues {
  if (!plan) {
    return { product_id: productId, code: '', name: '', description: '', currency: defaultCurrency, price: '', setup_fee: '', interval: 'month', interval_count: '1', trial_days: '0', billing_cycles: '', tax_id: '', hosted_page_enabled: false, portal_change_to: [] };
  }
  return {
    product_id: plan.product_id,
    code: plan.code,
    name: plan.name,
    description: plan.description ?? '',
    currency: plan.currency,
    price: formatMoneyInput(plan.price_minor, plan.currency, locale),
    setup_fee: plan.setup_fee_minor === 0 ? '' : formatMoneyInput(plan.setup_fee_minor, plan.currency, locale),
    interval: plan.interval,
    interval_count: String(plan.interval_count),
    trial_days: String(plan.trial_days),
    billing_cycles: plan.billing_cycles === null ? '' : String(plan.billing_cycles),
    tax_id: plan.tax_id ?? '',
    hosted_page_enabled: plan.hosted_page_enabled,
    portal_change_to: [...plan.portal_change_to],
  };
}

export function planSchema(locale: string, t: TFunction) {
  return z
    .object({
      product_id: z.string().min(1, 'common.required'),
      code: z.string().trim(),
      name: z.string().trim().min(1, 'common.required').max(200, 'plans.errors.tooLong'),
      description: z.string().max(2000, 'plans.errors.tooLong'),
      currency: z.string().min(3, 'common.required'),
      price: z.string(),
      setup_fee: z.string(),
      interval: z.enum(planIntervals),
      interval_count: z.string(),
      trial_days: z.string(),
      billing_cycles: z.string(),
      tax_id: z.string(),
      hosted_page_enabled: z.boolean(),
      portal_change_to: z.array(z.string()),
    })
    .superRefine((values, ctx) => {
      const issue = (path: keyof typeof values, message: string | undefined) => {
        if (message) ctx.addIssue({ code: 'custom', path: [path], message });
      };
      issue('code', planCodePattern.test(values.code) ? undefined : t('plans.errors.code'));
      issue('price', moneyError(parseMoneyInput(values.price, values.currency, locale), values.currency, t));
      if (values.setup_fee.trim() !== '') issue('setup_fee', moneyError(parseMoneyInput(values.setup_fee, values.currency, locale), values.currency, t));
      const count = wholeNumber(values.interval_count);
      issue('interval_count', count !== null && count >= 1 && count <= 365 ? undefined : t('plans.errors.between', { min: 1, max: 365 }));
      const trial = wholeNumber(values.trial_days);
      issue('trial_days', trial !== null && trial <= 365 ? undefined : t('plans.errors.between', { min: 0, max: 365 }));
      if (values.billing_cycles.trim() !== '') {
        const cycles = wholeNumber(values.billing_cycles);
        issue('billing_cycles', cycles !== null && cycles >= 1 && cycles <= 10_000 ? undefined : t('plans.errors.between', { min: 1, max: 10_000 }));
      }
    })
    .transform(
      (values): PlanBody => ({
        product_id: values.product_id,
        code: values.code,
        name: values.name,
        description: blank(values.description),
        currency: values.currency,
        price_minor: moneyOf(values.price, values.currency, locale),
        setup_fee_minor: values.setup_fee.trim() === '' ? 0 : moneyOf(values.setup_fee, values.currency, locale),
        interval: values.interval,
        interval_count: Number(values.interval_count),
        trial_days: Number(values.trial_days),
        billing_cycles: values.billing_cycles.trim() === '' ? null : Number(values.billing_cycles),
        tax_id: values.tax_id || null,
        hosted_page_enabled: values.hosted_page_enabled,
        portal_change_to: values.portal_change_to,
      }),
    );
}

/** The changes of an edit: everything but the currency, at the version the form opened. */
export function planChanges(body: PlanBody, version: number) {
  const { currency: _currency, ...changes } = body;
  return { ...changes, version };
}

// Add-ons

export interface AddonValues {
  code: string;
  name: string;
  description: string;
  currency: string;
  price: string;
  kind: (typeof addonKinds)[number];
  tax_id: string;
  plan_ids: string[];
}

export function addonValues(addon: Addon | undefined, locale: string, defaultCurrency = 'USD'): AddonValues {
  if (!addon) return { code: '', name: '', description: '', currency: defaultCurrency, price: '', kind: 'recurring', tax_id: '', plan_ids: [] };
  return {
    code: addon.code,
    name: addon.name,
    description: addon.description ?? '',
    currency: addon.currency,
    price: formatMoneyInput(addon.price_minor, addon.currency, locale),
    kind: addon.kind,
    tax_id: addon.tax_id ?? '',
    plan_ids: [...addon.plan_ids],
  };
}

export function addonSchema(locale: string, t: TFunction) {
  return z
    .object({
      code: z.string().trim(),
      name: z.string().trim().min(1, 'common.required').max(200, 'plans.errors.tooLong'),
      description: z.string().max(2000, 'plans.errors.tooLong'),
      currency: z.string().min(3, 'common.required'),
      price: z.string(),
      kind: z.enum(addonKinds),
      tax_id: z.string(),
      plan_ids: z.array(z.string()),
    })
    .superRefine((values, ctx) => {
      if (!planCodePattern.test(values.code)) ctx.addIssue({ code: 'custom', path: ['code'], message: t('plans.errors.code') });
      const message = moneyError(parseMoneyInput(values.price, values.currency, locale), values.currency, t);
      if (message) ctx.addIssue({ code: 'custom', path: ['price'], message });
    })
    .transform(
      (values): AddonBody => ({
        code: values.code,
        name: values.name,
        description: blank(values.description),
        currency: values.currency,
        price_minor: moneyOf(values.price, values.currency, locale),
        kind: values.kind,
        tax_id: values.tax_id || null,
        plan_ids: values.plan_ids,
      }),
    );
}

export function addonChanges(body: AddonBody) {
  const { currency: _currency, ...changes } = body;
  return changes;
}

// Coupons

export interface CouponValues {
  code: string;
  name: string;
  discount_type: (typeof discountTypes)[number];
  percent: string;
  amount: string;
  currency: string;
  duration: (typeof couponDurations)[number];
  duration_periods: string;
  max_redemptions: string;
  valid_until: string;
}

export function couponValues(coupon: Coupon | undefined, locale: string, defaultCurrency = 'USD'): CouponValues {
  if (!coupon) return { code: '', name: '', discount_type: 'percent', percent: '', amount: '', currency: defaultCurrency, duration: 'once', duration_periods: '', max_redemptions: '', valid_until: '' };
  const currency = coupon.currency ?? defaultCurrency;
  return {
    code: coupon.code,
    name: coupon.name,
    discount_type: coupon.discount_type,
    percent: coupon.percent_basis_points === null ? '' : formatDecimalInput(coupon.percent_basis_points, percentPlaces, locale, true),
    amount: coupon.amount_off_minor === null ? '' : formatMoneyInput(coupon.amount_off_minor, currency, locale),
    currency,
    duration: coupon.duration,
    duration_periods: coupon.duration_periods === null ? '' : String(coupon.duration_periods),
    max_redemptions: coupon.max_redemptions === null ? '' : String(coupon.max_redemptions),
    valid_until: coupon.valid_until ?? '',
  };
}

export function couponSchema(locale: string, t: TFunction) {
  return z
    .object({
      code: z.string().trim(),
      name: z.string().trim().min(1, 'common.required').max(200, 'plans.errors.tooLong'),
      discount_type: z.enum(discountTypes),
      percent: z.string(),
      amount: z.string(),
      currency: z.string(),
      duration: z.enum(couponDurations),
      duration_periods: z.string(),
      max_redemptions: z.string(),
      valid_until: z.string(),
    })
    .superRefine((values, ctx) => {
      const issue = (path: keyof typeof values, message: string | undefined) => {
        if (message) ctx.addIssue({ code: 'custom', path: [path], message });
      };
      issue('code', couponCodePattern.test(values.code) ? undefined : t('plans.errors.couponCode'));
      if (values.discount_type === 'percent') {
        const parsed = parseDecimal(values.percent, percentPlaces, locale);
        issue('percent', decimalInputError(parsed, percentPlaces, t) ?? (parsed.ok && (parsed.value < 1 || parsed.value > 10_000) ? t('plans.errors.percent') : undefined));
      } else {
        issue('currency', values.currency.length === 3 ? undefined : t('common.required'));
        issue('amount', moneyError(parseMoneyInput(values.amount, values.currency, locale), values.currency, t, true));
      }
      if (values.duration === 'periods') {
        const periods = wholeNumber(values.duration_periods);
        issue('duration_periods', periods !== null && periods >= 1 && periods <= 1000 ? undefined : t('plans.errors.between', { min: 1, max: 1000 }));
      }
      if (values.max_redemptions.trim() !== '') {
        const limit = wholeNumber(values.max_redemptions);
        issue('max_redemptions', limit !== null && limit >= 1 ? undefined : t('plans.errors.between', { min: 1, max: 999_999_999 }));
      }
    })
    .transform((values): CouponBody => {
      const percent = values.discount_type === 'percent';
      const basisPoints = parseDecimal(values.percent, percentPlaces, locale);
      return {
        code: values.code.toUpperCase(),
        name: values.name,
        discount_type: values.discount_type,
        percent_basis_points: percent && basisPoints.ok ? basisPoints.value : null,
        amount_off_minor: percent ? null : moneyOf(values.amount, values.currency, locale),
        currency: percent ? null : values.currency,
        duration: values.duration,
        duration_periods: values.duration === 'periods' ? Number(values.duration_periods) : null,
        max_redemptions: values.max_redemptions.trim() === '' ? null : Number(values.max_redemptions),
        valid_until: values.valid_until || null,
      };
    });
}

/** What an edit may change: the discount of a coupon customers may hold is fixed. */
export function couponChanges(body: CouponBody): CouponChanges {
  return { name: body.name, max_redemptions: body.max_redemptions ?? null, valid_until: body.valid_until ?? null };
}

/** The form's field for a field the server named (`price_minor` → `price`, `portal_change_to.0` → the list). */
export function catalogueFieldName(field: string): string {
  const renamed: Record<string, string> = { price_minor: 'price', setup_fee_minor: 'setup_fee', percent_basis_points: 'percent', amount_off_minor: 'amount' };
  const head = field.split('.')[0] ?? field;
  return renamed[field] ?? (head === 'portal_change_to' || head === 'plan_ids' ? head : field);
}

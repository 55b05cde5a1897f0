import { addDays } from '../../../contract/calendar.ts';
import { computeDocumentAmounts } from '../../../contract/document-totals.ts';
import { couponAppliesToPeriod, periodEnd, periodStart, type CouponDuration } from '../../../contract/subscription-billing.ts';
import type { TaxesTable } from '../../db/billing-tables.ts';
import type { AddonsTable, CouponsTable, PlansTable, SubscriptionAddonsTable, SubscriptionStatus, SubscriptionsTable } from '../../db/subscription-tables.ts';
import type { SettledLine } from '../document/invoice-from-lines.service.ts';

/**
 * Pure rules of a subscription's invoices (docs/subscriptions.md "Renewals"): what the invoice of a
 * period holds, and what a period costs. No I/O: the caller loads the plan, add-ons, coupon and taxes.
 */

/** Who changed a subscription: recorded with every event of its history. */
export interface SubscriptionActor {
  type: 'staff' | 'contact' | 'system' | 'api';
  id: string | null;
  name: string;
}

export const systemActor: SubscriptionActor = { type: 'system', id: null, name: 'Portico' };

/** An add-on of the subscription with the catalogue row it refers to. */
export interface BilledAddon {
  addon: Pick<AddonsTable, 'id' | 'name' | 'kind' | 'tax_id'>;
  subscriptionAddon: Pick<SubscriptionAddonsTable, 'quantity' | 'unit_price_minor' | 'billed_document_id'>;
}

export type TaxRates = ReadonlyMap<string, Pick<TaxesTable, 'id' | 'name' | 'rate_millipercent'>>;

/** The statuses in which the renewal job looks at a subscription when its next billing date comes. */
export const renewingStatuses: readonly SubscriptionStatus[] = ['trial', 'live', 'non_renewing', 'unpaid'];

/** Statuses that end a subscription for good. */
export const endedStatuses: readonly SubscriptionStatus[] = ['cancelled', 'expired'];

export function couponDurationOf(coupon: Pick<CouponsTable, 'duration' | 'duration_periods'>): CouponDuration {
  if (coupon.duration === 'periods') return { kind: 'periods', count: coupon.duration_periods ?? 1 };
  return { kind: coupon.duration };
}

/** The last day of a period whose end is exclusive. */
const lastDayOf = (endExclusive: string): string => addDays(endExclusive, -1);

function taxOf(taxes: TaxRates, taxId: string | null): Pick<SettledLine, 'tax_id' | 'tax_name' | 'tax_rate_millipercent'> {
  if (!taxId) return { tax_id: null, tax_name: null, tax_rate_millipercent: 0 };
  const tax = taxes.get(taxId);
  if (!tax) throw new Error(`tax ${taxId} was not loaded for the subscription's invoice`);
  return { tax_id: tax.id, tax_name: tax.name, tax_rate_millipercent: tax.rate_millipercent };
}

/**
 * The lines of the invoice of period `periodIndex`:
 * - the plan: quantity × the subscription's unit price, described with the period's dates;
 * - each recurring add-on: its quantity × its unit price, for the same period;
 * - each one-off add-on not invoiced yet, once (the first invoice that comes, normally period 0's);
 * - the plan's setup fee in period 0's invoice;
 * - the coupon, when it still applies (`coupon_periods_used` periods discounted so far), as a discount
 *   on the recurring lines: a percentage on each, or an amount spread over them in order, never more than
 *   a line's own gross. Setup fees and one-off add-ons are never discounted.
 * Taxes come from the plan's and add-ons' tax_id, resolved through `taxes`.
 */
export function periodLines(
  sub: SubscriptionForLines,
  plan: PlanForLines,
  addons: readonly BilledAddon[],
  coupon: CouponForLines | null,
  periodIndex: number,
  taxes: TaxRates = new Map(),
): SettledLine[] {
  const once: SettledLine[] = [];
  for (const { addon, subscriptionAddon } of addons) {
    if (addon.kind === 'one_off' && subscriptionAddon.billed_document_id === null) once.push(settledLine(addon.name, null, subscriptionAddon.quantity, Number(subscriptionAddon.unit_price_minor), addon.tax_id, taxes));
  }
  if (periodIndex === 0 && Number(plan.setup_fee_minor) > 0) once.push(settledLine(`${plan.name}: setup fee`, null, 1, Number(plan.setup_fee_minor), plan.tax_id, taxes));
  return [...recurringLines(sub, plan, addons, coupon, periodIndex, taxes), ...once];
}

type SubscriptionForLines = Pick<SubscriptionsTable, 'anchor_date' | 'interval' | 'interval_count' | 'quantity' | 'unit_price_minor' | 'coupon_periods_used' | 'currency'>;
type PlanForLines = Pick<PlansTable, 'name' | 'setup_fee_minor' | 'tax_id'>;
type CouponForLines = Pick<CouponsTable, 'discount_type' | 'discount_value' | 'currency' | 'duration' | 'duration_periods'>;

function settledLine(name: string, description: string | null, quantity: number, rate: number, taxId: string | null, taxes: TaxRates): SettledLine {
  return { item_id: null, name, description, unit: null, quantity_milli: quantity * 1000, rate_minor: rate, discount_type: null, discount_value: 0, ...taxOf(taxes, taxId) };
}

/** The lines billed every period: the plan and the recurring add-ons, with the coupon when it still applies. */
export function recurringLines(sub: SubscriptionForLines, plan: PlanForLines, addons: readonly BilledAddon[], coupon: CouponForLines | null, periodIndex: number, taxes: TaxRates = new Map()): SettledLine[] {
  const start = periodStart(sub.anchor_date, sub.interval, sub.interval_count, periodIndex);
  const end = periodEnd(sub.anchor_date, sub.interval, sub.interval_count, periodIndex);
  const period = `${start} – ${lastDayOf(end)}`;
  const lines: SettledLine[] = [settledLine(plan.name, period, sub.quantity, Number(sub.unit_price_minor), plan.tax_id, taxes)];
  for (const { addon, subscriptionAddon } of addons) {
    if (addon.kind === 'recurring') lines.push(settledLine(addon.name, period, subscriptionAddon.quantity, Number(subscriptionAddon.unit_price_minor), addon.tax_id, taxes));
  }
  if (coupon && couponAppliesToPeriod(couponDurationOf(coupon), sub.coupon_periods_used)) applyCoupon(lines, coupon, sub.currency);
  return lines;
}

/**
 * What the next period costs before tax, after the coupon if it still applies to it: the plan and the
 * recurring add-ons (the `amount_minor` staff and customers see).
 */
export function amountPerPeriod(sub: SubscriptionForLines & Pick<SubscriptionsTable, 'billed_through_index'>, plan: PlanForLines, addons: readonly BilledAddon[], coupon: CouponForLines | null): number {
  const withoutTax = { ...plan, tax_id: null };
  const lines = recurringLines(sub, withoutTax, addons.map((entry) => ({ ...entry, addon: { ...entry.addon, tax_id: null } })), coupon, (sub.billed_through_index ?? -1) + 1);
  return computeDocumentAmounts(lines).total_minor;
}

function applyCoupon(lines: SettledLine[], coupon: Pick<CouponsTable, 'discount_type' | 'discount_value' | 'currency'>, currency: string): void {
  if (coupon.discount_type === 'percent') {
    for (const line of lines) {
      line.discount_type = 'percent';
      line.discount_value = Number(coupon.discount_value);
    }
    return;
  }
  if (coupon.currency !== null && coupon.currency !== currency) throw new RangeError(`coupon currency ${coupon.currency} is not the subscription's ${currency}`);
  let left = Number(coupon.discount_value);
  for (const line of lines) {
    if (left <= 0) break;
    const gross = (line.quantity_milli / 1000) * line.rate_minor;
    const taken = Math.min(left, gross);
    if (taken > 0) {
      line.discount_type = 'amount';
      line.discount_value = taken;
      left -= taken;
    }
  }
}

/** Whether the coupon discounts these lines (so the invoice counts as one of its periods). */
export function linesCarryCoupon(lines: readonly SettledLine[]): boolean {
  return lines.some((line) => line.discount_type !== null && line.discount_value > 0);
}

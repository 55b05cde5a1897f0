import { Temporal } from 'temporal-polyfill';
import { divideRoundHalfAwayFromZero } from './document-totals.ts';

/**
 * The rules of subscription billing: billing periods, proration, coupons and payment retries. Pure
 * functions, no database and no clock: "today" is the organization's calendar date, which the caller
 * takes with `todayIn(timeZone, now)` from calendar.ts. Periods are whole calendar dates, so daylight
 * saving changes cannot stretch or shrink a period by an hour.
 *
 * Dates are YYYY-MM-DD strings; amounts are non-negative integers of a currency's minor units.
 */

export type BillingInterval = 'day' | 'week' | 'month' | 'year';

export const billingIntervals: readonly BillingInterval[] = ['day', 'week', 'month', 'year'];

/** One billing period: dates from `start` up to, not including, `end`. `index` 0 is the period that starts on the anchor. */
export interface BillingPeriod {
  index: number;
  start: string;
  end: string;
}

function requirePlainDate(name: string, value: string): Temporal.PlainDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new RangeError(`${name} must be a date written as YYYY-MM-DD`);
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw new RangeError(`${name} must be a real calendar date, not ${value}`);
  }
}

function requireInteger(name: string, value: number, minimum: number): number {
  if (!Number.isSafeInteger(value) || value < minimum) throw new RangeError(`${name} must be an integer of at least ${minimum}`);
  return value;
}

function requireInterval(interval: BillingInterval): BillingInterval {
  if (!billingIntervals.includes(interval)) throw new RangeError(`interval must be one of ${billingIntervals.join(', ')}`);
  return interval;
}

function durationOf(interval: BillingInterval, units: number): Temporal.DurationLike {
  switch (interval) {
    case 'day':
      return { days: units };
    case 'week':
      return { weeks: units };
    case 'month':
      return { months: units };
    case 'year':
      return { years: units };
  }
}

/**
 * The date `boundaryIndex` × `intervalCount` intervals after the anchor. Every boundary is counted from
 * the anchor, never from the boundary before it: a subscription anchored on 31 January renews on 29 (or
 * 28) February and then on 31 March again, where stepping month by month would drift to the 28th or 29th
 * for good. A day of month the target month lacks becomes its last day ('constrain').
 */
function boundary(anchor: Temporal.PlainDate, interval: BillingInterval, intervalCount: number, boundaryIndex: number): Temporal.PlainDate {
  return anchor.add(durationOf(interval, boundaryIndex * intervalCount), { overflow: 'constrain' });
}

/** The first date of period `periodIndex` (period 0 starts on the anchor). */
export function periodStart(anchorDate: string, interval: BillingInterval, intervalCount: number, periodIndex: number): string {
  const anchor = requirePlainDate('anchorDate', anchorDate);
  requireInterval(interval);
  requireInteger('intervalCount', intervalCount, 1);
  requireInteger('periodIndex', periodIndex, 0);
  return boundary(anchor, interval, intervalCount, periodIndex).toString();
}

/** The day after the last date of period `periodIndex` (end exclusive), which is also the next period's start. */
export function periodEnd(anchorDate: string, interval: BillingInterval, intervalCount: number, periodIndex: number): string {
  const anchor = requirePlainDate('anchorDate', anchorDate);
  requireInterval(interval);
  requireInteger('intervalCount', intervalCount, 1);
  requireInteger('periodIndex', periodIndex, 0);
  return boundary(anchor, interval, intervalCount, periodIndex + 1).toString();
}

/** The period that contains `date` (start <= date < end). A date before the anchor belongs to no period: RangeError. */
export function billingPeriodAt(anchorDate: string, interval: BillingInterval, intervalCount: number, date: string): BillingPeriod {
  const anchor = requirePlainDate('anchorDate', anchorDate);
  const day = requirePlainDate('date', date);
  requireInterval(interval);
  requireInteger('intervalCount', intervalCount, 1);
  if (Temporal.PlainDate.compare(day, anchor) < 0) throw new RangeError(`date ${date} is before anchorDate ${anchorDate}`);
  // An estimate from whole days or calendar months, then corrected by at most a step or two either way
  // (a month-end anchor can put the estimate one period off).
  let index: number;
  if (interval === 'day' || interval === 'week') {
    const days = anchor.until(day, { largestUnit: 'days' }).days;
    index = Math.floor(days / ((interval === 'week' ? 7 : 1) * intervalCount));
  } else {
    const months = (day.year - anchor.year) * 12 + (day.month - anchor.month);
    index = Math.floor(months / ((interval === 'year' ? 12 : 1) * intervalCount));
  }
  while (index > 0 && Temporal.PlainDate.compare(boundary(anchor, interval, intervalCount, index), day) > 0) index -= 1;
  while (Temporal.PlainDate.compare(boundary(anchor, interval, intervalCount, index + 1), day) <= 0) index += 1;
  return {
    index,
    start: boundary(anchor, interval, intervalCount, index).toString(),
    end: boundary(anchor, interval, intervalCount, index + 1).toString(),
  };
}

/**
 * The periods to bill now, in order: every period that has started by `today` (start <= today) and
 * comes after `billedThroughIndex` (null: none billed yet). Billing is in advance, so the period that
 * starts today is due today. A renewal run that was missed for a while bills each period it missed once,
 * none skipped; once the caller records the last index as billed, later runs never return it again.
 */
export function periodsDue(anchorDate: string, interval: BillingInterval, intervalCount: number, billedThroughIndex: number | null, today: string): number[] {
  const anchor = requirePlainDate('anchorDate', anchorDate);
  const day = requirePlainDate('today', today);
  if (billedThroughIndex !== null) requireInteger('billedThroughIndex', billedThroughIndex, 0);
  if (Temporal.PlainDate.compare(day, anchor) < 0) return [];
  const current = billingPeriodAt(anchorDate, interval, intervalCount, today).index;
  const due: number[] = [];
  for (let index = (billedThroughIndex ?? -1) + 1; index <= current; index += 1) due.push(index);
  return due;
}

/**
 * The anchor after a pause of `pauseDays` whole days: the old anchor moved `pauseDays` later. Period
 * indexes keep their meaning (the billed-through index stays as it is), so the period in progress when
 * the pause began ends `pauseDays` later — the customer does not pay for the paused days — and every
 * later period starts `pauseDays` later. Later boundaries are counted from the moved anchor: a
 * subscription anchored on 31 January and paused for one day renews on the 1st of each month from then on.
 * Successive pauses add up.
 */
export function shiftAnchorForPause(anchorDate: string, pauseDays: number): string {
  const anchor = requirePlainDate('anchorDate', anchorDate);
  requireInteger('pauseDays', pauseDays, 0);
  return anchor.add({ days: pauseDays }).toString();
}

export interface ProrationInput {
  /** The first date of the period in progress. */
  periodStart: string;
  /** The day after its last date (end exclusive). */
  periodEnd: string;
  /** The first date charged at the new amount; periodStart <= changeDate <= periodEnd. */
  changeDate: string;
  /** The period's amount before the change, already billed, in minor units. */
  oldAmount: number;
  /** The period's amount after the change, in minor units. */
  newAmount: number;
}

export interface Proration {
  /** What the customer gets back for the days left at the old amount. */
  credit: number;
  /** What the customer pays for the days left at the new amount. */
  charge: number;
  /** charge − credit: positive for an upgrade, negative for a downgrade. */
  net: number;
  daysTotal: number;
  /** Days from changeDate (included) to periodEnd (excluded). */
  daysRemaining: number;
}

function requireAmount(name: string, value: number): bigint {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer of minor units`);
  return BigInt(value);
}

function daysOfPeriod(periodStart: string, periodEnd: string, changeDate: string, changeName: string): { daysTotal: number; daysRemaining: number } {
  const start = requirePlainDate('periodStart', periodStart);
  const end = requirePlainDate('periodEnd', periodEnd);
  const change = requirePlainDate(changeName, changeDate);
  const daysTotal = start.until(end, { largestUnit: 'days' }).days;
  if (daysTotal <= 0) throw new RangeError(`periodEnd ${periodEnd} must be after periodStart ${periodStart}`);
  if (Temporal.PlainDate.compare(change, start) < 0 || Temporal.PlainDate.compare(change, end) > 0) {
    throw new RangeError(`${changeName} ${changeDate} must be within the period ${periodStart} – ${periodEnd}`);
  }
  return { daysTotal, daysRemaining: change.until(end, { largestUnit: 'days' }).days };
}

/** amount × daysRemaining ÷ daysTotal, rounded half away from zero to the minor unit. */
function dayShare(amount: bigint, daysRemaining: number, daysTotal: number): number {
  return Number(divideRoundHalfAwayFromZero(amount * BigInt(daysRemaining), BigInt(daysTotal)));
}

/**
 * A change of amount part-way through a period, by whole days. The change date counts at the new amount.
 *
 *   credit = oldAmount × daysRemaining ÷ daysTotal   rounded half away from zero
 *   charge = newAmount × daysRemaining ÷ daysTotal   rounded half away from zero
 *   net    = charge − credit                         exactly, never rounded on its own
 *
 * Each figure is rounded once, so the credit is the same as `unusedCredit` gives on cancelling that day,
 * neither exceeds its amount, and the two lines on the invoice add up to the net. The net is then within
 * one minor unit of the exact day-weighted difference (newAmount − oldAmount) × daysRemaining ÷ daysTotal:
 * it is that figure rounded down or up, and equal to it whenever it is a whole number.
 */
export function prorate({ periodStart, periodEnd, changeDate, oldAmount, newAmount }: ProrationInput): Proration {
  const oldMinor = requireAmount('oldAmount', oldAmount);
  const newMinor = requireAmount('newAmount', newAmount);
  const { daysTotal, daysRemaining } = daysOfPeriod(periodStart, periodEnd, changeDate, 'changeDate');
  const credit = dayShare(oldMinor, daysRemaining, daysTotal);
  const charge = dayShare(newMinor, daysRemaining, daysTotal);
  return { credit, charge, net: charge - credit, daysTotal, daysRemaining };
}

/** What a cancellation on `cancelDate` gives back of a period's `amount`: the days from cancelDate (included) to the period's end, as in `prorate`. */
export function unusedCredit(periodStart: string, periodEnd: string, cancelDate: string, amount: number): number {
  const minor = requireAmount('amount', amount);
  const { daysTotal, daysRemaining } = daysOfPeriod(periodStart, periodEnd, cancelDate, 'cancelDate');
  return dayShare(minor, daysRemaining, daysTotal);
}

/**
 * A coupon's reduction. `percent`: `value` in basis points (1/100 %, so 2500 is 25 %, 10000 is 100 %),
 * as line discounts are; `amount`: `value` in minor units of the coupon's `currency`.
 */
export interface Coupon {
  kind: 'percent' | 'amount';
  value: number;
  /** The currency of an `amount` coupon; a percent coupon applies in any currency. */
  currency?: string;
}

/**
 * What the coupon takes off `amount` (minor units), never more than the amount itself: a percent
 * rounded half away from zero to the minor unit, or the fixed amount. An amount coupon in another
 * currency than `amountCurrency` (when both are given) is a mistake of the caller: RangeError.
 */
export function couponDiscount(coupon: Coupon, amount: number, amountCurrency?: string): number {
  const minor = requireAmount('amount', amount);
  if (coupon.kind === 'percent') {
    if (!Number.isSafeInteger(coupon.value) || coupon.value < 0 || coupon.value > 10_000) {
      throw new RangeError('coupon.value must be an integer of basis points from 0 to 10000');
    }
    return Number(divideRoundHalfAwayFromZero(minor * BigInt(coupon.value), 10_000n));
  }
  if (coupon.kind === 'amount') {
    requireAmount('coupon.value', coupon.value);
    if (coupon.currency !== undefined && amountCurrency !== undefined && coupon.currency !== amountCurrency) {
      throw new RangeError(`coupon.currency ${coupon.currency} is not the amount's currency ${amountCurrency}`);
    }
    return Math.min(coupon.value, amount);
  }
  throw new RangeError("coupon.kind must be 'percent' or 'amount'");
}

/** How long a coupon lasts: the first billed period only, a number of periods, or every period. */
export type CouponDuration = { kind: 'once' } | { kind: 'periods'; count: number } | { kind: 'forever' };

/** Whether the next billed period is discounted, given how many periods the coupon has discounted already. */
export function couponAppliesToPeriod(duration: CouponDuration, periodsAlreadyDiscounted: number): boolean {
  requireInteger('periodsAlreadyDiscounted', periodsAlreadyDiscounted, 0);
  switch (duration.kind) {
    case 'once':
      return periodsAlreadyDiscounted === 0;
    case 'periods':
      requireInteger('duration.count', duration.count, 1);
      return periodsAlreadyDiscounted < duration.count;
    case 'forever':
      return true;
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When to try a failed renewal charge again. `retryScheduleDays` counts days from the first failure
 * (`failedAt`), not from the previous retry, so a late retry run does not push the later ones back:
 * [1, 3, 7] retries one, three and seven days after the failure. `attemptsMade` is the number of
 * retries already made (the failed charge itself not counted). A day is 24 hours from the failure's
 * instant. Null when every retry has been made: the subscription's dunning is over.
 */
export function nextRetryAt(failedAt: Date, retryScheduleDays: number[], attemptsMade: number): Date | null {
  if (!(failedAt instanceof Date) || Number.isNaN(failedAt.getTime())) throw new RangeError('failedAt must be a valid Date');
  requireInteger('attemptsMade', attemptsMade, 0);
  retryScheduleDays.forEach((days, position) => {
    requireInteger(`retryScheduleDays[${position}]`, days, 0);
    const previous = retryScheduleDays[position - 1];
    if (previous !== undefined && days < previous) throw new RangeError('retryScheduleDays must not decrease');
  });
  const days = retryScheduleDays[attemptsMade];
  if (days === undefined) return null;
  return new Date(failedAt.getTime() + days * DAY_MS);
}

/**
 * Pure rules of the subscription actions (docs/subscriptions.md, "Portal actions and policy", "Changes
 * and proration"): the dates a trial extension, a pause and a resumption give, how a change is timed
 * and prorated. No I/O; dates are the organization's calendar dates, end dates exclusive.
 */
import { addDays, daysBetween } from '../../../contract/calendar.ts';
import { periodEnd, periodStart, prorate, shiftAnchorForPause, unusedCredit } from '../../../contract/subscription-billing.ts';
import type { SubscriptionStatus, SubscriptionsTable } from '../../db/subscription-tables.ts';

type Dates = Pick<SubscriptionsTable, 'anchor_date' | 'interval' | 'interval_count' | 'billed_through_index' | 'current_period_start' | 'current_period_end' | 'next_billing_date'>;

/** The last day of a period whose end is exclusive. */
export function lastDayOf(endExclusive: string): string {
  return addDays(endExclusive, -1);
}

/** How a period is written on a document: its first and last day. */
export function periodLabel(start: string, endExclusive: string): string {
  return `${start} – ${lastDayOf(endExclusive)}`;
}

/**
 * A trial made `days` longer: the trial ends (and the first period starts, billed in advance) `days`
 * later. The anchor moves with it, so every period after the trial is counted from the new first day:
 * a trial extended to end on 31 January bills 31 January – 27 February, then from 28 February (the
 * month's last day), then from 31 March.
 */
export function extendedTrial(sub: Pick<SubscriptionsTable, 'trial_end' | 'trial_extended_days'>, days: number): Partial<SubscriptionsTable> {
  if (!sub.trial_end) throw new RangeError('the subscription has no trial to extend');
  const trialEnd = addDays(sub.trial_end, days);
  return { trial_end: trialEnd, anchor_date: trialEnd, current_period_end: trialEnd, next_billing_date: trialEnd, trial_extended_days: sub.trial_extended_days + days };
}

/**
 * The dates after a pause from `pausedOn` to `resumedOn`: the anchor moves by the paused days
 * (shiftAnchorForPause), so the period in progress ends that many days later — the customer does not
 * pay for the days paused — and every later period is counted from the moved anchor. A pause that began
 * and ended the same day changes nothing.
 */
export function resumedDates(sub: Dates, pausedOn: string, resumedOn: string): Partial<SubscriptionsTable> & { paused_days: number } {
  const pausedDays = Math.max(0, daysBetween(pausedOn, resumedOn));
  const anchor = shiftAnchorForPause(sub.anchor_date, pausedDays);
  if (sub.billed_through_index === null) {
    return { paused_days: pausedDays, anchor_date: anchor, next_billing_date: sub.next_billing_date === null ? null : addDays(sub.next_billing_date, pausedDays) };
  }
  const end = periodEnd(anchor, sub.interval, sub.interval_count, sub.billed_through_index);
  return { paused_days: pausedDays, anchor_date: anchor, current_period_end: end, next_billing_date: end };
}

/** The period the next invoice is for, and the date it is issued. */
export function nextPeriod(sub: Dates): { index: number; start: string; end: string } {
  const index = (sub.billed_through_index ?? -1) + 1;
  return { index, start: periodStart(sub.anchor_date, sub.interval, sub.interval_count, index), end: periodEnd(sub.anchor_date, sub.interval, sub.interval_count, index) };
}

export type ChangeTiming = 'now' | 'period_end';

export interface ChangeProration {
  credit_minor: number;
  charge_minor: number;
  net_minor: number;
  days_remaining: number;
  days_in_period: number;
}

export const noProration: ChangeProration = { credit_minor: 0, charge_minor: 0, net_minor: 0, days_remaining: 0, days_in_period: 0 };

/**
 * When a change takes effect: an upgrade (a higher amount per period) or a change of the same amount
 * now, a downgrade at the end of the period already paid for, as Stripe and Chargebee do by default.
 * During a trial nothing is billed yet, so every change is made now. `requested` (staff only) overrides.
 */
export function changeTiming(status: SubscriptionStatus, oldAmount: number, newAmount: number, requested?: ChangeTiming): ChangeTiming {
  if (status === 'trial') return 'now';
  if (requested) return requested;
  return newAmount < oldAmount ? 'period_end' : 'now';
}

/**
 * The proration of a change made `today` in the period the subscription has billed (`prorate`, by whole
 * days, today at the new amount). None when nothing was billed for a period that holds today (a trial,
 * a subscription starting later): the next invoice simply has the new amount.
 */
export function changeProration(sub: Dates & Pick<SubscriptionsTable, 'status'>, today: string, oldAmount: number, newAmount: number): ChangeProration {
  const start = sub.current_period_start;
  const end = sub.current_period_end;
  if (sub.status === 'trial' || sub.billed_through_index === null || !start || !end || today < start || today >= end) return noProration;
  const result = prorate({ periodStart: start, periodEnd: end, changeDate: today, oldAmount, newAmount });
  return { credit_minor: result.credit, charge_minor: result.charge, net_minor: result.net, days_remaining: result.daysRemaining, days_in_period: result.daysTotal };
}

/** The part of a paid period's amount a cancellation on `today` gives back (0 outside the period). */
export function unusedPart(start: string, end: string, today: string, amount: number): number {
  if (today < start || today >= end || amount <= 0) return 0;
  return unusedCredit(start, end, today, amount);
}

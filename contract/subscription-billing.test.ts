import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, todayIn } from './calendar.ts';
import {
  billingPeriodAt,
  type BillingInterval,
  couponAppliesToPeriod,
  couponDiscount,
  nextRetryAt,
  periodEnd,
  periodsDue,
  periodStart,
  prorate,
  shiftAnchorForPause,
  unusedCredit,
} from './subscription-billing.ts';

const intervals: BillingInterval[] = ['day', 'week', 'month', 'year'];
const dateArbitrary = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const intervalArbitrary = fc.constantFrom(...intervals);
const countArbitrary = fc.integer({ min: 1, max: 12 });

describe('billing periods', () => {
  it('counts every period from the anchor, so a 31 January anchor comes back to the 31st', () => {
    expect(periodEnd('2028-01-31', 'month', 1, 0)).toBe('2028-02-29');
    expect(periodEnd('2028-01-31', 'month', 1, 1)).toBe('2028-03-31');
    expect(periodEnd('2027-01-31', 'month', 1, 0)).toBe('2027-02-28');
    expect(periodEnd('2027-01-31', 'month', 1, 1)).toBe('2027-03-31');
    expect(periodEnd('2028-01-31', 'month', 1, 2)).toBe('2028-04-30');
    expect(periodStart('2028-01-31', 'month', 1, 0)).toBe('2028-01-31');
    expect(periodStart('2028-01-31', 'month', 1, 2)).toBe('2028-03-31');
  });

  it('renews a 29 February yearly subscription on 28 February in common years and on the 29th again in leap years', () => {
    expect(periodEnd('2028-02-29', 'year', 1, 0)).toBe('2029-02-28');
    expect(periodEnd('2028-02-29', 'year', 1, 3)).toBe('2032-02-29');
  });

  it('steps weeks, days and several months at a time', () => {
    expect(periodEnd('2026-12-28', 'week', 1, 0)).toBe('2027-01-04');
    expect(periodEnd('2026-12-28', 'week', 2, 1)).toBe('2027-01-25');
    expect(periodEnd('2026-03-01', 'day', 10, 2)).toBe('2026-03-31');
    expect(periodEnd('2026-11-30', 'month', 3, 0)).toBe('2027-02-28');
    expect(periodEnd('2026-11-30', 'month', 3, 1)).toBe('2027-05-30');
  });

  it('finds the period containing a date, end exclusive', () => {
    expect(billingPeriodAt('2028-01-31', 'month', 1, '2028-02-28')).toEqual({ index: 0, start: '2028-01-31', end: '2028-02-29' });
    expect(billingPeriodAt('2028-01-31', 'month', 1, '2028-02-29')).toEqual({ index: 1, start: '2028-02-29', end: '2028-03-31' });
    expect(billingPeriodAt('2028-01-31', 'month', 1, '2028-03-30')).toEqual({ index: 1, start: '2028-02-29', end: '2028-03-31' });
    expect(billingPeriodAt('2026-01-01', 'week', 1, '2026-01-08')).toEqual({ index: 1, start: '2026-01-08', end: '2026-01-15' });
    expect(() => billingPeriodAt('2026-01-01', 'week', 1, '2025-12-31')).toThrow(RangeError);
  });

  it('bills the periods started by today and not yet billed, the one starting today included', () => {
    expect(periodsDue('2026-01-15', 'month', 1, null, '2026-01-14')).toEqual([]);
    expect(periodsDue('2026-01-15', 'month', 1, null, '2026-01-15')).toEqual([0]);
    expect(periodsDue('2026-01-15', 'month', 1, 0, '2026-02-14')).toEqual([]);
    expect(periodsDue('2026-01-15', 'month', 1, 0, '2026-04-15')).toEqual([1, 2, 3]);
    expect(periodsDue('2026-01-15', 'month', 1, 3, '2026-04-15')).toEqual([]);
  });

  it('names the argument it refuses', () => {
    expect(() => periodEnd('2026-02-30', 'month', 1, 0)).toThrow(/anchorDate/);
    expect(() => periodEnd('2026-02-01', 'month', 0, 0)).toThrow(/intervalCount/);
    expect(() => periodEnd('2026-02-01', 'month', 1, -1)).toThrow(/periodIndex/);
    expect(() => periodEnd('2026-02-01', 'fortnight' as BillingInterval, 1, 0)).toThrow(/interval/);
  });

  it('moves the anchor, and so the rest of the periods, by the days of a pause', () => {
    expect(shiftAnchorForPause('2026-01-10', 14)).toBe('2026-01-24');
    // Billed through period 1 (10 Feb – 10 Mar), paused 14 days: that period now ends on 24 March.
    expect(periodEnd(shiftAnchorForPause('2026-01-10', 14), 'month', 1, 1)).toBe('2026-03-24');
    expect(() => shiftAnchorForPause('2026-01-10', -1)).toThrow(/pauseDays/);
  });

  it('tiles: consecutive periods meet with no gap or overlap, and each is at least a day long', () => {
    fc.assert(
      fc.property(dateArbitrary, intervalArbitrary, countArbitrary, fc.integer({ min: 0, max: 200 }), (anchor, interval, count, index) => {
        const start = periodStart(anchor, interval, count, index);
        const end = periodEnd(anchor, interval, count, index);
        expect(periodStart(anchor, interval, count, index + 1)).toBe(end);
        expect(daysBetween(start, end)).toBeGreaterThan(0);
        if (index === 0) expect(start).toBe(anchor);
      }),
      { numRuns: 1000 },
    );
  });

  it('puts every date from the anchor on in exactly the period whose bounds hold it', () => {
    fc.assert(
      fc.property(dateArbitrary, intervalArbitrary, countArbitrary, fc.integer({ min: 0, max: 5000 }), (anchor, interval, count, offset) => {
        const date = addDays(anchor, offset);
        const period = billingPeriodAt(anchor, interval, count, date);
        expect(period.start <= date && date < period.end).toBe(true);
        expect(period.start).toBe(periodStart(anchor, interval, count, period.index));
        expect(period.end).toBe(periodEnd(anchor, interval, count, period.index));
      }),
      { numRuns: 1000 },
    );
  });

  it('bills each period once over successive days, none skipped, whatever days the renewal run misses', () => {
    fc.assert(
      fc.property(dateArbitrary, intervalArbitrary, fc.integer({ min: 1, max: 3 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }), (anchor, interval, count, gaps) => {
        let billedThrough: number | null = null;
        let today = addDays(anchor, -1);
        const billed: number[] = [];
        for (const gap of gaps) {
          today = addDays(today, gap);
          const due = periodsDue(anchor, interval, count, billedThrough, today);
          billed.push(...due);
          if (due.length > 0) billedThrough = due[due.length - 1] ?? billedThrough;
        }
        expect(billed).toEqual(billed.map((_, position) => position));
        const expectedCount = today < anchor ? 0 : billingPeriodAt(anchor, interval, count, today).index + 1;
        expect(billed.length).toBe(expectedCount);
      }),
      { numRuns: 500 },
    );
  });
});

describe('renewal runs in the organization’s time zone', () => {
  // Zones with daylight saving on either side of the equator, half-hour and 45-minute offsets, and the date line.
  const zones = ['Europe/Berlin', 'America/New_York', 'America/Sao_Paulo', 'Australia/Sydney', 'Pacific/Auckland', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'];

  it('bills each period once, none skipped, when runs happen at any hours, across daylight saving changes, in any zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2080-01-01T00:00:00Z'), noInvalidDate: true }),
        intervalArbitrary,
        fc.integer({ min: 1, max: 3 }),
        // Hours between runs: many runs an hour apart around a change of the clocks, and long outages.
        fc.array(fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 20, max: 30 }), fc.integer({ min: 100, max: 2_000 })), { minLength: 1, maxLength: 60 }),
        (zone, start, interval, count, gapsInHours) => {
          const anchor = todayIn(zone, start);
          let instant = start.getTime();
          let billedThrough: number | null = null;
          const billed: number[] = [];
          let today = anchor;
          for (const hours of gapsInHours) {
            instant += hours * 3_600_000;
            const next = todayIn(zone, new Date(instant));
            // The organization's date never goes back, whatever the clocks do.
            expect(next >= today).toBe(true);
            today = next;
            const due = periodsDue(anchor, interval, count, billedThrough, today);
            billed.push(...due);
            if (due.length > 0) billedThrough = due[due.length - 1] ?? billedThrough;
          }
          expect(billed).toEqual(billed.map((_, position) => position));
          expect(billed.length).toBe(billingPeriodAt(anchor, interval, count, today).index + 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('proration', () => {
  it('credits half of 3000 and charges half of 6000 halfway through a 30-day period', () => {
    expect(prorate({ periodStart: '2026-04-01', periodEnd: '2026-05-01', changeDate: '2026-04-16', oldAmount: 3000, newAmount: 6000 })).toEqual({
      credit: 1500,
      charge: 3000,
      net: 1500,
      daysTotal: 30,
      daysRemaining: 15,
    });
  });

  it('credits everything on the first day and nothing at the end', () => {
    expect(prorate({ periodStart: '2026-04-01', periodEnd: '2026-05-01', changeDate: '2026-04-01', oldAmount: 3000, newAmount: 1000 })).toMatchObject({ credit: 3000, charge: 1000, net: -2000 });
    expect(prorate({ periodStart: '2026-04-01', periodEnd: '2026-05-01', changeDate: '2026-05-01', oldAmount: 3000, newAmount: 1000 })).toMatchObject({ credit: 0, charge: 0, net: 0 });
  });

  it('rounds each figure half away from zero', () => {
    // 1 × 15/30 = 0.5 → 1; 3 × 15/30 = 1.5 → 2.
    expect(prorate({ periodStart: '2026-04-01', periodEnd: '2026-05-01', changeDate: '2026-04-16', oldAmount: 1, newAmount: 3 })).toMatchObject({ credit: 1, charge: 2, net: 1 });
    expect(unusedCredit('2026-04-01', '2026-05-01', '2026-04-21', 1000)).toBe(333);
  });

  it('names the argument it refuses', () => {
    const base = { periodStart: '2026-04-01', periodEnd: '2026-05-01', changeDate: '2026-04-16', oldAmount: 3000, newAmount: 6000 };
    expect(() => prorate({ ...base, oldAmount: 1.5 })).toThrow(/oldAmount/);
    expect(() => prorate({ ...base, newAmount: -1 })).toThrow(/newAmount/);
    expect(() => prorate({ ...base, changeDate: '2026-05-02' })).toThrow(/changeDate/);
    expect(() => prorate({ ...base, periodEnd: '2026-04-01' })).toThrow(/periodEnd/);
    expect(() => unusedCredit('2026-04-01', '2026-05-01', '2026-03-31', 100)).toThrow(/cancelDate/);
    expect(() => unusedCredit('2026-04-01', '2026-05-01', '2026-04-02', Number.NaN)).toThrow(/amount/);
  });

  const prorationArbitrary = fc
    .record({ start: dateArbitrary, length: fc.integer({ min: 1, max: 400 }), into: fc.integer({ min: 0, max: 400 }), oldAmount: fc.integer({ min: 0, max: 10_000_000_000 }), newAmount: fc.integer({ min: 0, max: 10_000_000_000 }) })
    .map(({ start, length, into, oldAmount, newAmount }) => ({ periodStart: start, periodEnd: addDays(start, length), changeDate: addDays(start, into % (length + 1)), oldAmount, newAmount }));

  it('nets exactly charge − credit, within a minor unit of the exact day-weighted difference, never crediting or charging more than the amounts', () => {
    fc.assert(
      fc.property(prorationArbitrary, (input) => {
        const result = prorate(input);
        expect(result.net).toBe(result.charge - result.credit);
        expect(result.credit).toBeLessThanOrEqual(input.oldAmount);
        expect(result.charge).toBeLessThanOrEqual(input.newAmount);
        expect(result.credit).toBeGreaterThanOrEqual(0);
        expect(result.charge).toBeGreaterThanOrEqual(0);
        // |net − (new − old) × remaining ÷ total| < 1, in integers.
        const exactTimesTotal = BigInt(input.newAmount - input.oldAmount) * BigInt(result.daysRemaining);
        const error = BigInt(result.net) * BigInt(result.daysTotal) - exactTimesTotal;
        expect(error < BigInt(result.daysTotal) && error > -BigInt(result.daysTotal)).toBe(true);
        if (exactTimesTotal % BigInt(result.daysTotal) === 0n) expect(error).toBe(0n);
        expect(unusedCredit(input.periodStart, input.periodEnd, input.changeDate, input.oldAmount)).toBe(result.credit);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('coupons', () => {
  it('takes basis points off, half away from zero, and a fixed amount no larger than the amount', () => {
    expect(couponDiscount({ kind: 'percent', value: 2500 }, 3000)).toBe(750);
    expect(couponDiscount({ kind: 'percent', value: 10_000 }, 3000)).toBe(3000);
    expect(couponDiscount({ kind: 'percent', value: 5000 }, 3)).toBe(2);
    expect(couponDiscount({ kind: 'amount', value: 500, currency: 'EUR' }, 3000, 'EUR')).toBe(500);
    expect(couponDiscount({ kind: 'amount', value: 5000, currency: 'EUR' }, 3000, 'EUR')).toBe(3000);
    expect(() => couponDiscount({ kind: 'amount', value: 500, currency: 'EUR' }, 3000, 'USD')).toThrow(/currency/);
    expect(() => couponDiscount({ kind: 'percent', value: 10_001 }, 3000)).toThrow(/coupon.value/);
  });

  it('never takes off more than the amount', () => {
    fc.assert(
      fc.property(fc.constantFrom<'percent' | 'amount'>('percent', 'amount'), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1_000_000_000 }), (kind, value, amount) => {
        const discount = couponDiscount({ kind, value }, amount);
        expect(discount).toBeGreaterThanOrEqual(0);
        expect(discount).toBeLessThanOrEqual(amount);
      }),
    );
  });

  it('lasts once, for a number of periods, or forever', () => {
    expect(couponAppliesToPeriod({ kind: 'once' }, 0)).toBe(true);
    expect(couponAppliesToPeriod({ kind: 'once' }, 1)).toBe(false);
    expect(couponAppliesToPeriod({ kind: 'periods', count: 3 }, 2)).toBe(true);
    expect(couponAppliesToPeriod({ kind: 'periods', count: 3 }, 3)).toBe(false);
    expect(couponAppliesToPeriod({ kind: 'forever' }, 1000)).toBe(true);
    expect(() => couponAppliesToPeriod({ kind: 'once' }, -1)).toThrow(/periodsAlreadyDiscounted/);
  });
});

describe('dunning', () => {
  const failedAt = new Date('2026-03-28T10:00:00Z');

  it('retries the given days after the first failure and stops when the schedule is used up', () => {
    expect(nextRetryAt(failedAt, [1, 3, 7], 0)).toEqual(new Date('2026-03-29T10:00:00Z'));
    expect(nextRetryAt(failedAt, [1, 3, 7], 1)).toEqual(new Date('2026-03-31T10:00:00Z'));
    expect(nextRetryAt(failedAt, [1, 3, 7], 2)).toEqual(new Date('2026-04-04T10:00:00Z'));
    expect(nextRetryAt(failedAt, [1, 3, 7], 3)).toBeNull();
    expect(nextRetryAt(failedAt, [], 0)).toBeNull();
  });

  it('refuses a schedule that goes back in time and a negative attempt count', () => {
    expect(() => nextRetryAt(failedAt, [3, 1], 0)).toThrow(/retryScheduleDays/);
    expect(() => nextRetryAt(failedAt, [1], -1)).toThrow(/attemptsMade/);
    expect(() => nextRetryAt(new Date(Number.NaN), [1], 0)).toThrow(/failedAt/);
  });
});

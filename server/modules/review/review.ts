import { Temporal } from 'temporal-polyfill';

export const reviewPeriods = ['once', 'month', 'quarter', 'year'] as const;
export type ReviewPeriod = (typeof reviewPeriods)[number];

/**
 * The review period a calendar date (the organization's "today") falls in, as the key the unique index
 * (contact, period_key) holds: '2026-12' for a month, '2026-Q4' for a quarter, '2026' for a year and
 * 'once' when a contact may review only once. Two reviews of one contact with the same key are one too many.
 */
export function reviewPeriodKey(period: ReviewPeriod, date: string): string {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  if (!match) throw new Error(`not a calendar date: ${date}`);
  const [, year, month] = match as unknown as [string, string, string];
  switch (period) {
    case 'once':
      return 'once';
    case 'year':
      return year;
    case 'quarter':
      return `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
    case 'month':
      return `${year}-${month}`;
  }
}

/** The first day of the period after the one `date` is in (null for 'once': there is no next one). */
export function nextReviewPeriodStart(period: ReviewPeriod, date: string): string | null {
  const day = Temporal.PlainDate.from(date);
  switch (period) {
    case 'once':
      return null;
    case 'year':
      return Temporal.PlainDate.from({ year: day.year + 1, month: 1, day: 1 }).toString();
    case 'quarter': {
      const firstMonthOfNext = Math.floor((day.month - 1) / 3) * 3 + 4;
      return firstMonthOfNext > 12
        ? Temporal.PlainDate.from({ year: day.year + 1, month: 1, day: 1 }).toString()
        : Temporal.PlainDate.from({ year: day.year, month: firstMonthOfNext, day: 1 }).toString();
    }
    case 'month':
      return day.with({ day: 1 }).add({ months: 1 }).toString();
  }
}

/** The UTC moment (ISO 8601 with milliseconds, as stored) at which `date` begins in `timeZone`. */
export function startOfDayUtc(date: string, timeZone: string): string {
  const instant = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).toInstant();
  return new Date(instant.epochMilliseconds).toISOString();
}

export interface RatingSummary {
  count: number;
  /** Rounded to two decimals; null without reviews. */
  average: number | null;
  distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
}

/** Count, average and distribution from the number of reviews per rating. */
export function summarizeRatings(counts: readonly { rating: number; count: number }[]): RatingSummary {
  const distribution: RatingSummary['distribution'] = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let count = 0;
  let sum = 0;
  for (const row of counts) {
    const key = String(row.rating) as keyof RatingSummary['distribution'];
    if (!(key in distribution)) continue;
    distribution[key] += row.count;
    count += row.count;
    sum += row.rating * row.count;
  }
  return { count, average: count === 0 ? null : Math.round((sum / count) * 100) / 100, distribution };
}

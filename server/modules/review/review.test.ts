import { describe, expect, it } from 'vitest';
import { nextReviewPeriodStart, reviewPeriodKey, startOfDayUtc, summarizeRatings } from './review.ts';

describe('review periods', () => {
  it('keys a date by month, quarter, year or once', () => {
    expect(reviewPeriodKey('month', '2026-12-03')).toBe('2026-12');
    expect(reviewPeriodKey('month', '2027-01-01')).toBe('2027-01');
    expect(reviewPeriodKey('quarter', '2026-01-01')).toBe('2026-Q1');
    expect(reviewPeriodKey('quarter', '2026-03-31')).toBe('2026-Q1');
    expect(reviewPeriodKey('quarter', '2026-04-01')).toBe('2026-Q2');
    expect(reviewPeriodKey('quarter', '2026-09-30')).toBe('2026-Q3');
    expect(reviewPeriodKey('quarter', '2026-12-31')).toBe('2026-Q4');
    expect(reviewPeriodKey('year', '2026-06-15')).toBe('2026');
    expect(reviewPeriodKey('once', '2026-06-15')).toBe('once');
  });

  it('gives every day of a quarter the same key and the next day after it another', () => {
    let date = '2026-01-01';
    const keys = new Set<string>();
    while (date < '2027-01-01') {
      keys.add(reviewPeriodKey('quarter', date));
      const next = new Date(`${date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      date = next.toISOString().slice(0, 10);
    }
    expect([...keys]).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
  });

  it('refuses what is not a calendar date', () => {
    expect(() => reviewPeriodKey('month', '2026-12')).toThrow();
  });

  it('says when the next period starts', () => {
    expect(nextReviewPeriodStart('month', '2026-12-03')).toBe('2027-01-01');
    expect(nextReviewPeriodStart('month', '2026-01-31')).toBe('2026-02-01');
    expect(nextReviewPeriodStart('quarter', '2026-11-15')).toBe('2027-01-01');
    expect(nextReviewPeriodStart('quarter', '2026-02-15')).toBe('2026-04-01');
    expect(nextReviewPeriodStart('year', '2026-02-15')).toBe('2027-01-01');
    expect(nextReviewPeriodStart('once', '2026-02-15')).toBeNull();
  });

  it('finds the UTC moment a day starts in a zone', () => {
    expect(startOfDayUtc('2026-12-01', 'UTC')).toBe('2026-12-01T00:00:00.000Z');
    expect(startOfDayUtc('2026-12-01', 'Pacific/Auckland')).toBe('2026-11-30T11:00:00.000Z');
    expect(startOfDayUtc('2026-07-01', 'America/New_York')).toBe('2026-07-01T04:00:00.000Z');
  });
});

describe('rating summary', () => {
  it('counts, averages and distributes ratings', () => {
    expect(summarizeRatings([{ rating: 5, count: 3 }, { rating: 2, count: 1 }])).toEqual({ count: 4, average: 4.25, distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 3 } });
    expect(summarizeRatings([{ rating: 4, count: 1 }, { rating: 5, count: 2 }]).average).toBe(4.67);
  });

  it('has no average without reviews', () => {
    expect(summarizeRatings([])).toEqual({ count: 0, average: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } });
  });
});

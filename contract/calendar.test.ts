import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, canonicalTimeZone, daysBetween, endOfMonth, isPlainDate, isValidTimeZone, monthAround, todayIn, yearOf } from './calendar.ts';

const at = (iso: string) => new Date(iso);

describe('today in a time zone', () => {
  it('agrees with Temporal at any instant in any zone, across daylight-saving changes and date lines', () => {
    const zones = ['UTC', 'Pacific/Auckland', 'Pacific/Honolulu', 'America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'America/St_Johns'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }), (zone, epoch) => {
        const expected = Temporal.Instant.fromEpochMilliseconds(epoch).toZonedDateTimeISO(zone).toPlainDate().toString();
        expect(todayIn(zone, new Date(epoch))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('is already tomorrow in Auckland and still today in Honolulu shortly before midnight UTC', () => {
    const instant = at('2026-06-14T23:30:00Z');
    expect(todayIn('UTC', instant)).toBe('2026-06-14');
    expect(todayIn('Pacific/Auckland', instant)).toBe('2026-06-15'); // NZST, UTC+12
    expect(todayIn('Pacific/Honolulu', instant)).toBe('2026-06-14'); // UTC−10
  });

  it('is still yesterday in Honolulu shortly after midnight UTC', () => {
    const instant = at('2026-06-15T00:30:00Z');
    expect(todayIn('UTC', instant)).toBe('2026-06-15');
    expect(todayIn('Pacific/Honolulu', instant)).toBe('2026-06-14');
    expect(todayIn('Pacific/Auckland', instant)).toBe('2026-06-15');
  });

  it('follows daylight saving time', () => {
    // Auckland is UTC+13 in (southern) summer: 11:30 UTC on 14 January is 00:30 on the 15th there…
    expect(todayIn('Pacific/Auckland', at('2026-01-14T11:30:00Z'))).toBe('2026-01-15');
    // …and UTC+12 in winter, when the same hour is still 23:30 on the 14th.
    expect(todayIn('Pacific/Auckland', at('2026-07-14T11:30:00Z'))).toBe('2026-07-14');
    // Berlin on the day clocks go forward (29 March 2026, 01:00 UTC) and back (25 October 2026, 01:00 UTC).
    expect(todayIn('Europe/Berlin', at('2026-03-28T22:59:00Z'))).toBe('2026-03-28');
    expect(todayIn('Europe/Berlin', at('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(todayIn('Europe/Berlin', at('2026-03-29T21:59:00Z'))).toBe('2026-03-29');
    expect(todayIn('Europe/Berlin', at('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    expect(todayIn('Europe/Berlin', at('2026-10-25T22:59:00Z'))).toBe('2026-10-25');
    expect(todayIn('Europe/Berlin', at('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  it('crosses the date line: Kiritimati is a day ahead of Honolulu at the same clock time', () => {
    const instant = at('2026-06-14T12:00:00Z');
    expect(todayIn('Pacific/Kiritimati', instant)).toBe('2026-06-15'); // UTC+14
    expect(todayIn('Pacific/Honolulu', instant)).toBe('2026-06-14');
  });
});

describe('time zone names', () => {
  it('accepts IANA names and spells them canonically', () => {
    expect(isValidTimeZone('Pacific/Auckland')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone(' America/New_York ')).toBe('America/New_York');
  });

  it('refuses unknown names, offsets and empty text', () => {
    for (const name of ['Mars/Olympus', '+05:00', '-03:00', '', '   ', 'Europe/', 'x'.repeat(100)]) {
      expect(isValidTimeZone(name), name).toBe(false);
      expect(canonicalTimeZone(name), name).toBeNull();
    }
  });
});

describe('calendar arithmetic on plain dates', () => {
  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    // A day is a calendar day, whatever daylight saving does to the hours.
    expect(addDays('2026-03-28', 30)).toBe('2026-04-27');
  });

  it('adds months, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('adds years, turning 29 February into 28 February in a common year', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });

  it('finds months and years around a date', () => {
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28');
    expect(monthAround('2026-03-31')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(monthAround('2026-03-31', -1)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthAround('2026-01-15', -1)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(yearOf('2026-07-04')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('tells real dates from look-alikes', () => {
    expect(isPlainDate('2028-02-29')).toBe(true);
    expect(isPlainDate('2026-02-29')).toBe(false);
    expect(isPlainDate('2026-13-01')).toBe(false);
    expect(isPlainDate('2026-1-01')).toBe(false);
  });
});

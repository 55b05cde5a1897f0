import { Temporal } from 'temporal-polyfill';

/**
 * Calendar dates (YYYY-MM-DD, no time of day and no zone) and the instant → date step, on Temporal.
 * "Today" is a question for a place: at 11:30 UTC on 14 March it is already 15 March in Auckland and
 * still 14 March in Honolulu, so every "today" Portico computes names the organization's time zone.
 */

export const DEFAULT_TIME_ZONE = 'UTC';

/**
 * The zone's IANA name as Temporal spells it ('europe/berlin' → 'Europe/Berlin'), or null for anything
 * that is not one: an unknown name, an empty string, or a bare offset such as '+05:00' (an offset has no
 * daylight saving time, so it is not where a business is).
 */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed || /^[+-]/.test(trimmed) || trimmed.length > 64) return null;
  try {
    return Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(trimmed).timeZoneId;
  } catch {
    return null;
  }
}

export function isValidTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== null;
}

/** The calendar date in `timeZone` at `instant`, as YYYY-MM-DD. */
export function todayIn(timeZone: string, instant: Date): string {
  const formatter = dateFormatterIn(timeZone);
  if (!formatter) return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().toString();
  let year = '';
  let month = '';
  let day = '';
  for (const part of formatter.formatToParts(instant)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  // Years outside 1000–9999 are written as Temporal writes them.
  if (year.length !== 4) return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().toString();
  return `${year}-${month}-${day}`;
}

// "Today" is asked on most requests; a zone's formatter is built once (building one costs far more than formatting).
const dateFormatters = new Map<string, Intl.DateTimeFormat | null>();

function dateFormatterIn(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = dateFormatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, calendar: 'iso8601', numberingSystem: 'latn', year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      // A zone Intl does not know: Temporal answers (or refuses) as before.
      formatter = null;
    }
    if (dateFormatters.size < 1000) dateFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `value` is a real calendar date written as YYYY-MM-DD (2026-02-30 is not). */
export function isPlainDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

const plain = (date: string) => Temporal.PlainDate.from(date, { overflow: 'reject' });

export function addDays(date: string, days: number): string {
  return plain(date).add({ days }).toString();
}

/** The same day `months` later, or the month's last day when it is shorter (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: string, months: number): string {
  return plain(date).add({ months }, { overflow: 'constrain' }).toString();
}

/** The same day `years` later (29 February becomes 28 February in a common year). */
export function addYears(date: string, years: number): string {
  return plain(date).add({ years }, { overflow: 'constrain' }).toString();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return plain(from).until(plain(to), { largestUnit: 'days' }).days;
}

export function startOfMonth(date: string): string {
  return plain(date).with({ day: 1 }).toString();
}

export function endOfMonth(date: string): string {
  const day = plain(date);
  return day.with({ day: day.daysInMonth }).toString();
}

/** The month that `date` falls in, `offset` months away (0: its own, -1: the one before), first and last day. */
export function monthAround(date: string, offset = 0): { from: string; to: string } {
  const first = startOfMonth(addMonths(startOfMonth(date), offset));
  return { from: first, to: endOfMonth(first) };
}

/** The calendar year that `date` falls in, first and last day. */
export function yearOf(date: string): { from: string; to: string } {
  const year = plain(date).year;
  return { from: Temporal.PlainDate.from({ year, month: 1, day: 1 }).toString(), to: Temporal.PlainDate.from({ year, month: 12, day: 31 }).toString() };
}

/**
 * A moment as people in `timeZone` read it, with the zone said: "December 2, 2026 at 10:00 AM UTC",
 * "2. Dezember 2026 um 23:00 Pacific/Auckland". For emails and documents, which are read far from the
 * screen that could convert them.
 */
export function formatDateTimeIn(at: Date, language: string, timeZone: string): string {
  const text = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(at);
  return `${text} ${timeZone}`;
}

/**
 * The portal activities report's rules, free of the database: periods on the organization's calendar and
 * the instants that bound them, the chart's buckets (day, ISO week from Monday, month), the aggregation of
 * raw activities, the CSV of the table's rows, and the digest's periods.
 */
import { Temporal } from 'temporal-polyfill';
import { addDays, todayIn } from '../../../contract/calendar.ts';

export const reportIntervals = ['day', 'week', 'month'] as const;
export type ReportInterval = (typeof reportIntervals)[number];

export const activityDigests = ['off', 'daily', 'weekly'] as const;
export type ActivityDigestPreference = (typeof activityDigests)[number];

/** The longest period one report covers (about ten years of days). */
export const MAX_REPORT_DAYS = 3700;
/** How many customers and contacts the top lists name. */
export const TOP_LIST_SIZE = 10;

export interface ReportFilters {
  module?: string | undefined;
  action?: string | undefined;
  customerId?: string | undefined;
  contactPersonId?: string | undefined;
}

export interface ReportPeriod {
  /** First and last day on the organization's calendar, both included. */
  from: string;
  to: string;
  timeZone: string;
}

/** The instant a calendar day starts in `timeZone`, as Portico writes timestamps (toISOString). */
export function startOfDayInstant(day: string, timeZone: string): string {
  const epoch = Temporal.PlainDate.from(day).toZonedDateTime({ timeZone }).epochMilliseconds;
  return new Date(epoch).toISOString();
}

/** The half-open range of instants [start, end) of the period's days in its time zone. */
export function periodInstants(period: ReportPeriod): { start: string; end: string } {
  return { start: startOfDayInstant(period.from, period.timeZone), end: startOfDayInstant(addDays(period.to, 1), period.timeZone) };
}

/** The first day of the bucket `day` falls in: itself, the Monday of its ISO week, or the first of its month. */
export function bucketOf(day: string, interval: ReportInterval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return `${day.slice(0, 7)}-01`;
  const date = Temporal.PlainDate.from(day);
  return date.subtract({ days: date.dayOfWeek - 1 }).toString();
}

function nextBucket(start: string, interval: ReportInterval): string {
  const date = Temporal.PlainDate.from(start);
  if (interval === 'day') return date.add({ days: 1 }).toString();
  if (interval === 'week') return date.add({ days: 7 }).toString();
  return date.add({ months: 1 }).toString();
}

/** Every bucket of the period, in order, with its count (zero where nothing happened). */
export function seriesOf(period: Pick<ReportPeriod, 'from' | 'to'>, interval: ReportInterval, countsByDay: ReadonlyMap<string, number>): { start: string; count: number }[] {
  const totals = new Map<string, number>();
  for (const [day, count] of countsByDay) {
    if (day < period.from || day > period.to) continue;
    const bucket = bucketOf(day, interval);
    totals.set(bucket, (totals.get(bucket) ?? 0) + count);
  }
  const series: { start: string; count: number }[] = [];
  for (let bucket = bucketOf(period.from, interval); bucket <= period.to; bucket = nextBucket(bucket, interval)) {
    series.push({ start: bucket, count: totals.get(bucket) ?? 0 });
  }
  return series;
}

export interface ActivityCount {
  module: string;
  action: string;
  count: number;
}

/** Rows ordered as the table shows them: by module, then action. */
export function sortRows<T extends { module: string; action: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.module === b.module ? (a.action < b.action ? -1 : a.action > b.action ? 1 : 0) : a.module < b.module ? -1 : 1));
}

export function moduleTotals(rows: readonly ActivityCount[]): { module: string; count: number }[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.module, (totals.get(row.module) ?? 0) + row.count);
  return [...totals].map(([module, count]) => ({ module, count })).sort((a, b) => b.count - a.count || (a.module < b.module ? -1 : 1));
}

/** The `size` largest counts, ties by id so that the list is stable. */
export function topOf(counts: ReadonlyMap<string, number>, size = TOP_LIST_SIZE): { id: string; count: number }[] {
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1))
    .slice(0, size);
}

export interface RawActivity {
  created_at: string;
  module: string;
  action: string;
  customer_id: string | null;
  contact_person_id: string | null;
}

/** Everything the report shows, from raw activities (a customer's or contact's few, or a test's oracle). */
export function aggregateRaw(rows: readonly RawActivity[], timeZone: string) {
  const byAction = new Map<string, ActivityCount>();
  const byDay = new Map<string, number>();
  const byCustomer = new Map<string, number>();
  const byContact = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.module}\u0000${row.action}`;
    const entry = byAction.get(key);
    if (entry) entry.count++;
    else byAction.set(key, { module: row.module, action: row.action, count: 1 });
    const day = todayIn(timeZone, new Date(row.created_at));
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
    if (row.customer_id) byCustomer.set(row.customer_id, (byCustomer.get(row.customer_id) ?? 0) + 1);
    if (row.contact_person_id) byContact.set(row.contact_person_id, (byContact.get(row.contact_person_id) ?? 0) + 1);
  }
  return { rows: sortRows([...byAction.values()]), byDay, byCustomer, byContact };
}

// ---------------------------------------------------------------------------------------------
// Digest periods

export interface DigestPeriod {
  /** First and last day, both included, on the organization's calendar. */
  from: string;
  to: string;
  /** The instant the period ends (exclusive): what `activity_digest_sent_until` is set to once sent. */
  end: string;
}

/**
 * The last complete period of a digest at `now` in `timeZone`: yesterday (daily), or last week, Monday to
 * Sunday (weekly).
 */
export function lastCompletePeriod(preference: 'daily' | 'weekly', timeZone: string, now: Date): DigestPeriod {
  const today = todayIn(timeZone, now);
  if (preference === 'daily') {
    const day = addDays(today, -1);
    return { from: day, to: day, end: startOfDayInstant(today, timeZone) };
  }
  const monday = bucketOf(today, 'week');
  return { from: addDays(monday, -7), to: addDays(monday, -1), end: startOfDayInstant(monday, timeZone) };
}

/**
 * The period a staff member's digest is due for now, or null when the last complete period was sent
 * already (its end is not after what was sent until).
 */
export function duePeriod(preference: ActivityDigestPreference, sentUntil: string | null, timeZone: string, now: Date): DigestPeriod | null {
  if (preference === 'off') return null;
  const period = lastCompletePeriod(preference, timeZone, now);
  if (sentUntil !== null && sentUntil >= period.end) return null;
  return period;
}

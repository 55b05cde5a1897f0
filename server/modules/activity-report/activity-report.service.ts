/**
 * The portal activities report (docs/performance.md, "Portal activities report"). Over the whole
 * organization it reads the daily rollup (activity_daily_counts, a few thousand rows for a year) for the
 * breakdown and the chart, and the covering index activities_report for the customers and contacts; for
 * one customer or contact it reads that party's activities through their own indexes. Both give the same
 * counts as the raw activities (the property test holds them to it).
 */
import type { Insertable } from 'kysely';
import { addDays, daysBetween, todayIn } from '../../../contract/calendar.ts';
import type { AppContext } from '../../context.ts';
import type { ActivityDailyCountsTable, Db } from '../../db/database.ts';
import { validationError } from '../../lib/app-error.ts';
import { csvOf } from '../../lib/csv.ts';
import {
  aggregateRaw,
  MAX_REPORT_DAYS,
  moduleTotals,
  periodInstants,
  seriesOf,
  sortRows,
  topOf,
  type ActivityCount,
  type ReportFilters,
  type ReportInterval,
  type ReportPeriod,
} from './activity-report.ts';
import * as repo from './activity-report.repository.ts';

export interface ReportQuery extends ReportFilters {
  from?: string | undefined;
  to?: string | undefined;
  interval?: ReportInterval | undefined;
}

export interface PortalActivityReport {
  from: string;
  to: string;
  interval: ReportInterval;
  time_zone: string;
  total: number;
  rows: ActivityCount[];
  modules: { module: string; count: number }[];
  customers: { customer_id: string; display_name: string; count: number }[];
  contacts: { contact_person_id: string; customer_id: string | null; name: string; count: number }[];
  series: { start: string; count: number }[];
}

/** The period asked for (default: the last 30 days up to today), checked: 400 naming `from` or `to`. */
export function reportPeriodOf(query: Pick<ReportQuery, 'from' | 'to'>, timeZone: string, now: Date): ReportPeriod {
  const to = query.to ?? (query.from ? maxDay(query.from, todayIn(timeZone, now)) : todayIn(timeZone, now));
  const from = query.from ?? addDays(to, -29);
  if (from > to) throw validationError('from', 'after_end', 'must be on or before to');
  if (daysBetween(from, to) + 1 > MAX_REPORT_DAYS) throw validationError('to', 'period_too_long', `must be at most ${MAX_REPORT_DAYS} days after from`, { max: MAX_REPORT_DAYS });
  return { from, to, timeZone };
}

const maxDay = (a: string, b: string) => (a > b ? a : b);

/** Rolls the organization's activities up again in its current zone (after it changed time zone). */
export async function rebuildRollup(db: Db, organizationId: string, timeZone: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await repo.deleteRollup(trx, organizationId);
    const counts = new Map<string, Insertable<ActivityDailyCountsTable>>();
    let after = '';
    for (;;) {
      const page = await repo.pageActivitiesForRollup(trx, organizationId, after, 10_000);
      for (const row of page) {
        const day = todayIn(timeZone, new Date(row.created_at));
        const key = `${day}\u0000${row.module}\u0000${row.action}`;
        const entry = counts.get(key);
        if (entry) entry.activity_count = Number(entry.activity_count) + 1;
        else counts.set(key, { organization_id: organizationId, time_zone: timeZone, day, module: row.module, action: row.action, activity_count: 1 });
      }
      if (page.length < 10_000) break;
      after = page.at(-1)!.id;
    }
    await repo.insertRollupRows(trx, [...counts.values()]);
  });
}

interface Counted {
  rows: ActivityCount[];
  byDay: Map<string, number>;
  byCustomer: Map<string, number>;
  byContact: Map<string, number>;
}

/**
 * The counts behind the report. With a customer or contact filter, that party's raw activities; otherwise
 * the daily rollup and, when `withParties`, the grouped scan for the top customers and contacts (the one
 * part that reads every activity of the period, so the CSV, which lists only the table, skips it).
 */
async function countActivities(ctx: AppContext, organizationId: string, period: ReportPeriod, filters: ReportFilters, withParties: boolean): Promise<Counted> {
  const { start, end } = periodInstants(period);
  if (filters.customerId !== undefined || filters.contactPersonId !== undefined) {
    return aggregateRaw(await repo.partyActivities(ctx.db, organizationId, start, end, filters), period.timeZone);
  }
  if (await repo.rollupHasOtherZone(ctx.db, organizationId, period.timeZone)) await rebuildRollup(ctx.db, organizationId, period.timeZone);
  const [rollup, parties] = await Promise.all([
    repo.rollupCounts(ctx.db, organizationId, period.timeZone, period.from, period.to, filters),
    withParties ? repo.partyCounts(ctx.db, organizationId, start, end, filters) : Promise.resolve([]),
  ]);
  const byAction = new Map<string, ActivityCount>();
  const byDay = new Map<string, number>();
  for (const row of rollup) {
    const count = Number(row.activity_count);
    const key = `${row.module}\u0000${row.action}`;
    const entry = byAction.get(key);
    if (entry) entry.count += count;
    else byAction.set(key, { module: row.module, action: row.action, count });
    byDay.set(row.day, (byDay.get(row.day) ?? 0) + count);
  }
  const byCustomer = new Map<string, number>();
  const byContact = new Map<string, number>();
  for (const party of parties) {
    if (party.customer_id) byCustomer.set(party.customer_id, (byCustomer.get(party.customer_id) ?? 0) + party.n);
    if (party.contact_person_id) byContact.set(party.contact_person_id, (byContact.get(party.contact_person_id) ?? 0) + party.n);
  }
  return { rows: sortRows([...byAction.values()]), byDay, byCustomer, byContact };
}

const filtersOf = (query: ReportQuery): ReportFilters => ({ module: query.module, action: query.action, customerId: query.customerId, contactPersonId: query.contactPersonId });

/** The report for one organization: breakdown, totals per module, top customers and contacts, the chart's series. */
export async function portalActivityReport(ctx: AppContext, organization: { id: string; time_zone: string }, query: ReportQuery): Promise<PortalActivityReport> {
  const timeZone = organization.time_zone;
  const period = reportPeriodOf(query, timeZone, ctx.clock.now());
  const interval = query.interval ?? 'day';
  const { rows, byDay, byCustomer, byContact } = await countActivities(ctx, organization.id, period, filtersOf(query), true);

  const topCustomers = topOf(byCustomer);
  const topContacts = topOf(byContact);
  const [customers, contacts] = await Promise.all([
    repo.customerNames(ctx.db, organization.id, topCustomers.map((entry) => entry.id)),
    repo.contactNames(ctx.db, organization.id, topContacts.map((entry) => entry.id)),
  ]);
  const customerName = new Map(customers.map((row) => [row.id, row.display_name]));
  const contactOf = new Map(contacts.map((row) => [row.id, row]));
  return {
    from: period.from,
    to: period.to,
    interval,
    time_zone: timeZone,
    total: rows.reduce((sum, row) => sum + row.count, 0),
    rows,
    modules: moduleTotals(rows),
    customers: topCustomers.map((entry) => ({ customer_id: entry.id, display_name: customerName.get(entry.id) ?? '', count: entry.count })),
    contacts: topContacts.map((entry) => {
      const contact = contactOf.get(entry.id);
      return { contact_person_id: entry.id, customer_id: contact?.customer_id ?? null, name: contact ? `${contact.first_name} ${contact.last_name}`.trim() : '', count: entry.count };
    }),
    series: seriesOf(period, interval, byDay),
  };
}

/** The report's table alone (module, action, count) and its period: what the CSV download holds. */
export async function portalActivityRows(ctx: AppContext, organization: { id: string; time_zone: string }, query: ReportQuery): Promise<Pick<PortalActivityReport, 'from' | 'to' | 'rows'>> {
  const period = reportPeriodOf(query, organization.time_zone, ctx.clock.now());
  const { rows } = await countActivities(ctx, organization.id, period, filtersOf(query), false);
  return { from: period.from, to: period.to, rows };
}

/** The table's rows as CSV: exactly the report's `rows`, in the same order. */
export function reportCsv(report: Pick<PortalActivityReport, 'rows'>): string {
  return csvOf(['module', 'action', 'count'], report.rows.map((row) => [row.module, row.action, row.count]));
}

import type { Insertable } from 'kysely';
import type { ActivityDailyCountsTable, Db } from '../../db/database.ts';
import type { ActivityDigestPreference, RawActivity, ReportFilters } from './activity-report.ts';

/** The rollup's counts per day, module and action over days [from, to], in the organization's zone. */
export async function rollupCounts(db: Db, organizationId: string, timeZone: string, from: string, to: string, filters: Pick<ReportFilters, 'module' | 'action'>) {
  let query = db
    .selectFrom('activity_daily_counts')
    .select(['day', 'module', 'action', 'activity_count'])
    .where('organization_id', '=', organizationId)
    .where('time_zone', '=', timeZone)
    .where('day', '>=', from)
    .where('day', '<=', to);
  if (filters.module !== undefined) query = query.where('module', '=', filters.module);
  if (filters.action !== undefined) query = query.where('action', '=', filters.action);
  return query.execute();
}

/** Whether the organization has rollup rows counted in another time zone than `timeZone` (it changed zone). */
export async function rollupHasOtherZone(db: Db, organizationId: string, timeZone: string): Promise<boolean> {
  const row = await db.selectFrom('activity_daily_counts').select('day').where('organization_id', '=', organizationId).where('time_zone', '<>', timeZone).limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function deleteRollup(db: Db, organizationId: string): Promise<void> {
  await db.deleteFrom('activity_daily_counts').where('organization_id', '=', organizationId).execute();
}

export async function insertRollupRows(db: Db, rows: Insertable<ActivityDailyCountsTable>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000) await db.insertInto('activity_daily_counts').values(rows.slice(start, start + 1000)).execute();
}

/** A page of the organization's activities in id order (time order), for rebuilding the rollup. */
export async function pageActivitiesForRollup(db: Db, organizationId: string, afterId: string, limit: number) {
  return db
    .selectFrom('activities')
    .select(['id', 'created_at', 'module', 'action'])
    .where('organization_id', '=', organizationId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Activities per customer and contact within [start, end), from the covering index activities_report. */
export async function partyCounts(db: Db, organizationId: string, start: string, end: string, filters: Pick<ReportFilters, 'module' | 'action'>) {
  let query = db
    .selectFrom('activities')
    .select(['customer_id', 'contact_person_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('organization_id', '=', organizationId)
    .where('created_at', '>=', start)
    .where('created_at', '<', end);
  if (filters.module !== undefined) query = query.where('module', '=', filters.module);
  if (filters.action !== undefined) query = query.where('action', '=', filters.action);
  const rows = await query.groupBy(['customer_id', 'contact_person_id']).execute();
  return rows.map((row) => ({ customer_id: row.customer_id, contact_person_id: row.contact_person_id, n: Number(row.n) }));
}

/** The raw activities of one customer and/or contact within [start, end) (their own indexes). */
export async function partyActivities(db: Db, organizationId: string, start: string, end: string, filters: ReportFilters): Promise<RawActivity[]> {
  let query = db
    .selectFrom('activities')
    .select(['created_at', 'module', 'action', 'customer_id', 'contact_person_id'])
    .where('organization_id', '=', organizationId)
    .where('created_at', '>=', start)
    .where('created_at', '<', end);
  if (filters.customerId !== undefined) query = query.where('customer_id', '=', filters.customerId);
  if (filters.contactPersonId !== undefined) query = query.where('contact_person_id', '=', filters.contactPersonId);
  if (filters.module !== undefined) query = query.where('module', '=', filters.module);
  if (filters.action !== undefined) query = query.where('action', '=', filters.action);
  return query.execute();
}

export async function customerNames(db: Db, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('customers').select(['id', 'display_name']).where('organization_id', '=', organizationId).where('id', 'in', ids).execute();
}

export async function contactNames(db: Db, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('contact_persons').select(['id', 'customer_id', 'first_name', 'last_name']).where('organization_id', '=', organizationId).where('id', 'in', ids).execute();
}

// ---------------------------------------------------------------------------------------------
// Digest

export async function findDigestPreference(db: Db, staffUserId: string) {
  return db.selectFrom('staff_users').select(['id', 'activity_digest', 'activity_digest_sent_until']).where('id', '=', staffUserId).executeTakeFirst();
}

export async function updateDigestPreference(db: Db, staffUserId: string, preference: ActivityDigestPreference, sentUntil: string | null, now: string): Promise<void> {
  await db.updateTable('staff_users').set({ activity_digest: preference, activity_digest_sent_until: sentUntil, updated_at: now }).where('id', '=', staffUserId).execute();
}

/**
 * Staff members whose digest may be due: on, active, and not sent for a period that ended less than a day
 * (daily) or a week (weekly, less an hour for daylight saving) before `now`. Each is checked exactly after.
 */
export async function listDigestCandidates(db: Db, dailyBefore: string, weeklyBefore: string, limit: number, afterId: string) {
  return db
    .selectFrom('staff_users')
    .innerJoin('organizations', 'organizations.id', 'staff_users.organization_id')
    .select([
      'staff_users.id',
      'staff_users.organization_id',
      'staff_users.email',
      'staff_users.language',
      'staff_users.activity_digest',
      'staff_users.activity_digest_sent_until',
      'organizations.name as organization_name',
      'organizations.time_zone',
      'organizations.brand_color',
    ])
    .where('staff_users.disabled_at', 'is', null)
    .where('staff_users.id', '>', afterId)
    .where((eb) =>
      eb.or([
        eb.and([eb('staff_users.activity_digest', '=', 'daily'), eb.or([eb('staff_users.activity_digest_sent_until', 'is', null), eb('staff_users.activity_digest_sent_until', '<=', dailyBefore)])]),
        eb.and([eb('staff_users.activity_digest', '=', 'weekly'), eb.or([eb('staff_users.activity_digest_sent_until', 'is', null), eb('staff_users.activity_digest_sent_until', '<=', weeklyBefore)])]),
      ]),
    )
    .orderBy('staff_users.id')
    .limit(limit)
    .execute();
}

/**
 * Claims a digest period: moves `activity_digest_sent_until` from what was read to the period's end, only
 * if nobody moved it since. Answers whether this caller won (exactly one of two racing instances does).
 */
export async function claimDigestPeriod(db: Db, staffUserId: string, preference: 'daily' | 'weekly', expected: string | null, end: string): Promise<boolean> {
  let query = db.updateTable('staff_users').set({ activity_digest_sent_until: end }).where('id', '=', staffUserId).where('activity_digest', '=', preference);
  query = expected === null ? query.where('activity_digest_sent_until', 'is', null) : query.where('activity_digest_sent_until', '=', expected);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

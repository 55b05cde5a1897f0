import { type Kysely } from 'kysely';
import { todayIn } from '../../../contract/calendar.ts';

/*
 * The portal activities report's daily rollup (docs/performance.md, "Portal activities report"): how many
 * activities of each module and action an organization had on each day of its calendar. It is kept in the
 * transaction of every activity insert (server/modules/activity), so the report's breakdown and chart over
 * a year read a few thousand rows instead of every activity. The day is the organization's calendar day in
 * the time zone it had when the activity happened (`time_zone`): after a change of zone the report rebuilds
 * the organization's rows from the activities once (server/modules/activity-report).
 * Existing activities are rolled up here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('activity_daily_counts')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('module', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('activity_count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_daily_counts_pk', ['organization_id', 'time_zone', 'day', 'module', 'action'])
    .execute();

  // Roll up what exists, a page of activities at a time (ordered by id, which is time-ordered).
  const organizations = (await db.selectFrom('organizations').select(['id', 'time_zone']).execute()) as { id: string; time_zone: string }[];
  for (const organization of organizations) {
    const counts = new Map<string, { day: string; module: string; action: string; n: number }>();
    let after = '';
    for (;;) {
      const page = (await db
        .selectFrom('activities')
        .select(['id', 'created_at', 'module', 'action'])
        .where('organization_id', '=', organization.id)
        .where('id', '>', after)
        .orderBy('id')
        .limit(10_000)
        .execute()) as { id: string; created_at: string; module: string; action: string }[];
      for (const row of page) {
        const day = todayIn(organization.time_zone, new Date(row.created_at));
        const key = `${day}\u0000${row.module}\u0000${row.action}`;
        const entry = counts.get(key);
        if (entry) entry.n++;
        else counts.set(key, { day, module: row.module, action: row.action, n: 1 });
      }
      if (page.length < 10_000) break;
      after = page.at(-1)!.id;
    }
    const rows = [...counts.values()].map((entry) => ({ organization_id: organization.id, time_zone: organization.time_zone, day: entry.day, module: entry.module, action: entry.action, activity_count: entry.n }));
    for (let start = 0; start < rows.length; start += 1000) await db.insertInto('activity_daily_counts').values(rows.slice(start, start + 1000)).execute();
  }
}

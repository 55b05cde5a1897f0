import { sql, type Insertable } from 'kysely';
import type { ActivitiesTable, Db, NotificationsTable } from '../../db/database.ts';

/**
 * Stores an activity and counts it in the report's daily rollup (activity_daily_counts) in the same
 * transaction: `day` is the organization's calendar day in `timeZone` at the activity's time.
 */
export async function insertActivity(db: Db, row: Insertable<ActivitiesTable>, rollup: { timeZone: string; day: string }): Promise<void> {
  await db.insertInto('activities').values(row).execute();
  await db
    .insertInto('activity_daily_counts')
    .values({ organization_id: row.organization_id, time_zone: rollup.timeZone, day: rollup.day, module: row.module, action: row.action, activity_count: 1 })
    .onConflict((conflict) =>
      conflict.columns(['organization_id', 'time_zone', 'day', 'module', 'action']).doUpdateSet({ activity_count: sql<number>`${sql.ref('activity_daily_counts.activity_count')} + 1` }),
    )
    .execute();
}

export async function insertNotifications(db: Db, rows: Insertable<NotificationsTable>[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('notifications').values(rows).execute();
}

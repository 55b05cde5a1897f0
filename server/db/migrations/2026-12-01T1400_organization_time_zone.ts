import type { Kysely } from 'kysely';

/**
 * Each organization has a time zone (an IANA name): it decides what "today" is for its documents —
 * overdue invoices, expired estimates, statement periods — and how its times are shown. Organizations
 * from before keep counting days in UTC, as they did.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organizations').addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC')).execute();
}

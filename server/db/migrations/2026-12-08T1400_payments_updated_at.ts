import { sql, type Kysely } from 'kysely';

/*
 * Payments keep when they last changed (a refund taken or given back), so that an integration pulls the
 * changed ones (`GET /payments?updated_since=`) by (updated_at, id). Existing payments last changed when
 * they were made.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('payments').addColumn('updated_at', 'text').execute();
  await sql`UPDATE payments SET updated_at = created_at`.execute(db);
  await db.schema.createIndex('payments_updated').on('payments').columns(['organization_id', 'updated_at', 'id']).execute();
}

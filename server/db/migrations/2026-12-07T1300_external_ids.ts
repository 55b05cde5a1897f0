import { type Kysely } from 'kysely';

/*
 * Sync by external id (docs/api.md "Sync by external id"): an ERP names its customers, contact persons and
 * items by its own key, unique within the organization. Both databases treat NULLs as distinct in a unique
 * index, so rows without an external id never collide. Incremental pulls read by (updated_at, id).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['customers', 'contact_persons', 'items']) {
    await db.schema.alterTable(table).addColumn('external_id', 'text').execute();
    await db.schema.createIndex(`${table}_external_id`).on(table).columns(['organization_id', 'external_id']).unique().execute();
    await db.schema.createIndex(`${table}_updated`).on(table).columns(['organization_id', 'updated_at', 'id']).execute();
  }
}

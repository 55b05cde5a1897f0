import { type Kysely } from 'kysely';

/*
 * Sync by external id for price lists, documents (unique per organization and kind: an invoice and an
 * estimate may share the ERP's number), sales orders, packages (shipments) and payments; incremental
 * pulls read by (updated_at, id) where the table has updated_at. NULLs are distinct in a unique index on
 * both databases, so rows without an external id never collide.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['price_lists', 'sales_orders', 'packages', 'payments']) {
    await db.schema.alterTable(table).addColumn('external_id', 'text').execute();
    await db.schema.createIndex(`${table}_external_id`).on(table).columns(['organization_id', 'external_id']).unique().execute();
  }
  await db.schema.alterTable('documents').addColumn('external_id', 'text').execute();
  await db.schema.createIndex('documents_external_id').on('documents').columns(['organization_id', 'kind', 'external_id']).unique().execute();
  for (const table of ['price_lists', 'sales_orders', 'packages']) {
    await db.schema.createIndex(`${table}_updated`).on(table).columns(['organization_id', 'updated_at', 'id']).execute();
  }
  await db.schema.createIndex('documents_updated').on('documents').columns(['organization_id', 'kind', 'updated_at', 'id']).execute();
}

import { type Kysely } from 'kysely';

/*
 * CSV imports (server/modules/csv-import, docs/integrations.md "CSV import"): the uploaded file is kept in
 * the database (every instance can validate and run it), with its mapping, row errors and outcome. The
 * mapping staff chose is remembered per organization, kind and header row.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('csv_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('delimiter', 'text', (c) => c.notNull())
    .addColumn('headers', 'text', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('mapping', 'text')
    .addColumn('valid_count', 'integer')
    .addColumn('invalid_count', 'integer')
    .addColumn('errors', 'text')
    .addColumn('mode', 'text')
    .addColumn('job_id', 'text')
    .addColumn('result', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('csv_imports_organization').on('csv_imports').columns(['organization_id', 'created_at']).execute();
  await db.schema
    .createTable('csv_import_mappings')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('headers_key', 'text', (c) => c.notNull())
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('csv_import_mappings_pkey', ['organization_id', 'kind', 'headers_key'])
    .execute();
}

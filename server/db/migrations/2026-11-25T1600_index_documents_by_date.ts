import type { Kysely } from 'kysely';

/** Document lists are sorted by issue date within an organization and kind (the default sort). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('documents_org_kind_issue').on('documents').columns(['organization_id', 'kind', 'issue_date', 'id']).execute();
}

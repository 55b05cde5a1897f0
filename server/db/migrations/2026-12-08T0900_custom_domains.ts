import { type Kysely } from 'kysely';

/*
 * Custom portal domains (docs/integrations.md "Custom domains"): an organization may serve its portal on
 * a host name of its own. The host is unique across organizations (a unique index, NULLs distinct on both
 * databases, so organizations without one never collide); it is routed only once a DNS TXT record holding
 * the token proved ownership (`custom_domain_verified_at`). The last check's time and failure are kept for
 * the console.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organizations').addColumn('custom_domain', 'text').execute();
  await db.schema.alterTable('organizations').addColumn('custom_domain_token', 'text').execute();
  await db.schema.alterTable('organizations').addColumn('custom_domain_verified_at', 'text').execute();
  await db.schema.alterTable('organizations').addColumn('custom_domain_checked_at', 'text').execute();
  await db.schema.alterTable('organizations').addColumn('custom_domain_failure', 'text').execute();
  await db.schema.createIndex('organizations_custom_domain').on('organizations').column('custom_domain').unique().execute();
}

import { PostgresAdapter, type Kysely } from 'kysely';

/*
 * Gravatar pictures fetched by the server and served from Portico (server/modules/avatar), so a contact's
 * browser never asks a third party for them. One row per address key (an HMAC of the email under the
 * instance secret, never the email or Gravatar's MD5 of it): the picture, or that there is none.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('avatar_cache')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text')
    .addColumn('bytes', postgres ? 'bytea' : 'blob')
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .execute();
}

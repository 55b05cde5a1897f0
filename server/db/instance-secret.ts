import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

/**
 * SESSION_SECRET when configured; otherwise one generated on first run and kept in the database,
 * so that every instance sharing the database uses the same one.
 */
export async function loadInstanceSecret(db: Kysely<Database>, configured: string | undefined, now: string): Promise<string> {
  if (configured) return configured;
  const existing = await db.selectFrom('instance_secrets').select('value').where('name', '=', 'session_secret').executeTakeFirst();
  if (existing) return existing.value;
  const value = randomBytes(48).toString('base64url');
  await db
    .insertInto('instance_secrets')
    .values({ name: 'session_secret', value, created_at: now })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const stored = await db.selectFrom('instance_secrets').select('value').where('name', '=', 'session_secret').executeTakeFirstOrThrow();
  return stored.value;
}

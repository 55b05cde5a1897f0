import type { Db } from '../../db/database.ts';
import type { IdempotencyKeysTable } from '../../db/billing-tables.ts';

/** Claims (scope, key) for a request: true when this request inserted the row, false when it existed. */
export async function claimKey(db: Db, row: IdempotencyKeysTable): Promise<boolean> {
  const result = await db
    .insertInto('idempotency_keys')
    .values(row)
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findKey(db: Db, scope: string, key: string): Promise<IdempotencyKeysTable | undefined> {
  return db.selectFrom('idempotency_keys').selectAll().where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
}

/**
 * Takes over a claim that can no longer be trusted — expired, or still "in progress" long after its
 * request must have ended (the process died mid-way) — in one conditional UPDATE, so only one of several
 * retries racing for it wins.
 */
export async function takeOverKey(db: Db, seen: IdempotencyKeysTable, fresh: Pick<IdempotencyKeysTable, 'fingerprint' | 'created_at' | 'expires_at'>): Promise<boolean> {
  const result = await db
    .updateTable('idempotency_keys')
    .set({ ...fresh, state: 'in_progress', response_status: null, response_body: null })
    .where('scope', '=', seen.scope)
    .where('key', '=', seen.key)
    .where('state', '=', seen.state)
    .where('created_at', '=', seen.created_at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function completeKey(db: Db, scope: string, key: string, status: number, body: string): Promise<void> {
  await db.updateTable('idempotency_keys').set({ state: 'completed', response_status: status, response_body: body }).where('scope', '=', scope).where('key', '=', key).execute();
}

export async function releaseKey(db: Db, scope: string, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('scope', '=', scope).where('key', '=', key).where('state', '=', 'in_progress').execute();
}

export async function deleteExpiredKeys(db: Db, now: string): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('expires_at', '<', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

import type { ApiKeyRow, Db } from '../../db/database.ts';

/** The API key with this hash, unless it was revoked or has expired by `now` (the staff guard's lookup). */
export async function findLiveApiKeyByHash(db: Db, keyHash: string, now: string): Promise<ApiKeyRow | undefined> {
  return db
    .selectFrom('api_keys')
    .selectAll()
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst();
}

/**
 * Notes a use of the key unless one was noted since `notBefore`; the condition makes concurrent requests
 * of one key write once, not once each.
 */
export async function touchApiKey(db: Db, id: string, use: { at: string; ip: string | null; notBefore: string }): Promise<void> {
  await db
    .updateTable('api_keys')
    .set({ last_used_at: use.at, last_used_ip: use.ip })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', use.notBefore)]))
    .execute();
}

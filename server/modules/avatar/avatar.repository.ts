import type { AvatarCacheTable, Db } from '../../db/database.ts';

export type AvatarCacheRow = AvatarCacheTable;

export async function findCachedAvatar(db: Db, hash: string): Promise<AvatarCacheRow | undefined> {
  return db.selectFrom('avatar_cache').selectAll().where('hash', '=', hash).executeTakeFirst();
}

/** Two requests for the same picture may both have asked Gravatar: the later answer wins. */
export async function upsertCachedAvatar(db: Db, row: AvatarCacheRow): Promise<void> {
  await db
    .insertInto('avatar_cache')
    .values(row)
    .onConflict((conflict) => conflict.column('hash').doUpdateSet({ status: row.status, content_type: row.content_type, bytes: row.bytes, fetched_at: row.fetched_at }))
    .execute();
}

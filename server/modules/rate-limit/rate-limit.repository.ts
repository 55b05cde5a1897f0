import type { Db } from '../../db/database.ts';

/**
 * Counts one attempt against `key` in one statement (INSERT … ON CONFLICT … DO UPDATE … RETURNING):
 * a window that started at or before `expiredAt` starts again at `now` with this attempt. Answers the
 * window's count, this attempt included, and when it started.
 */
export async function upsertAttempt(db: Db, key: string, now: string, expiredAt: string): Promise<{ hits: number; window_start: string }> {
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: now, hits: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const expired = eb('rate_limits.window_start', '<=', expiredAt);
        return {
          hits: eb.case().when(expired).then(1).else(eb('rate_limits.hits', '+', 1)).end(),
          window_start: eb.case().when(expired).then(now).else(eb.ref('rate_limits.window_start')).end(),
        };
      }),
    )
    .returning(['hits', 'window_start'])
    .executeTakeFirstOrThrow();
  return { hits: Number(row.hits), window_start: row.window_start };
}

/** Takes one attempt off the key's count (never below zero). */
export async function decrementAttempts(db: Db, key: string): Promise<void> {
  await db
    .updateTable('rate_limits')
    .set((eb) => ({ hits: eb('hits', '-', 1) }))
    .where('key', '=', key)
    .where('hits', '>', 0)
    .execute();
}

export async function deleteAttempts(db: Db, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

import type { Clock } from '../lib/clock.ts';
import { AppError } from '../lib/app-error.ts';
import type { Db } from '../db/database.ts';

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

/** Fixed windows kept in the database, so every instance behind a load balancer counts together. */
async function currentWindow(db: Db, key: string, clock: Clock, rule: RateLimitRule) {
  const row = await db.selectFrom('rate_limits').selectAll().where('key', '=', key).executeTakeFirst();
  const now = clock.now().getTime();
  if (!row) return { hits: 0, startedAt: now, exists: false };
  const startedAt = new Date(row.window_start).getTime();
  if (now - startedAt >= rule.windowSeconds * 1000) return { hits: 0, startedAt: now, exists: true, expired: true };
  return { hits: row.hits, startedAt, exists: true };
}

function refuse(startedAt: number, clock: Clock, rule: RateLimitRule): never {
  const retryAfter = Math.max(1, Math.ceil((startedAt + rule.windowSeconds * 1000 - clock.now().getTime()) / 1000));
  throw new AppError('RATE_LIMITED', `Too many attempts; try again in ${retryAfter} seconds`, { retry_after: retryAfter }, {
    'retry-after': String(retryAfter),
  });
}

/** Throws RATE_LIMITED (with Retry-After) when the key has used up its window. */
export async function assertUnderLimit(db: Db, key: string, clock: Clock, rule: RateLimitRule): Promise<void> {
  const window = await currentWindow(db, key, clock, rule);
  if (window.hits >= rule.limit) refuse(window.startedAt, clock, rule);
}

/** Counts one hit against the key. */
export async function recordHit(db: Db, key: string, clock: Clock, rule: RateLimitRule): Promise<void> {
  const window = await currentWindow(db, key, clock, rule);
  const windowStart = new Date(window.startedAt).toISOString();
  if (!window.exists) {
    await db
      .insertInto('rate_limits')
      .values({ key, window_start: windowStart, hits: 1 })
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ hits: eb('rate_limits.hits', '+', 1) })))
      .execute();
  } else if ('expired' in window) {
    await db.updateTable('rate_limits').set({ window_start: windowStart, hits: 1 }).where('key', '=', key).execute();
  } else {
    await db.updateTable('rate_limits').set((eb) => ({ hits: eb('hits', '+', 1) })).where('key', '=', key).execute();
  }
}

/** Checks and counts in one call: for endpoints where every attempt counts. */
export async function consumeRateLimit(db: Db, key: string, clock: Clock, rule: RateLimitRule): Promise<void> {
  await assertUnderLimit(db, key, clock, rule);
  await recordHit(db, key, clock, rule);
}

export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

export const rateLimits = {
  signInPerAccount: { limit: 5, windowSeconds: 15 * 60 },
  signInPerIp: { limit: 50, windowSeconds: 15 * 60 },
  tokenPerIp: { limit: 30, windowSeconds: 15 * 60 },
  emailPerAddress: { limit: 5, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;

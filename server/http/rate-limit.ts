import type { Clock } from '../lib/clock.ts';
import { AppError } from '../lib/app-error.ts';
import type { Db } from '../db/database.ts';
import { decrementAttempts, deleteAttempts, upsertAttempt } from '../modules/rate-limit/rate-limit.repository.ts';

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

export interface CountedAttempt {
  /** Attempts in the current window, this one included. */
  hits: number;
  /** When the current window started (ISO 8601). */
  windowStart: string;
}

/**
 * Counts one attempt against `key` and answers the window's count, in one statement
 * (INSERT … ON CONFLICT … DO UPDATE … RETURNING) that also starts a new window once the old one has
 * run out. Fixed windows kept in the database, so every instance behind a load balancer counts
 * together; one statement, so concurrent attempts each get their own count and none can slip in
 * between a read and a write.
 */
export async function countAttempt(db: Db, key: string, clock: Clock, rule: RateLimitRule): Promise<CountedAttempt> {
  const now = clock.now();
  const nowIso = now.toISOString();
  // Timestamps are ISO 8601 UTC text of one length, so text order is time order on both databases.
  const expiredAt = new Date(now.getTime() - rule.windowSeconds * 1000).toISOString();
  const row = await upsertAttempt(db, key, nowIso, expiredAt);
  return { hits: row.hits, windowStart: row.window_start };
}

function refuse(windowStart: string, clock: Clock, rule: RateLimitRule): never {
  const endsAt = new Date(windowStart).getTime() + rule.windowSeconds * 1000;
  const retryAfter = Math.max(1, Math.ceil((endsAt - clock.now().getTime()) / 1000));
  throw new AppError('RATE_LIMITED', `Too many attempts; try again in ${retryAfter} seconds`, { retry_after: retryAfter }, {
    'retry-after': String(retryAfter),
  });
}

/**
 * Counts the attempt first, then refuses it with RATE_LIMITED (and Retry-After) when it is beyond the
 * limit. Call it before the password, code or token is checked: concurrent attempts are all counted
 * before any of them is evaluated, so no more than `limit` ever are.
 */
export async function consumeRateLimit(db: Db, key: string, clock: Clock, rule: RateLimitRule): Promise<void> {
  const attempt = await countAttempt(db, key, clock, rule);
  if (attempt.hits > rule.limit) refuse(attempt.windowStart, clock, rule);
}

/**
 * Takes back one counted attempt that turned out fine (a right password), so that a limit meant for
 * failures, such as the per-address one of sign-in, is not used up by people signing in successfully.
 */
export async function refundAttempt(db: Db, key: string): Promise<void> {
  await decrementAttempts(db, key);
}

export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await deleteAttempts(db, key);
}

export const rateLimits = {
  signInPerAccount: { limit: 5, windowSeconds: 15 * 60 },
  signInPerIp: { limit: 50, windowSeconds: 15 * 60 },
  tokenPerIp: { limit: 30, windowSeconds: 15 * 60 },
  emailPerAddress: { limit: 5, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;

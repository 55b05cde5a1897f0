import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { AppError } from '../lib/app-error.ts';
import { describeOnEachDialect } from '../test/fixture.ts';
import { clearRateLimit, consumeRateLimit, countAttempt, refundAttempt } from './rate-limit.ts';

const rule = { limit: 5, windowSeconds: 60 };
const freshKey = () => `test:${randomBytes(6).toString('hex')}`;

/** 'ok' or the refusal's Retry-After, for each attempt. */
async function outcome(attempt: Promise<void>): Promise<'ok' | number> {
  try {
    await attempt;
    return 'ok';
  } catch (error) {
    if (error instanceof AppError && error.code === 'RATE_LIMITED') return Number(error.headers?.['retry-after']);
    throw error;
  }
}

describeOnEachDialect('the rate limiter', { startAt: '2026-12-01T09:00:00.000Z' }, (it) => {
  it('lets exactly the limit through when 100 attempts arrive at once', async ({ t, clock }) => {
    const key = freshKey();
    const outcomes = await Promise.all(Array.from({ length: 100 }, () => outcome(consumeRateLimit(t.ctx.db, key, clock, rule))));
    expect(outcomes.filter((value) => value === 'ok')).toHaveLength(5);
    expect(outcomes.filter((value) => value === 60)).toHaveLength(95);
    const row = await t.ctx.db.selectFrom('rate_limits').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
    expect(row.hits).toBe(100);
  });

  it('gives every concurrent attempt its own count', async ({ t, clock }) => {
    const key = freshKey();
    const counts = await Promise.all(Array.from({ length: 30 }, () => countAttempt(t.ctx.db, key, clock, rule)));
    expect(counts.map((count) => count.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
    expect(new Set(counts.map((count) => count.windowStart))).toEqual(new Set([clock.now().toISOString()]));
  });

  it('answers the time left in the window as Retry-After and starts a new window once it ran out', async ({ t, clock }) => {
    const key = freshKey();
    for (let attempt = 0; attempt < 5; attempt++) await consumeRateLimit(t.ctx.db, key, clock, rule);
    clock.advance(20);
    expect(await outcome(consumeRateLimit(t.ctx.db, key, clock, rule))).toBe(40);
    clock.advance(40);
    expect(await outcome(consumeRateLimit(t.ctx.db, key, clock, rule))).toBe('ok');
    const row = await t.ctx.db.selectFrom('rate_limits').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ hits: 1, window_start: clock.now().toISOString() });
  });

  it('takes back a refunded attempt, never below zero, and forgets a cleared key', async ({ t, clock }) => {
    const key = freshKey();
    await consumeRateLimit(t.ctx.db, key, clock, rule);
    await refundAttempt(t.ctx.db, key);
    await refundAttempt(t.ctx.db, key);
    const row = await t.ctx.db.selectFrom('rate_limits').select('hits').where('key', '=', key).executeTakeFirstOrThrow();
    expect(row.hits).toBe(0);
    await clearRateLimit(t.ctx.db, key);
    expect(await t.ctx.db.selectFrom('rate_limits').select('hits').where('key', '=', key).executeTakeFirst()).toBeUndefined();
  });
});

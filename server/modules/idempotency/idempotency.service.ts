import type { AppContext } from '../../context.ts';
import { httpStatusByCode } from '../../http/errors.ts';
import { AppError } from '../../lib/app-error.ts';
import { isoIn, isoNow } from '../../lib/clock.ts';
import { IDEMPOTENCY_TTL_SECONDS, IN_PROGRESS_TAKEOVER_SECONDS, isWellFormedKey, requestFingerprint } from './idempotency.ts';
import * as repo from './idempotency.repository.ts';

export interface IdempotentRequest {
  organizationId: string;
  /** Whose keys these are (`portal:<contact id>`, `staff:<organization id>`): one caller's key never meets another's. */
  scope: string;
  /** The Idempotency-Key header, if the request had one. */
  key: string | undefined;
  /** Without a key: refuse (400 IDEMPOTENCY_KEY_REQUIRED), or run the request once as it is. */
  required: boolean;
  /** The operation (e.g. `POST /payments`) and its parameters; the same key with others is refused. */
  operation: string;
  body: unknown;
}

export interface IdempotentAnswer<T> {
  status: number;
  body: T;
  /** True when this is the stored first answer, not a new run. */
  replayed: boolean;
}

function keyError(code: 'IDEMPOTENCY_KEY_REQUIRED' | 'IDEMPOTENCY_KEY_REUSED' | 'IDEMPOTENCY_KEY_IN_USE', message: string): AppError {
  return new AppError(code, message, code === 'IDEMPOTENCY_KEY_REQUIRED' ? [{ field: 'Idempotency-Key', code: 'required', params: {}, message }] : undefined);
}

/**
 * Runs `run` at most once per (scope, key) within 24 hours and answers every repeat with the first
 * answer, its status and body (docs/payments.md "Idempotency"). The key is claimed with one INSERT
 * before anything happens, so two requests with the same key — on one instance or several sharing
 * PostgreSQL — never both run: the second is told the first is in progress (409). The same key with
 * other parameters is a 409. Final answers are kept, refusals (4xx) included; an unexpected failure
 * (5xx) frees the key, so a retry runs again — the work itself must then be safe to resume, as payment
 * attempts are.
 */
export async function runIdempotently<T>(ctx: AppContext, request: IdempotentRequest, run: () => Promise<{ status: number; body: T }>): Promise<IdempotentAnswer<T>> {
  if (request.key === undefined || request.key === '') {
    if (request.required) throw keyError('IDEMPOTENCY_KEY_REQUIRED', 'Idempotency-Key header: is required for payments (a unique value per payment, such as a UUID, reused when retrying)');
    return { ...(await run()), replayed: false };
  }
  if (!isWellFormedKey(request.key)) throw keyError('IDEMPOTENCY_KEY_REQUIRED', 'Idempotency-Key header: must be 1 to 255 printable characters');
  const { scope, key } = request;
  const fingerprint = requestFingerprint(request.operation, request.body);
  const fresh = { fingerprint, created_at: isoNow(ctx.clock), expires_at: isoIn(ctx.clock, IDEMPOTENCY_TTL_SECONDS) };

  let claimed = await repo.claimKey(ctx.db, { scope, key, organization_id: request.organizationId, state: 'in_progress', response_status: null, response_body: null, ...fresh });
  if (!claimed) {
    const existing = await repo.findKey(ctx.db, scope, key);
    if (!existing) {
      claimed = await repo.claimKey(ctx.db, { scope, key, organization_id: request.organizationId, state: 'in_progress', response_status: null, response_body: null, ...fresh });
      if (!claimed) throw keyError('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is being processed; retry in a moment');
    } else {
      const now = fresh.created_at;
      const expired = existing.expires_at < now;
      const abandoned = existing.state === 'in_progress' && existing.created_at < isoIn(ctx.clock, -IN_PROGRESS_TAKEOVER_SECONDS);
      if (!expired && existing.fingerprint !== fingerprint) {
        throw keyError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a request with other parameters; use a new key for a new payment');
      }
      if (!expired && existing.state === 'completed') {
        return { status: existing.response_status ?? 200, body: JSON.parse(existing.response_body ?? 'null') as T, replayed: true };
      }
      if (!expired && !abandoned) throw keyError('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is being processed; retry in a moment');
      if (!(await repo.takeOverKey(ctx.db, existing, fresh))) throw keyError('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is being processed; retry in a moment');
    }
  }

  let answer: { status: number; body: T };
  try {
    answer = await run();
  } catch (error) {
    if (error instanceof AppError && httpStatusByCode[error.code] < 500) {
      const status = httpStatusByCode[error.code];
      const body = { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
      await repo.completeKey(ctx.db, scope, key, status, JSON.stringify(body));
    } else {
      await repo.releaseKey(ctx.db, scope, key);
    }
    throw error;
  }
  await repo.completeKey(ctx.db, scope, key, answer.status, JSON.stringify(answer.body));
  return { ...answer, replayed: false };
}

/** Forgets keys older than a day (the periodic cleanup). */
export async function forgetExpiredKeys(ctx: AppContext): Promise<number> {
  return repo.deleteExpiredKeys(ctx.db, isoNow(ctx.clock));
}

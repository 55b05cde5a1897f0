import type { AppContext, RequestMeta } from '../../context.ts';
import type { Db, SessionRow } from '../../db/database.ts';
import { isoIn, isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { hashToken, hmac, newToken } from '../../lib/tokens.ts';
import * as sessions from './session.repository.ts';

export interface NewSession {
  kind: 'staff' | 'contact';
  organizationId: string;
  staffUserId?: string;
  identityId?: string;
  contactPersonId?: string | null;
  pendingTwoFactor?: boolean;
  /** A portal session opened from the business's app: where "back to {business}" leads. */
  returnUrl?: string | null;
}

export interface IssuedSession {
  id: string;
  token: string;
  csrfToken: string;
  expiresAt: string;
}

/** A fresh random token at every sign-in (rotation); only its hash is stored. */
export async function startSession(ctx: AppContext, db: Db, input: NewSession, meta: RequestMeta): Promise<IssuedSession> {
  const token = newToken();
  const id = newId();
  const now = isoNow(ctx.clock);
  const expiresAt = isoIn(ctx.clock, ctx.config.sessionAbsoluteTimeoutSeconds);
  await sessions.insertSession(db, {
    id,
    token_hash: hashToken(token),
    kind: input.kind,
    organization_id: input.organizationId,
    staff_user_id: input.staffUserId ?? null,
    identity_id: input.identityId ?? null,
    contact_person_id: input.contactPersonId ?? null,
    pending_two_factor: input.pendingTwoFactor ? 1 : 0,
    ip: meta.ip,
    user_agent: meta.userAgent?.slice(0, 500) ?? null,
    created_at: now,
    last_seen_at: now,
    expires_at: expiresAt,
    return_url: input.returnUrl ?? null,
  });
  return { id, token, csrfToken: csrfTokenFor(ctx, token), expiresAt };
}

export function csrfTokenFor(ctx: AppContext, sessionToken: string): string {
  return hmac(ctx.secret, `csrf:${sessionToken}`);
}

/**
 * Whether a session read by its token (here, or joined into a guard's query) is still live: one idle too
 * long or past its absolute end is deleted; a live one notes the activity, at most once a minute.
 */
export async function keepSessionAlive(ctx: AppContext, row: Pick<SessionRow, 'id' | 'last_seen_at' | 'expires_at'>): Promise<boolean> {
  const now = ctx.clock.now().getTime();
  const idleLimit = new Date(row.last_seen_at).getTime() + ctx.config.sessionIdleTimeoutSeconds * 1000;
  if (now >= new Date(row.expires_at).getTime() || now >= idleLimit) {
    await sessions.deleteSessionById(ctx.db, row.id);
    return false;
  }
  // Writing on every request would serialise reads on SQLite; a minute's precision is enough for idle timeouts.
  if (now - new Date(row.last_seen_at).getTime() > 60_000) {
    await sessions.touchSession(ctx.db, row.id, isoNow(ctx.clock));
  }
  return true;
}

/** Signs a staff member out everywhere (the account was disabled). */
export async function endSessionsOfStaffUser(db: Db, staffUserId: string): Promise<void> {
  await sessions.deleteSessionsOfStaffUser(db, staffUserId);
}

export async function endSession(ctx: AppContext, sessionId: string): Promise<void> {
  await sessions.deleteSessionById(ctx.db, sessionId);
}

/** Ends every session of a contact person (their access changed); answers how many there were. */
export async function endSessionsOfContact(db: Db, contactPersonId: string): Promise<number> {
  return sessions.deleteSessionsOfContact(db, contactPersonId);
}

/** Ends every session of a portal identity (its password changed), except `exceptSessionId` when given. */
export async function endSessionsOfIdentity(db: Db, identityId: string, exceptSessionId?: string): Promise<void> {
  await sessions.deleteSessionsOfIdentity(db, identityId, exceptSessionId);
}

/** Ends one session within the caller's transaction. */
export async function endSessionIn(db: Db, sessionId: string): Promise<void> {
  await sessions.deleteSessionById(db, sessionId);
}

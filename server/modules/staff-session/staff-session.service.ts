import type { AppContext, RequestMeta } from '../../context.ts';
import type { OrganizationRow, StaffUserRow } from '../../db/database.ts';
import type { Page } from '../../db/keyset.ts';
import { clearRateLimit, consumeRateLimit, rateLimits, refundAttempt } from '../../http/rate-limit.ts';
import { AppError, fieldIssue, notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { assertAcceptablePassword } from '../../lib/passwords.ts';
import * as organizations from '../organization/organization.service.ts';
import { endSessionsOfStaffUser, startSession, type IssuedSession } from '../session/session.service.ts';
import { listActiveOwnerIds, updateStaffUserRow } from './staff-session.repository.ts';
import type { Language, StaffRole } from '../../../contract/portal.ts';

export interface StaffSignIn {
  user: StaffUserRow;
  organization: OrganizationRow;
  session: IssuedSession;
}

/**
 * Same answer and similar time for an unknown email and a wrong password. Attempts are counted per
 * address and per IP before the password is checked; a right one clears the address's count and takes
 * its attempt back from the IP's.
 */
export async function signInStaff(ctx: AppContext, email: string, password: string, meta: RequestMeta): Promise<StaffSignIn> {
  const accountKey = `staff-signin:${email}`;
  const ipKey = `staff-signin-ip:${meta.ip ?? 'unknown'}`;
  await consumeRateLimit(ctx.db, accountKey, ctx.clock, rateLimits.signInPerAccount);
  await consumeRateLimit(ctx.db, ipKey, ctx.clock, rateLimits.signInPerIp);
  const user = await organizations.findStaffUserByEmail(ctx.db, email);
  const valid = user && !user.disabled_at ? await ctx.hasher.verify(user.password_hash, password) : (await ctx.hasher.verifyDummy(password), false);
  if (!user || !valid) throw new AppError('INVALID_CREDENTIALS', 'The email or password is not right');
  await clearRateLimit(ctx.db, accountKey);
  await refundAttempt(ctx.db, ipKey);
  const organization = await organizations.findOrganization(ctx.db, user.organization_id);
  if (!organization) throw new AppError('INVALID_CREDENTIALS', 'The email or password is not right');
  const session = await startSession(ctx, ctx.db, { kind: 'staff', organizationId: organization.id, staffUserId: user.id }, meta);
  return { user, organization, session };
}

export async function listStaffUsers(ctx: AppContext, organizationId: string, page: { limit: number; cursor?: string | undefined }): Promise<Page<StaffUserRow>> {
  return organizations.listStaffUserPage(ctx.db, organizationId, page);
}

export async function createStaffUser(
  ctx: AppContext,
  organizationId: string,
  input: { name: string; email: string; role: StaffRole; password: string; language: Language },
): Promise<StaffUserRow> {
  assertAcceptablePassword(input.password, 'password', [input.email, input.name]);
  const passwordHash = await ctx.hasher.hash(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    if (await organizations.findStaffUserByEmail(trx, input.email)) {
      throw new AppError('EMAIL_TAKEN', 'email: a staff account with this email already exists', [fieldIssue('email', 'taken', 'is already registered')]);
    }
    const now = isoNow(ctx.clock);
    const user: StaffUserRow = {
      id: newId(),
      organization_id: organizationId,
      email: input.email,
      name: input.name,
      role: input.role,
      password_hash: passwordHash,
      language: input.language,
      disabled_at: null,
      activity_digest: 'off',
      activity_digest_sent_until: null,
      created_at: now,
      updated_at: now,
    };
    await organizations.addStaffUser(trx, user);
    return user;
  });
}

export async function updateStaffUser(
  ctx: AppContext,
  organizationId: string,
  actingUserId: string | null,
  id: string,
  input: { role?: StaffRole | undefined; disabled?: boolean | undefined },
): Promise<StaffUserRow> {
  return ctx.db.transaction().execute(async (trx) => {
    const user = await organizations.findStaffUser(trx, id);
    if (!user || user.organization_id !== organizationId) throw notFound('Staff user');
    if (user.role === 'owner' && (input.role !== undefined && input.role !== 'owner' || input.disabled)) {
      const owners = await listActiveOwnerIds(trx, organizationId);
      if (owners.length <= 1) throw new AppError('CONFLICT', 'An organization keeps at least one active owner');
    }
    if (input.disabled && id === actingUserId) throw new AppError('CONFLICT', 'You cannot disable your own account');
    const now = isoNow(ctx.clock);
    await updateStaffUserRow(trx, id, {
      updated_at: now,
      ...(input.role ? { role: input.role } : {}),
      ...(input.disabled !== undefined ? { disabled_at: input.disabled ? now : null } : {}),
    });
    if (input.disabled) await endSessionsOfStaffUser(trx, id);
    const updated = await organizations.findStaffUser(trx, id);
    if (!updated) throw notFound('Staff user');
    return updated;
  });
}

/** A staff member's own language; an API key has no person to change. */
export async function updateOwnLanguage(ctx: AppContext, staffUserId: string, language: Language): Promise<StaffUserRow> {
  await updateStaffUserRow(ctx.db, staffUserId, { language, updated_at: isoNow(ctx.clock) });
  const user = await organizations.findStaffUser(ctx.db, staffUserId);
  if (!user) throw notFound('Staff user');
  return user;
}

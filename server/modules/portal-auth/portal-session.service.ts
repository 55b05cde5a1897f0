import type { AppContext, RequestMeta } from '../../context.ts';
import type { Db, OrganizationRow, PortalIdentityRow } from '../../db/database.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { clearRateLimit, consumeRateLimit, rateLimits, refundAttempt } from '../../http/rate-limit.ts';
import { AppError, fieldIssue } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { endSessionIn, startSession, type IssuedSession } from '../session/session.service.ts';
import type { MeSession } from './portal-auth.me.ts';
import { limitKeys, personName } from './portal-auth.ts';
import { findIdentityById, findIdentityByEmail, listLiveAccounts, updateIdentity, type AccountRow } from './portal-auth.repository.ts';
import { checkSecondFactor } from './two-factor.ts';

export interface PortalSignIn {
  session: IssuedSession;
  me: MeSession;
}

export type SignInMethod = 'password' | 'two_factor' | 'signin_link' | 'password_reset' | 'invitation' | 'signup' | 'portal_session';

interface StartInput {
  organization: OrganizationRow;
  identity: PortalIdentityRow;
  accounts: AccountRow[];
  /** The account to act as; by default the only one, or none while the person has several to choose from. */
  contactPersonId?: string;
  method: SignInMethod;
  /** The second factor was given in this request. */
  secondFactorDone?: boolean;
  /** A portal session opened from the business's app: where "back to {business}" leads. */
  returnUrl?: string | null;
}

/** Records a completed sign-in: the time on the identity and, for ordinary sign-ins, a `portal.signin` event. */
export async function noteSignIn(
  ctx: AppContext,
  db: Db,
  input: { organization: OrganizationRow; identity: PortalIdentityRow; account: AccountRow | undefined; method: SignInMethod },
  meta: RequestMeta,
): Promise<void> {
  const now = isoNow(ctx.clock);
  await updateIdentity(db, input.identity.id, { last_sign_in_at: now, updated_at: now });
  // Invitations and sign-ups record their own, more telling event.
  if (input.method === 'invitation' || input.method === 'signup') return;
  const name = input.account ? personName(input.account) || input.identity.email : input.identity.email;
  await recordPortalEvent(
    ctx,
    db,
    input.organization,
    {
      type: 'portal.signin',
      module: 'portal',
      action: 'signin',
      customerId: input.account?.customer_id ?? null,
      contactPersonId: input.account?.id ?? null,
      actorName: name,
      message: { code: 'portal.signed_in', params: { actor: name, customer: input.account?.customer_name ?? null } },
      ...(input.account ? { link: `/admin/customers/${input.account.customer_id}` } : {}),
      details: { method: input.method },
    },
    meta,
  );
}

/**
 * Starts a fresh session (a new token at every sign-in). With two-factor enrolled the session waits
 * for the code; otherwise the sign-in is complete.
 */
export async function startPortalSession(ctx: AppContext, db: Db, input: StartInput, meta: RequestMeta): Promise<PortalSignIn> {
  const only = input.accounts.length === 1 ? input.accounts[0] : undefined;
  const contactPersonId = input.contactPersonId ?? only?.id ?? null;
  const pendingTwoFactor = input.identity.totp_enabled_at !== null && !input.secondFactorDone;
  const session = await startSession(
    ctx,
    db,
    { kind: 'contact', organizationId: input.organization.id, identityId: input.identity.id, contactPersonId, pendingTwoFactor, returnUrl: input.returnUrl ?? null },
    meta,
  );
  if (!pendingTwoFactor) {
    const account = input.accounts.find((candidate) => candidate.id === contactPersonId) ?? input.accounts[0];
    await noteSignIn(ctx, db, { organization: input.organization, identity: input.identity, account, method: input.method }, meta);
  }
  return { session, me: { token: session.token, identityId: input.identity.id, contactPersonId, pendingTwoFactor, returnUrl: input.returnUrl ?? null } };
}

const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', 'The email or password is not right');

export const invalidCode = () =>
  new AppError('INVALID_TWO_FACTOR_CODE', 'code: the code is not right or was already used', [fieldIssue('code', 'wrong_code', 'is not right')]);

/**
 * Same answer and about the same time for an unknown email, a wrong password and a person whose
 * access is disabled. Every attempt is counted per address and per IP before the password is checked
 * (so concurrent guesses cannot outrun the limit); a right password clears the address's count and
 * takes its attempt back from the IP's, so both limits count failures.
 */
export async function signInWithPassword(
  ctx: AppContext,
  organization: OrganizationRow,
  email: string,
  password: string,
  meta: RequestMeta,
): Promise<PortalSignIn> {
  const accountKey = limitKeys.signInAccount(organization.id, email);
  const ipKey = limitKeys.signInIp(meta.ip);
  await consumeRateLimit(ctx.db, accountKey, ctx.clock, rateLimits.signInPerAccount);
  await consumeRateLimit(ctx.db, ipKey, ctx.clock, rateLimits.signInPerIp);
  const identity = await findIdentityByEmail(ctx.db, organization.id, email);
  const valid = identity?.password_hash ? await ctx.hasher.verify(identity.password_hash, password) : (await ctx.hasher.verifyDummy(password), false);
  const accounts = await listLiveAccounts(ctx.db, organization.id, email);
  if (!identity || !valid || accounts.length === 0) throw invalidCredentials();
  await clearRateLimit(ctx.db, accountKey);
  await refundAttempt(ctx.db, ipKey);
  return ctx.db.transaction().execute((trx) => startPortalSession(ctx, trx, { organization, identity, accounts, method: 'password' }, meta));
}

/**
 * The second sign-in step: a TOTP code or an unused recovery code. The waiting session is replaced
 * by a new one, so the token that existed before the second factor never reaches the portal's data.
 */
export async function completeTwoFactorSignIn(
  ctx: AppContext,
  organization: OrganizationRow,
  principal: ContactPrincipal,
  code: string,
  meta: RequestMeta,
): Promise<PortalSignIn> {
  await consumeRateLimit(ctx.db, limitKeys.twoFactorIp(meta.ip), ctx.clock, rateLimits.signInPerIp);
  const identityKey = limitKeys.twoFactorIdentity(principal.identityId);
  await consumeRateLimit(ctx.db, identityKey, ctx.clock, rateLimits.signInPerAccount);
  const identity = await findIdentityById(ctx.db, organization.id, principal.identityId);
  if (!identity) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  if (!(await checkSecondFactor(ctx, ctx.db, identity, code, { allowRecoveryCode: true }))) throw invalidCode();
  await clearRateLimit(ctx.db, identityKey);
  return ctx.db.transaction().execute(async (trx) => {
    await endSessionIn(trx, principal.sessionId);
    const accounts = await listLiveAccounts(trx, organization.id, identity.email);
    const contactPersonId = principal.contactPersonId ?? undefined;
    return startPortalSession(
      ctx,
      trx,
      { organization, identity, accounts, method: 'two_factor', secondFactorDone: true, ...(contactPersonId ? { contactPersonId } : {}) },
      meta,
    );
  });
}

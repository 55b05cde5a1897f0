import type { AppContext, RequestMeta } from '../../context.ts';
import type { Db, OrganizationRow, PortalIdentityRow, PortalTokenRow } from '../../db/database.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import { renderActionEmail } from '../../email/render.ts';
import { consumeRateLimit, rateLimits } from '../../http/rate-limit.ts';
import { AppError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { assertAcceptablePassword } from '../../lib/passwords.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { portalUrl } from '../organization/organization.service.ts';
import { endSessionsOfIdentity } from '../session/session.service.ts';
import { consumeToken, findUsableToken, issuePortalToken, portalPageUrl, tokenLifetimes } from '../portal-token/portal-token.service.ts';
import { limitKeys, personName, resolveLanguage } from './portal-auth.ts';
import {
  findIdentityById,
  findIdentityByEmail,
  listLiveAccounts,
  revokeTokensOfIdentity,
  updateIdentity,
  type AccountRow,
} from './portal-auth.repository.ts';
import { startPortalSession, type PortalSignIn } from './portal-session.service.ts';

export type EmailLinkKind = 'password_reset' | 'signin_link';

const purposes = { password_reset: 'reset', signin_link: 'signin-link' } as const;
const pages = { password_reset: 'reset-password', signin_link: 'signin-link' } as const;

/** Issues a link of `kind` for a person with access and queues its email, in the caller's transaction. */
export async function sendEmailLink(
  ctx: AppContext,
  db: Db,
  input: { organization: OrganizationRow; kind: EmailLinkKind; identity: PortalIdentityRow; account: AccountRow },
): Promise<void> {
  const { organization, kind, identity, account } = input;
  const language = resolveLanguage(identity.language, account.customer_language);
  // Tied to the account too, so that staff revoking that contact's links voids this one.
  const { token, row } = await issuePortalToken(ctx, db, {
    kind,
    organizationId: organization.id,
    email: identity.email,
    contactPersonId: account.id,
    identityId: identity.id,
    ttlSeconds: tokenLifetimes[kind],
  });
  const settings = parsePortalSettings(organization.portal_settings);
  const mail = renderActionEmail({
    kind,
    language,
    organizationName: settings.portal_name || organization.name,
    brandColor: organization.brand_color,
    recipientName: personName(account) || null,
    actionUrl: portalPageUrl(ctx, organization, pages[kind], token, language),
    portalUrl: portalUrl(ctx, organization),
    expiresAt: new Date(row.expires_at),
    timeZone: organization.time_zone,
  });
  await enqueueEmail(ctx, db, { ...mail, to: identity.email, kind, organizationId: organization.id });
}

/**
 * Mails a password-reset or sign-in link to a person with portal access. The caller always answers
 * 202: an unknown address gets nothing, and nothing in the answer tells them apart.
 */
export async function requestEmailLink(ctx: AppContext, organization: OrganizationRow, kind: EmailLinkKind, email: string, meta: RequestMeta): Promise<void> {
  await consumeRateLimit(ctx.db, limitKeys.emailIp(purposes[kind], meta.ip), ctx.clock, rateLimits.tokenPerIp);
  await consumeRateLimit(ctx.db, limitKeys.emailAddress(purposes[kind], organization.id, email), ctx.clock, rateLimits.emailPerAddress);
  await ctx.db.transaction().execute(async (trx) => {
    const identity = await findIdentityByEmail(trx, organization.id, email);
    const accounts = await listLiveAccounts(trx, organization.id, email);
    const first = accounts[0];
    if (identity && first) await sendEmailLink(ctx, trx, { organization, kind, identity, account: first });
  });
}

/** The link's row, its person and their live accounts; a person without access any more makes the link invalid. */
async function loadLink(ctx: AppContext, db: Db, organization: OrganizationRow, kind: EmailLinkKind, token: string) {
  const row: PortalTokenRow = await findUsableToken(ctx, db, organization.id, kind, token);
  const identity = row.identity_id ? await findIdentityById(db, organization.id, row.identity_id) : undefined;
  const accounts = identity ? await listLiveAccounts(db, organization.id, identity.email) : [];
  if (!identity || identity.email !== row.email || accounts.length === 0) {
    throw new AppError('TOKEN_INVALID', 'This link is not valid; ask for a new one');
  }
  return { row, identity, accounts };
}

export async function viewEmailLink(ctx: AppContext, organization: OrganizationRow, kind: EmailLinkKind, token: string) {
  const { row, identity, accounts } = await loadLink(ctx, ctx.db, organization, kind, token);
  return { email: row.email, language: resolveLanguage(identity.language, accounts[0]?.customer_language) };
}

/** Sets a new password from a reset link; every other session of the person ends, and this request signs in. */
export async function completePasswordReset(
  ctx: AppContext,
  organization: OrganizationRow,
  token: string,
  password: string,
  meta: RequestMeta,
): Promise<PortalSignIn> {
  await consumeRateLimit(ctx.db, limitKeys.tokenIp(meta.ip), ctx.clock, rateLimits.tokenPerIp);
  const { accounts } = await loadLink(ctx, ctx.db, organization, 'password_reset', token);
  const first = accounts[0];
  assertAcceptablePassword(password, 'password', first ? [first.email ?? '', first.first_name, first.last_name] : []);
  const passwordHash = await ctx.hasher.hash(password);
  return ctx.db.transaction().execute(async (trx) => {
    const link = await loadLink(ctx, trx, organization, 'password_reset', token);
    await consumeToken(ctx, trx, link.row);
    const now = isoNow(ctx.clock);
    await updateIdentity(trx, link.identity.id, { password_hash: passwordHash, password_changed_at: now, updated_at: now });
    await revokeTokensOfIdentity(trx, link.identity.id, ['password_reset', 'signin_link'], now);
    await endSessionsOfIdentity(trx, link.identity.id);
    const signIn = await startPortalSession(ctx, trx, { organization, identity: link.identity, accounts: link.accounts, method: 'password_reset' }, meta);
    const account = link.accounts.find((candidate) => candidate.id === signIn.me.contactPersonId) ?? link.accounts[0];
    const name = (account && personName(account)) || link.identity.email;
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: 'portal.password_changed',
        module: 'portal',
        action: 'password_changed',
        customerId: account?.customer_id ?? null,
        contactPersonId: account?.id ?? null,
        actorName: name,
        message: { code: 'portal.password_reset', params: { actor: name, customer: account?.customer_name ?? null } },
        details: { method: 'password_reset' },
      },
      meta,
    );
    return signIn;
  });
}

/** Signs in with a one-time link; with two-factor enrolled the code is still asked for. */
export async function consumeSignInLink(ctx: AppContext, organization: OrganizationRow, token: string, meta: RequestMeta): Promise<PortalSignIn> {
  await consumeRateLimit(ctx.db, limitKeys.tokenIp(meta.ip), ctx.clock, rateLimits.tokenPerIp);
  return ctx.db.transaction().execute(async (trx) => {
    const link = await loadLink(ctx, trx, organization, 'signin_link', token);
    await consumeToken(ctx, trx, link.row);
    return startPortalSession(ctx, trx, { organization, identity: link.identity, accounts: link.accounts, method: 'signin_link' }, meta);
  });
}

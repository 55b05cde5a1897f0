import type { AppContext, RequestMeta } from '../../context.ts';
import type { Db, OrganizationRow, PortalIdentityRow, PortalTokenRow } from '../../db/database.ts';
import { clearRateLimit, consumeRateLimit, rateLimits } from '../../http/rate-limit.ts';
import { AppError, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { assertAcceptablePassword } from '../../lib/passwords.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { consumeToken, findUsableToken } from '../portal-token/portal-token.service.ts';
import { limitKeys, personName, resolveLanguage } from './portal-auth.ts';
import { findAccount, findIdentityByEmail, insertIdentity, listLiveAccounts, markContactAccepted, updateIdentity, type AccountRow } from './portal-auth.repository.ts';
import { startPortalSession, type PortalSignIn } from './portal-session.service.ts';

interface LoadedInvitation {
  row: PortalTokenRow;
  account: AccountRow;
  identity: PortalIdentityRow | undefined;
}

/** A usable invitation of a contact that still has access, at the address it was sent to. */
async function loadInvitation(ctx: AppContext, db: Db, organization: OrganizationRow, token: string): Promise<LoadedInvitation> {
  const row = await findUsableToken(ctx, db, organization.id, 'invitation', token);
  const account = row.contact_person_id ? await findAccount(db, organization.id, row.contact_person_id) : undefined;
  if (!account || account.email !== row.email || account.portal_enabled !== 1 || account.disabled_at) {
    throw new AppError('TOKEN_INVALID', 'This link is not valid; it may have been replaced by a newer one');
  }
  return { row, account, identity: await findIdentityByEmail(db, organization.id, row.email) };
}

/** What the set-password page shows; looking never uses the link up. */
export async function viewInvitation(ctx: AppContext, organization: OrganizationRow, token: string) {
  const { row, account, identity } = await loadInvitation(ctx, ctx.db, organization, token);
  return {
    email: row.email,
    contact_name: personName(account),
    customer_name: account.customer_name,
    organization_name: organization.name,
    language: resolveLanguage(identity?.language, account.customer_language),
    has_password: Boolean(identity?.password_hash),
  };
}

/**
 * Sets the person's password (or, when the address already has a portal login, confirms it), marks
 * the contact accepted, uses the link and signs in: one transaction.
 */
export async function acceptInvitation(
  ctx: AppContext,
  organization: OrganizationRow,
  token: string,
  password: string,
  meta: RequestMeta,
): Promise<PortalSignIn> {
  await consumeRateLimit(ctx.db, limitKeys.tokenIp(meta.ip), ctx.clock, rateLimits.tokenPerIp);
  const { account, identity } = await loadInvitation(ctx, ctx.db, organization, token);
  let passwordHash: string | undefined;
  if (identity?.password_hash) {
    const accountKey = limitKeys.signInAccount(organization.id, identity.email);
    // Counted before the check, as at sign-in: this is a password guess too.
    await consumeRateLimit(ctx.db, accountKey, ctx.clock, rateLimits.signInPerAccount);
    if (!(await ctx.hasher.verify(identity.password_hash, password))) {
      throw validationError('password', 'wrong_password', 'is not the password of your portal login; enter it, or reset it');
    }
    await clearRateLimit(ctx.db, accountKey);
  } else {
    assertAcceptablePassword(password, 'password', [account.email ?? '', account.first_name, account.last_name]);
    passwordHash = await ctx.hasher.hash(password);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const fresh = await loadInvitation(ctx, trx, organization, token);
    await consumeToken(ctx, trx, fresh.row);
    const now = isoNow(ctx.clock);
    let current = fresh.identity;
    if (!current) {
      current = {
        id: newId(),
        organization_id: organization.id,
        email: fresh.row.email,
        password_hash: passwordHash ?? null,
        language: null,
        totp_secret: null,
        totp_enabled_at: null,
        password_changed_at: now,
        last_sign_in_at: null,
        created_at: now,
        updated_at: now,
      };
      await insertIdentity(trx, current);
    } else if (passwordHash) {
      await updateIdentity(trx, current.id, { password_hash: passwordHash, password_changed_at: now, updated_at: now });
    }
    await markContactAccepted(trx, fresh.account.id, now);
    const accounts = await listLiveAccounts(trx, organization.id, current.email);
    const signIn = await startPortalSession(ctx, trx, { organization, identity: current, accounts, contactPersonId: fresh.account.id, method: 'invitation' }, meta);
    const name = personName(fresh.account) || current.email;
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: 'portal.invitation_accepted',
        module: 'portal',
        action: 'invitation_accepted',
        customerId: fresh.account.customer_id,
        contactPersonId: fresh.account.id,
        actorName: name,
        message: { code: 'portal.invitation_accepted', params: { actor: name, customer: fresh.account.customer_name } },
        link: `/admin/customers/${fresh.account.customer_id}`,
      },
      meta,
    );
    return signIn;
  });
}

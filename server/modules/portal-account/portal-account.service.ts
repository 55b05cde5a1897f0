import { orderingDashboard } from '../portal-order/portal-order.service.ts';
import type { PersonalField } from '../../../contract/messages/message-codes.ts';
import type { AppContext, RequestMeta } from '../../context.ts';
import type { OrganizationRow, PortalIdentityRow } from '../../db/database.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { clearRateLimit, consumeRateLimit, rateLimits } from '../../http/rate-limit.ts';
import { AppError, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { assertAcceptablePassword } from '../../lib/passwords.ts';
import { presentActivityMessage } from '../activity/activity-message.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { addDocumentsToDashboard } from '../portal-document/portal-figures.ts';
import { todayOf } from '../portal-document/portal-document.ts';
import { limitKeys, personName, resolveLanguage } from '../portal-auth/portal-auth.ts';
import { changeIdentity, findAccount, findIdentity, listLiveAccounts, revokeLinksOfIdentity, type AccountRow } from '../portal-auth/portal-identity.service.ts';
import { endSessionsOfIdentity } from '../session/session.service.ts';
import { hasSignedInBefore, listRecentActivity, setSessionAccount, updateContactDetails } from './portal-account.repository.ts';
import type { UpdateMeBody } from './portal-account.schemas.ts';

export async function identityOf(ctx: AppContext, principal: ContactPrincipal): Promise<PortalIdentityRow> {
  const identity = await findIdentity(ctx.db, principal.organizationId, principal.identityId);
  if (!identity) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return identity;
}

async function currentAccount(ctx: AppContext, principal: ContactPrincipal): Promise<AccountRow> {
  const account = principal.contactPersonId ? await findAccount(ctx.db, principal.organizationId, principal.contactPersonId) : undefined;
  if (!account) throw new AppError('FORBIDDEN', 'Choose an account first');
  return account;
}

/** Name and phone belong to the current account's contact; the language to the person. */
export async function updateMe(ctx: AppContext, organization: OrganizationRow, principal: ContactPrincipal, input: UpdateMeBody, meta: RequestMeta): Promise<void> {
  const account = await currentAccount(ctx, principal);
  const contactChanges = {
    ...(input.first_name !== undefined ? { first_name: input.first_name } : {}),
    ...(input.last_name !== undefined ? { last_name: input.last_name } : {}),
    ...(input.phone !== undefined ? { phone: input.phone || null } : {}),
  };
  const changed: PersonalField[] = [
    ...(input.first_name !== undefined ? (['first_name'] as const) : []),
    ...(input.last_name !== undefined ? (['last_name'] as const) : []),
    ...(input.phone !== undefined ? (['phone'] as const) : []),
    ...(input.language !== undefined ? (['language'] as const) : []),
  ];
  if (changed.length === 0) return;
  if (Object.keys(contactChanges).length > 0 && !parsePortalSettings(organization.portal_settings).allow_edit_own_info) {
    throw new AppError('FORBIDDEN', 'This portal does not let you edit your details; ask the business to change them');
  }
  await ctx.db.transaction().execute(async (trx) => {
    const now = isoNow(ctx.clock);
    if (Object.keys(contactChanges).length > 0) {
      await updateContactDetails(trx, account.id, { ...contactChanges, updated_at: now });
    }
    if (input.language !== undefined) await changeIdentity(trx, principal.identityId, { language: input.language, updated_at: now });
    const name = personName({ first_name: input.first_name ?? account.first_name, last_name: input.last_name ?? account.last_name });
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: 'portal.account_updated',
        module: 'portal',
        action: 'account_updated',
        customerId: account.customer_id,
        contactPersonId: account.id,
        actorName: name,
        message: { code: 'portal.details_updated', params: { actor: name, customer: account.customer_name, fields: changed } },
        link: `/admin/customers/${account.customer_id}`,
        details: { fields: changed },
      },
      meta,
    );
  });
}

/** Needs the current password; the person's other sessions end, this one stays. */
export async function changePassword(
  ctx: AppContext,
  organization: OrganizationRow,
  principal: ContactPrincipal,
  input: { current_password: string; new_password: string },
  meta: RequestMeta,
): Promise<void> {
  const identity = await identityOf(ctx, principal);
  const account = await currentAccount(ctx, principal);
  const key = limitKeys.passwordCheck(identity.id);
  await consumeRateLimit(ctx.db, key, ctx.clock, rateLimits.signInPerAccount);
  if (!identity.password_hash || !(await ctx.hasher.verify(identity.password_hash, input.current_password))) {
    throw validationError('current_password', 'wrong_password', 'is not your current password');
  }
  await clearRateLimit(ctx.db, key);
  assertAcceptablePassword(input.new_password, 'new_password', [identity.email, account.first_name, account.last_name]);
  const passwordHash = await ctx.hasher.hash(input.new_password);
  await ctx.db.transaction().execute(async (trx) => {
    const now = isoNow(ctx.clock);
    await changeIdentity(trx, identity.id, { password_hash: passwordHash, password_changed_at: now, updated_at: now });
    await endSessionsOfIdentity(trx, identity.id, principal.sessionId);
    await revokeLinksOfIdentity(trx, identity.id, ['password_reset', 'signin_link'], now);
    const name = personName(account) || identity.email;
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: 'portal.password_changed',
        module: 'portal',
        action: 'password_changed',
        customerId: account.customer_id,
        contactPersonId: account.id,
        actorName: name,
        message: { code: 'portal.password_changed', params: { actor: name, customer: account.customer_name } },
        details: { method: 'change' },
      },
      meta,
    );
  });
}

/** Only to another live account of the same person; anything else is not found. */
export async function switchAccount(ctx: AppContext, principal: ContactPrincipal, contactPersonId: string): Promise<void> {
  const identity = await identityOf(ctx, principal);
  const accounts = await listLiveAccounts(ctx.db, principal.organizationId, identity.email);
  if (!accounts.some((account) => account.id === contactPersonId)) throw notFound('Account');
  await setSessionAccount(ctx.db, principal.sessionId, contactPersonId);
}

const RECENT_ACTIVITY_LIMIT = 10;

export async function getDashboard(ctx: AppContext, organization: OrganizationRow, principal: ContactPrincipal) {
  // A read: the account and person the portal guard has just read are current.
  const account = principal.account;
  if (!account) throw new AppError('FORBIDDEN', 'Choose an account first');
  const identity = principal.identity;
  const settings = parsePortalSettings(organization.portal_settings);
  // The language the portal shows this person (docs/api.md, "Messages").
  const language = resolveLanguage(identity.language, account.customer_language);
  const [earlier, activity] = await Promise.all([
    hasSignedInBefore(ctx.db, organization.id, identity.email, principal.sessionStartedAt),
    listRecentActivity(ctx.db, organization.id, account.customer_id, RECENT_ACTIVITY_LIMIT),
  ]);
  const dashboard = {
    banner_message: settings.banner_message,
    show_banner: settings.banner_message.trim() !== '' && !earlier,
    organization: {
      name: organization.name,
      email: organization.email,
      phone: organization.phone,
      address: organization.address,
      website: organization.website,
      logo_url: organization.logo_url,
    },
    customer: { id: account.customer_id, display_name: account.customer_name },
    contact_name: personName(account),
    recent_activity: activity.map((row) => ({
      id: row.id,
      action: row.action,
      module: row.module,
      actor_name: row.actor_name,
      ...presentActivityMessage({ ...row, customer_name: account.customer_name }, language, 'customer'),
      created_at: row.created_at,
    })),
  };
  // Figures and document events (docs/api-billing.md) come from the portal-document module, the ordering card from portal-order.
  const [withDocuments, orders] = await Promise.all([
    addDocumentsToDashboard(ctx.db, organization, principal, account.customer_id, todayOf(ctx.clock, organization.time_zone), dashboard, RECENT_ACTIVITY_LIMIT, language),
    orderingDashboard(ctx.db, organization, principal),
  ]);
  return { ...withDocuments, orders };
}

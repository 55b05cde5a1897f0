import type { AppContext, RequestMeta } from '../../context.ts';
import type { Db, OrganizationRow } from '../../db/database.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import { renderActionEmail } from '../../email/render.ts';
import { consumeRateLimit, rateLimits } from '../../http/rate-limit.ts';
import { AppError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { assertAcceptablePassword } from '../../lib/passwords.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { portalUrl } from '../organization/organization.service.ts';
import { allPermissions } from '../portal-access/portal-access.ts';
import { consumeToken, findUsableToken, issuePortalToken, portalPageUrl, tokenLifetimes } from '../portal-token/portal-token.service.ts';
import { sendEmailLink } from './email-link.service.ts';
import { limitKeys, personName } from './portal-auth.ts';
import { findIdentityByEmail, insertIdentity, insertSignedUpCustomer, listLiveAccounts, updateIdentity } from './portal-auth.repository.ts';
import { signUpPayload, type SignUpBody, type SignUpPayload } from './portal-auth.schemas.ts';
import { startPortalSession, type PortalSignIn } from './portal-session.service.ts';

/** Sign-up customers start in this currency; staff change it on the customer. */
const SIGNUP_CURRENCY = 'USD';

function assertSignUpAllowed(organization: OrganizationRow): void {
  if (!parsePortalSettings(organization.portal_settings).allow_self_signup) {
    throw new AppError('SIGNUP_NOT_ALLOWED', 'This portal does not take sign-ups; ask the business for an invitation');
  }
}

/**
 * Mails a verification link; nothing is created until it is used. The answer is the same whatever the
 * address: a person who already has access is mailed a sign-in link instead.
 */
export async function requestSignUp(ctx: AppContext, organization: OrganizationRow, input: SignUpBody, meta: RequestMeta): Promise<void> {
  assertSignUpAllowed(organization);
  await consumeRateLimit(ctx.db, limitKeys.emailIp('signup', meta.ip), ctx.clock, rateLimits.tokenPerIp);
  await consumeRateLimit(ctx.db, limitKeys.emailAddress('signup', organization.id, input.email), ctx.clock, rateLimits.emailPerAddress);
  const lastName = input.last_name ?? '';
  assertAcceptablePassword(input.password, 'password', [input.email, input.first_name, lastName, input.company_name]);
  const payload: SignUpPayload = {
    company_name: input.company_name,
    first_name: input.first_name,
    last_name: lastName,
    language: input.language ?? 'en',
    password_hash: await ctx.hasher.hash(input.password),
  };
  await ctx.db.transaction().execute(async (trx) => {
    const identity = await findIdentityByEmail(trx, organization.id, input.email);
    const [account] = await listLiveAccounts(trx, organization.id, input.email);
    if (identity && account) {
      await sendEmailLink(ctx, trx, { organization, kind: 'signin_link', identity, account });
      return;
    }
    const { token, row } = await issuePortalToken(ctx, trx, {
      kind: 'signup_verification',
      organizationId: organization.id,
      email: input.email,
      payload,
      ttlSeconds: tokenLifetimes.signup_verification,
    });
    const settings = parsePortalSettings(organization.portal_settings);
    const mail = renderActionEmail({
      kind: 'signup_verification',
      language: payload.language,
      organizationName: settings.portal_name || organization.name,
      brandColor: organization.brand_color,
      recipientName: personName(payload),
      actionUrl: portalPageUrl(ctx, organization, 'signup', token, payload.language),
      portalUrl: portalUrl(ctx, organization),
      expiresAt: new Date(row.expires_at),
      timeZone: organization.time_zone,
    });
    await enqueueEmail(ctx, trx, { ...mail, to: input.email, kind: 'signup_verification', organizationId: organization.id });
  });
}

async function loadSignUp(ctx: AppContext, db: Db, organization: OrganizationRow, token: string) {
  const row = await findUsableToken(ctx, db, organization.id, 'signup_verification', token);
  const parsed = signUpPayload.safeParse(row.payload ? JSON.parse(row.payload) : undefined);
  if (!parsed.success) throw new AppError('TOKEN_INVALID', 'This link is not valid; sign up again');
  return { row, payload: parsed.data };
}

export async function viewSignUp(ctx: AppContext, organization: OrganizationRow, token: string) {
  assertSignUpAllowed(organization);
  const { row, payload } = await loadSignUp(ctx, ctx.db, organization, token);
  return { email: row.email, company_name: payload.company_name, language: payload.language };
}

/** The address is verified: the customer, its primary contact with portal access and the login are created, staff notified. */
export async function completeSignUp(ctx: AppContext, organization: OrganizationRow, token: string, meta: RequestMeta): Promise<PortalSignIn> {
  assertSignUpAllowed(organization);
  await consumeRateLimit(ctx.db, limitKeys.tokenIp(meta.ip), ctx.clock, rateLimits.tokenPerIp);
  return ctx.db.transaction().execute(async (trx) => {
    const { row, payload } = await loadSignUp(ctx, trx, organization, token);
    await consumeToken(ctx, trx, row);
    const now = isoNow(ctx.clock);
    const customerId = newId();
    const contactId = newId();
    const hadAccess = (await listLiveAccounts(trx, organization.id, row.email)).length > 0;
    await insertSignedUpCustomer(
      trx,
      {
        id: customerId,
        organization_id: organization.id,
        display_name: payload.company_name,
        company_name: payload.company_name,
        email: row.email,
        phone: null,
        currency: SIGNUP_CURRENCY,
        portal_language: payload.language,
        billing_address: null,
        shipping_address: null,
        notes: null,
        allow_bank_payments: 0,
        created_at: now,
        updated_at: now,
      },
      {
        id: contactId,
        organization_id: organization.id,
        customer_id: customerId,
        first_name: payload.first_name,
        last_name: payload.last_name,
        email: row.email,
        phone: null,
        is_primary: 1,
        portal_enabled: 1,
        permissions: JSON.stringify(allPermissions),
        invited_at: null,
        accepted_at: now,
        disabled_at: null,
        created_at: now,
        updated_at: now,
      },
    );
    let identity = await findIdentityByEmail(trx, organization.id, row.email);
    if (!identity) {
      identity = {
        id: newId(),
        organization_id: organization.id,
        email: row.email,
        password_hash: payload.password_hash,
        language: payload.language,
        totp_secret: null,
        totp_enabled_at: null,
        password_changed_at: now,
        last_sign_in_at: null,
        created_at: now,
        updated_at: now,
      };
      await insertIdentity(trx, identity);
    } else if (!hadAccess) {
      // A former login without access: the verified address takes the password just chosen.
      await updateIdentity(trx, identity.id, { password_hash: payload.password_hash, password_changed_at: now, updated_at: now });
    }
    const accounts = await listLiveAccounts(trx, organization.id, row.email);
    const signIn = await startPortalSession(ctx, trx, { organization, identity, accounts, contactPersonId: contactId, method: 'signup' }, meta);
    const name = personName(payload);
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: 'portal.signup',
        module: 'portal',
        action: 'signup',
        customerId,
        contactPersonId: contactId,
        actorName: name,
        message: { code: 'portal.signed_up', params: { actor: name, company: payload.company_name } },
        link: `/admin/customers/${customerId}`,
      },
      meta,
    );
    return signIn;
  });
}

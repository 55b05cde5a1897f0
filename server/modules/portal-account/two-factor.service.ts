import type { AppContext } from '../../context.ts';
import type { OrganizationRow, PortalIdentityRow } from '../../db/database.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { clearRateLimit, consumeRateLimit, rateLimits } from '../../http/rate-limit.ts';
import { AppError, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { limitKeys } from '../portal-auth/portal-auth.ts';
import { changeIdentity, deleteRecoveryCodesOf } from '../portal-auth/portal-identity.service.ts';
import { checkSecondFactor, checkTotpCode, issueRecoveryCodes, newTotpEnrolment } from '../portal-auth/two-factor.ts';
import { identityOf } from './portal-account.service.ts';

const wrongCode = () => validationError('code', 'wrong_code', 'is not right or was already used; enter the current code from your app');

/** Checks a code with the per-person limit: counted before the check, a right one clears the count. */
async function withCodeLimit(ctx: AppContext, identity: PortalIdentityRow, check: () => Promise<boolean>): Promise<void> {
  const key = limitKeys.twoFactorIdentity(identity.id);
  await consumeRateLimit(ctx.db, key, ctx.clock, rateLimits.signInPerAccount);
  if (!(await check())) throw wrongCode();
  await clearRateLimit(ctx.db, key);
}

/** A new secret, kept encrypted and inactive until a code from it is confirmed. */
export async function startTwoFactorSetup(ctx: AppContext, organization: OrganizationRow, principal: ContactPrincipal) {
  const identity = await identityOf(ctx, principal);
  if (identity.totp_enabled_at) throw new AppError('CONFLICT', 'Two-factor authentication is already on; turn it off first to set up a new app');
  const settings = parsePortalSettings(organization.portal_settings);
  const enrolment = await newTotpEnrolment(ctx, identity.email, settings.portal_name || organization.name);
  await changeIdentity(ctx.db, identity.id, { totp_secret: enrolment.sealedSecret, updated_at: isoNow(ctx.clock) });
  return { secret: enrolment.secret, otpauth_url: enrolment.otpauthUrl, qr_code_data_url: enrolment.qrCodeDataUrl };
}

/** Turns two-factor on; the recovery codes are shown this once and stored hashed. */
export async function confirmTwoFactor(ctx: AppContext, principal: ContactPrincipal, code: string): Promise<string[]> {
  const identity = await identityOf(ctx, principal);
  if (identity.totp_enabled_at) throw new AppError('CONFLICT', 'Two-factor authentication is already on');
  const secret = identity.totp_secret;
  if (!secret) throw new AppError('CONFLICT', 'Start the set-up first');
  await withCodeLimit(ctx, identity, () => checkTotpCode(ctx, ctx.db, identity.id, secret, code));
  return ctx.db.transaction().execute(async (trx) => {
    const now = isoNow(ctx.clock);
    await changeIdentity(trx, identity.id, { totp_enabled_at: now, updated_at: now });
    return issueRecoveryCodes(ctx, trx, identity.id);
  });
}

export async function regenerateRecoveryCodes(ctx: AppContext, principal: ContactPrincipal, code: string): Promise<string[]> {
  const identity = await identityOf(ctx, principal);
  if (!identity.totp_enabled_at) throw new AppError('CONFLICT', 'Two-factor authentication is off');
  await withCodeLimit(ctx, identity, async () => (await checkSecondFactor(ctx, ctx.db, identity, code, { allowRecoveryCode: true })) !== undefined);
  return ctx.db.transaction().execute((trx) => issueRecoveryCodes(ctx, trx, identity.id));
}

/** Needs a current code (or a recovery code); refused where the portal requires two-factor. */
export async function disableTwoFactor(ctx: AppContext, organization: OrganizationRow, principal: ContactPrincipal, code: string): Promise<void> {
  const identity = await identityOf(ctx, principal);
  if (!identity.totp_enabled_at) throw new AppError('CONFLICT', 'Two-factor authentication is already off');
  if (parsePortalSettings(organization.portal_settings).require_two_factor) {
    throw new AppError('CONFLICT', 'This portal requires two-factor authentication; it cannot be turned off');
  }
  await withCodeLimit(ctx, identity, async () => (await checkSecondFactor(ctx, ctx.db, identity, code, { allowRecoveryCode: true })) !== undefined);
  await ctx.db.transaction().execute(async (trx) => {
    await changeIdentity(trx, identity.id, { totp_secret: null, totp_enabled_at: null, updated_at: isoNow(ctx.clock) });
    await deleteRecoveryCodesOf(trx, identity.id);
  });
}

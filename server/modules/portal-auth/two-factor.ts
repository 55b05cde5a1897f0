import { authenticator } from 'otplib';
import QRCode from 'qrcode';
import type { AppContext } from '../../context.ts';
import type { Db, PortalIdentityRow } from '../../db/database.ts';
import { countAttempt } from '../../http/rate-limit.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { decryptSecret, encryptSecret, hmac } from '../../lib/tokens.ts';
import { generateRecoveryCodes, isTotpCode, normalizeRecoveryCode } from './portal-auth.ts';
import { replaceRecoveryCodes, useRecoveryCode } from './portal-auth.repository.ts';

const TOTP_STEP_SECONDS = 30;
/** One step either side: phones whose clocks drift by up to half a minute still sign in. */
const TOTP_WINDOW = 1;
/** Long enough to cover every step a code is accepted in. */
const usedStepRule = { limit: 1, windowSeconds: TOTP_STEP_SECONDS * (2 * TOTP_WINDOW + 2) };

function authenticatorAt(ctx: AppContext) {
  return authenticator.clone({ epoch: ctx.clock.now().getTime(), window: TOTP_WINDOW, step: TOTP_STEP_SECONDS });
}

export interface TotpEnrolment {
  secret: string;
  sealedSecret: string;
  otpauthUrl: string;
  qrCodeDataUrl: string;
}

export async function newTotpEnrolment(ctx: AppContext, accountName: string, issuer: string): Promise<TotpEnrolment> {
  const secret = authenticator.generateSecret(20);
  const otpauthUrl = authenticator.keyuri(accountName, issuer, secret);
  return {
    secret,
    sealedSecret: encryptSecret(ctx.secret, secret),
    otpauthUrl,
    qrCodeDataUrl: await QRCode.toDataURL(otpauthUrl, { errorCorrectionLevel: 'M', margin: 2, width: 240 }),
  };
}

/**
 * True for a current code of the sealed secret that was not used before: each time step's code
 * works once (ASVS 6.5.1), remembered in the shared rate-limit table so every instance agrees.
 */
export async function checkTotpCode(ctx: AppContext, db: Db, identityId: string, sealedSecret: string, code: string): Promise<boolean> {
  const cleaned = code.replace(/\s/g, '');
  if (!isTotpCode(cleaned)) return false;
  const totp = authenticatorAt(ctx);
  const delta = totp.checkDelta(cleaned, decryptSecret(ctx.secret, sealedSecret));
  if (delta === null) return false;
  const step = Math.floor(ctx.clock.now().getTime() / 1000 / TOTP_STEP_SECONDS) + delta;
  // One atomic count per step: of two requests racing with the same code, only the first one counts as 1.
  const { hits } = await countAttempt(db, `totp-step:${identityId}:${step}`, ctx.clock, usedStepRule);
  return hits <= usedStepRule.limit;
}

export function hashRecoveryCode(ctx: AppContext, code: string): string {
  return hmac(ctx.secret, `recovery:${normalizeRecoveryCode(code)}`);
}

/** A new set of recovery codes replaces the old one; the plain codes are returned once, to show. */
export async function issueRecoveryCodes(ctx: AppContext, db: Db, identityId: string): Promise<string[]> {
  const codes = generateRecoveryCodes();
  const now = isoNow(ctx.clock);
  await replaceRecoveryCodes(
    db,
    identityId,
    codes.map((code) => ({ id: newId(), code_hash: hashRecoveryCode(ctx, code), created_at: now })),
  );
  return codes;
}

/** A TOTP code of the enrolled secret, or (where allowed) an unused recovery code, which is used up. */
export async function checkSecondFactor(
  ctx: AppContext,
  db: Db,
  identity: PortalIdentityRow,
  code: string,
  options: { allowRecoveryCode: boolean },
): Promise<'totp' | 'recovery_code' | undefined> {
  if (!identity.totp_secret || !identity.totp_enabled_at) return undefined;
  if (isTotpCode(code)) return (await checkTotpCode(ctx, db, identity.id, identity.totp_secret, code)) ? 'totp' : undefined;
  if (!options.allowRecoveryCode || normalizeRecoveryCode(code).length !== 10) return undefined;
  return (await useRecoveryCode(db, identity.id, hashRecoveryCode(ctx, code), isoNow(ctx.clock))) ? 'recovery_code' : undefined;
}

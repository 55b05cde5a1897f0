import { hmac, safeEqual } from '../../lib/tokens.ts';

/** Pure rules of the hosted payment page. */

/** How long a loaded page may still be sent (a form token's life). */
export const FORM_TOKEN_TTL_SECONDS = 24 * 60 * 60;

/** Sign-ups (sent forms, replays included) per client address and window. */
export const hostedSignUpPerIp = { limit: 10, windowSeconds: 15 * 60 };

function formTokenPayload(organizationId: string, planId: string, issuedAt: number): string {
  return `hosted-page:${organizationId}:${planId}:${issuedAt}`;
}

/**
 * The page's form token: when it was issued, signed with the instance secret for this organization and
 * plan. A page on another site can neither read it (no CORS) nor send it (a custom header needs a
 * preflight that is refused), so with the origin check a sign-up comes from the page itself.
 */
export function formTokenFor(secret: string, organizationId: string, planId: string, issuedAtMs: number): string {
  const issuedAt = Math.floor(issuedAtMs / 1000);
  return `${issuedAt.toString(36)}.${hmac(secret, formTokenPayload(organizationId, planId, issuedAt))}`;
}

export function formTokenValid(secret: string, organizationId: string, planId: string, token: string | undefined, nowMs: number): boolean {
  if (!token) return false;
  const [stamp, signature] = token.split('.');
  if (!stamp || !signature || !/^[0-9a-z]{1,12}$/.test(stamp)) return false;
  const issuedAt = parseInt(stamp, 36);
  const age = nowMs / 1000 - issuedAt;
  if (!Number.isFinite(issuedAt) || age < -300 || age > FORM_TOKEN_TTL_SECONDS) return false;
  return safeEqual(signature, hmac(secret, formTokenPayload(organizationId, planId, issuedAt)));
}

/** What makes two submits the same sign-up: everything but the card token (a retry after a refusal brings a new one). */
export function signUpFingerprintBody<T extends { payment_method: unknown }>(body: T): Omit<T, 'payment_method'> {
  const { payment_method: _token, ...rest } = body;
  return rest;
}

import { randomInt } from 'node:crypto';
import { supportedLanguages, type Language } from '../../../contract/portal.ts';

export const meStates = ['signed_in', 'two_factor_required', 'two_factor_setup_required', 'choose_account'] as const;
export type MeState = (typeof meStates)[number];

export interface SessionStateInput {
  pendingTwoFactor: boolean;
  twoFactorSetupRequired: boolean;
  contactPersonId: string | null;
}

/** The one step a session has to take next; only `signed_in` reaches the portal's data. */
export function sessionState(input: SessionStateInput): MeState {
  if (input.pendingTwoFactor) return 'two_factor_required';
  if (input.twoFactorSetupRequired) return 'two_factor_setup_required';
  if (!input.contactPersonId) return 'choose_account';
  return 'signed_in';
}

export function isLanguage(value: string | null | undefined): value is Language {
  return typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);
}

/** The person's own choice, else the customer's portal language, else English. */
export function resolveLanguage(own: string | null | undefined, customer: string | null | undefined): Language {
  if (isLanguage(own)) return own;
  if (isLanguage(customer)) return customer;
  return 'en';
}

export function personName(person: { first_name: string; last_name: string }): string {
  return `${person.first_name} ${person.last_name}`.trim();
}

/** No 0/o, 1/l/i: codes are read from paper and typed by hand. */
const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

/** Ten codes like `k7m2p-x9qra` (about 49 random bits each). */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Lenient about case, spaces and the dash, as people type them. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, '');
}

export function isTotpCode(input: string): boolean {
  return /^\d{6}$/.test(input.replace(/\s/g, ''));
}

/** Rate-limit keys: per portal and address, so one organization's traffic never locks out another's. */
export const limitKeys = {
  signInAccount: (organizationId: string, email: string) => `portal-signin:${organizationId}:${email}`,
  signInIp: (ip: string | null) => `portal-signin-ip:${ip ?? 'unknown'}`,
  emailAddress: (purpose: string, organizationId: string, email: string) => `portal-${purpose}:${organizationId}:${email}`,
  emailIp: (purpose: string, ip: string | null) => `portal-${purpose}-ip:${ip ?? 'unknown'}`,
  tokenIp: (ip: string | null) => `portal-token-ip:${ip ?? 'unknown'}`,
  twoFactorIdentity: (identityId: string) => `portal-2fa:${identityId}`,
  twoFactorIp: (ip: string | null) => `portal-2fa-ip:${ip ?? 'unknown'}`,
  passwordCheck: (identityId: string) => `portal-password:${identityId}`,
};

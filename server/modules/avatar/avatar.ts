import { createHash, createHmac } from 'node:crypto';
import type { AvatarCacheTable } from '../../db/database.ts';

/** How long a cached answer from Gravatar is used before asking again. */
export const AVATAR_REFRESH_SECONDS = 24 * 60 * 60;
/** After Gravatar did not answer, how long until it is asked again. */
export const AVATAR_RETRY_SECONDS = 5 * 60;
/** What the browser may keep: a picture for a day, "none" for an hour (the portal then shows initials). */
export const AVATAR_BROWSER_SECONDS = { found: 24 * 60 * 60, none: 60 * 60 } as const;

export function normalizeAvatarEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The key that names an address's picture in Portico's URLs and cache: an HMAC under the instance secret.
 * Unlike Gravatar's MD5 (computable by anyone from an email), it can't be worked out from a guessed
 * address, so the URL says nothing about whose picture it is and can't be used to probe addresses.
 */
export function avatarKey(secret: string, email: string): string {
  return createHmac('sha256', secret).update(`avatar:${normalizeAvatarEmail(email)}`).digest('hex').slice(0, 32);
}

export const avatarKeyPattern = /^[0-9a-f]{32}$/;

/** Gravatar's name for an address's picture. */
export function gravatarDigest(email: string): string {
  return createHash('md5').update(normalizeAvatarEmail(email)).digest('hex');
}

/** Whether a cached answer is still used as it is, at `now`. */
export function isAvatarFresh(row: Pick<AvatarCacheTable, 'status' | 'fetched_at'>, now: Date): boolean {
  const lifetime = row.status === 'failed' ? AVATAR_RETRY_SECONDS : AVATAR_REFRESH_SECONDS;
  return now.getTime() - new Date(row.fetched_at).getTime() < lifetime * 1000;
}

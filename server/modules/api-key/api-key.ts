import type { ApiKeyRow } from '../../db/database.ts';

/** The longest life a key can be given when created. */
export const API_KEY_MAX_LIFE_DAYS = 730;
/** Rotation keeps the old key working for this many hours at most (a week), 24 unless told. */
export const ROTATION_MAX_OVERLAP_HOURS = 168;
export const ROTATION_DEFAULT_OVERLAP_HOURS = 24;
/** A key that ends within this many days is shown as expiring. */
export const API_KEY_EXPIRING_DAYS = 7;

export const apiKeyStatuses = ['active', 'expiring', 'expired', 'revoked'] as const;
export type ApiKeyStatus = (typeof apiKeyStatuses)[number];

/** Where a key stands at `now`: revoked wins over expired, and a key in its last week (or its overlap) is expiring. */
export function apiKeyStatus(key: Pick<ApiKeyRow, 'revoked_at' | 'expires_at'>, now: Date): ApiKeyStatus {
  if (key.revoked_at) return 'revoked';
  if (!key.expires_at) return 'active';
  const left = new Date(key.expires_at).getTime() - now.getTime();
  if (left <= 0) return 'expired';
  return left <= API_KEY_EXPIRING_DAYS * 86_400_000 ? 'expiring' : 'active';
}

/** When a rotated key stops working: after the overlap, but never later than it would have anyway. */
export function rotatedKeyEnd(key: Pick<ApiKeyRow, 'expires_at'>, now: Date, overlapHours: number): string {
  const overlapEnd = new Date(now.getTime() + overlapHours * 3_600_000).toISOString();
  return key.expires_at && key.expires_at < overlapEnd ? key.expires_at : overlapEnd;
}

import type { ApiKeyScope } from '../../http/auth.ts';
import type { AppContext } from '../../context.ts';
import type { ApiKeyRow } from '../../db/database.ts';
import type { Page } from '../../db/keyset.ts';
import { AppError, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { API_KEY_MAX_LIFE_DAYS, rotatedKeyEnd } from './api-key.ts';
import { findUsableApiKey, insertApiKey, listApiKeyPage, markApiKeyRotated, revokeApiKeyRow } from './api-key.repository.ts';

export async function listApiKeys(ctx: AppContext, organizationId: string, options: { limit: number; cursor?: string | undefined }): Promise<Page<ApiKeyRow>> {
  return listApiKeyPage(ctx.db, organizationId, options);
}

function newKeyRow(ctx: AppContext, organizationId: string, createdBy: string | null, fields: Pick<ApiKeyRow, 'name' | 'scopes' | 'expires_at'>): { row: ApiKeyRow; key: string } {
  const key = `pk_${newToken()}`;
  const row: ApiKeyRow = {
    id: newId(),
    organization_id: organizationId,
    name: fields.name,
    prefix: key.slice(0, 10),
    key_hash: hashToken(key),
    scopes: fields.scopes,
    created_by: createdBy,
    created_at: isoNow(ctx.clock),
    last_used_at: null,
    last_used_ip: null,
    expires_at: fields.expires_at,
    rotated_to_id: null,
    revoked_at: null,
  };
  return { row, key };
}

/** An expiry must lie in the future and at most two years ahead; stored as a UTC ISO timestamp. */
function checkedExpiry(ctx: AppContext, expiresAt: string | null | undefined): string | null {
  if (expiresAt === null || expiresAt === undefined) return null;
  const at = new Date(expiresAt).getTime();
  const now = ctx.clock.now().getTime();
  if (at <= now) throw validationError('expires_at', 'invalid', 'The expiry must be in the future');
  if (at > now + API_KEY_MAX_LIFE_DAYS * 86_400_000) {
    throw validationError('expires_at', 'too_big', `A key can live at most ${API_KEY_MAX_LIFE_DAYS} days`, { maximum_days: API_KEY_MAX_LIFE_DAYS });
  }
  return new Date(at).toISOString();
}

/** Creates a key and answers it once: Portico keeps only its SHA-256 and a prefix to recognise it by. */
export async function createApiKey(
  ctx: AppContext,
  staff: { organizationId: string; staffUserId: string | null },
  input: { name: string; scopes: ApiKeyScope[]; expires_at?: string | null | undefined },
): Promise<{ row: ApiKeyRow; key: string }> {
  const created = newKeyRow(ctx, staff.organizationId, staff.staffUserId, {
    name: input.name,
    scopes: JSON.stringify([...new Set(input.scopes)]),
    expires_at: checkedExpiry(ctx, input.expires_at),
  });
  await insertApiKey(ctx.db, created.row);
  return created;
}

/**
 * Replaces a key by a new one with the same name, scopes and expiry, answered once. The old key keeps
 * working for `overlapHours` (so an integration can switch without downtime) and then stops. A key is
 * rotated once: a second rotation of it, even one running at the same moment, is a conflict and creates nothing.
 */
export async function rotateApiKey(
  ctx: AppContext,
  staff: { organizationId: string; staffUserId: string | null },
  id: string,
  overlapHours: number,
): Promise<{ row: ApiKeyRow; key: string; replaces: { id: string; expires_at: string } }> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const old = await findUsableApiKey(trx, staff.organizationId, id, now.toISOString());
    if (!old) throw notFound('API key');
    if (old.rotated_to_id) throw new AppError('CONFLICT', 'This API key was already rotated; rotate its successor instead');
    const created = newKeyRow(ctx, staff.organizationId, staff.staffUserId, { name: old.name, scopes: old.scopes, expires_at: old.expires_at });
    await insertApiKey(trx, created.row);
    const endsAt = rotatedKeyEnd(old, now, overlapHours);
    if (!(await markApiKeyRotated(trx, old.id, { successorId: created.row.id, expiresAt: endsAt }))) {
      // Rotated (or revoked) by another request since it was read: this transaction's successor is rolled back.
      throw new AppError('CONFLICT', 'This API key was already rotated; rotate its successor instead');
    }
    return { ...created, replaces: { id: old.id, expires_at: endsAt } };
  });
}

export async function revokeApiKey(ctx: AppContext, organizationId: string, id: string): Promise<void> {
  if (!(await revokeApiKeyRow(ctx.db, organizationId, id, isoNow(ctx.clock)))) throw notFound('API key');
}

import type { ApiKeyRow, Db } from '../../db/database.ts';
import { defineKeyset, selectPage, type Page } from '../../db/keyset.ts';

const apiKeyList = defineKeyset<ApiKeyRow>()({
  list: 'api-keys',
  id: { column: 'id', of: (key) => key.id },
  keys: { created_at: { column: 'created_at', type: 'string', of: (key) => key.created_at } },
});

/** One page of the organization's API keys (revoked and expired ones included), newest first. */
export async function listApiKeyPage(db: Db, organizationId: string, options: { limit: number; cursor?: string | undefined }): Promise<Page<ApiKeyRow>> {
  const query = db.selectFrom('api_keys').selectAll().where('organization_id', '=', organizationId);
  return selectPage(query, apiKeyList, { sort: '-created_at', limit: options.limit, cursor: options.cursor });
}

export async function insertApiKey(db: Db, row: ApiKeyRow): Promise<void> {
  await db.insertInto('api_keys').values(row).execute();
}

/** A key of the organization still usable at `now`: not revoked, not expired. */
export async function findUsableApiKey(db: Db, organizationId: string, id: string, now: string): Promise<ApiKeyRow | undefined> {
  return db
    .selectFrom('api_keys')
    .selectAll()
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst();
}

/**
 * Marks a key as rotated to `successorId` and ends it at `expiresAt`, only if it has not been rotated
 * (nor revoked) meanwhile: of two rotations at once, one updates the row and the other finds nothing to update.
 */
export async function markApiKeyRotated(db: Db, id: string, change: { successorId: string; expiresAt: string }): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ rotated_to_id: change.successorId, expires_at: change.expiresAt })
    .where('id', '=', id)
    .where('rotated_to_id', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Revokes a live key of the organization; false when there is none (unknown, another organization's, or revoked). */
export async function revokeApiKeyRow(db: Db, organizationId: string, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

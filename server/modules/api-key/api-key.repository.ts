import type { ApiKeyRow, Db } from '../../db/database.ts';
import { defineKeyset, selectPage, type Page } from '../../db/keyset.ts';

const apiKeyList = defineKeyset<ApiKeyRow>()({
  list: 'api-keys',
  id: { column: 'id', of: (key) => key.id },
  keys: { created_at: { column: 'created_at', type: 'string', of: (key) => key.created_at } },
});

/** One page of the organization's API keys (revoked ones included), newest first. */
export async function listApiKeyPage(db: Db, organizationId: string, options: { limit: number; cursor?: string | undefined }): Promise<Page<ApiKeyRow>> {
  const query = db.selectFrom('api_keys').selectAll().where('organization_id', '=', organizationId);
  return selectPage(query, apiKeyList, { sort: '-created_at', limit: options.limit, cursor: options.cursor });
}

export async function insertApiKey(db: Db, row: ApiKeyRow): Promise<void> {
  await db.insertInto('api_keys').values(row).execute();
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

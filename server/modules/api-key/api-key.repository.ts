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

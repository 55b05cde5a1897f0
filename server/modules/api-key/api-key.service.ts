import type { ApiKeyScope } from '../../http/auth.ts';
import type { AppContext } from '../../context.ts';
import type { ApiKeyRow } from '../../db/database.ts';
import type { Page } from '../../db/keyset.ts';
import { notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { insertApiKey, listApiKeyPage, revokeApiKeyRow } from './api-key.repository.ts';

export async function listApiKeys(ctx: AppContext, organizationId: string, options: { limit: number; cursor?: string | undefined }): Promise<Page<ApiKeyRow>> {
  return listApiKeyPage(ctx.db, organizationId, options);
}

/** Creates a key and answers it once: Portico keeps only its SHA-256 and a prefix to recognise it by. */
export async function createApiKey(
  ctx: AppContext,
  staff: { organizationId: string; staffUserId: string | null },
  input: { name: string; scopes: ApiKeyScope[] },
): Promise<{ row: ApiKeyRow; key: string }> {
  const key = `pk_${newToken()}`;
  const row: ApiKeyRow = {
    id: newId(),
    organization_id: staff.organizationId,
    name: input.name,
    prefix: key.slice(0, 10),
    key_hash: hashToken(key),
    scopes: JSON.stringify([...new Set(input.scopes)]),
    created_by: staff.staffUserId,
    created_at: isoNow(ctx.clock),
    last_used_at: null,
    revoked_at: null,
  };
  await insertApiKey(ctx.db, row);
  return { row, key };
}

export async function revokeApiKey(ctx: AppContext, organizationId: string, id: string): Promise<void> {
  if (!(await revokeApiKeyRow(ctx.db, organizationId, id, isoNow(ctx.clock)))) throw notFound('API key');
}

import type { AppContext } from '../../context.ts';
import type { ApiKeyRow } from '../../db/database.ts';
import { touchApiKey } from './api-key-auth.repository.ts';

/** How often a key's last use is written: a minute's precision is enough to see which keys are in use. */
export const API_KEY_TOUCH_SECONDS = 60;

/**
 * Notes when and from where a key was last used, at most once a minute per key: writing on every request
 * would serialise an integration's reads on SQLite (the same idea as a session's touch).
 */
export async function noteApiKeyUse(ctx: AppContext, key: Pick<ApiKeyRow, 'id' | 'last_used_at'>, ip: string | null): Promise<void> {
  const now = ctx.clock.now().getTime();
  if (key.last_used_at && now - new Date(key.last_used_at).getTime() < API_KEY_TOUCH_SECONDS * 1000) return;
  await touchApiKey(ctx.db, key.id, { at: new Date(now).toISOString(), ip, notBefore: new Date(now - API_KEY_TOUCH_SECONDS * 1000).toISOString() });
}

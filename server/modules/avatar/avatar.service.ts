import type { AppContext } from '../../context.ts';
import { isoNow } from '../../lib/clock.ts';
import { avatarKey, gravatarDigest, isAvatarFresh } from './avatar.ts';
import { findCachedAvatar, upsertCachedAvatar } from './avatar.repository.ts';

export type AvatarPicture = { found: true; contentType: string; bytes: Buffer } | { found: false };

/**
 * An address's Gravatar picture, from the cache while it is fresh (a day), else asked of Gravatar and
 * cached, "none" included. When Gravatar doesn't answer, a picture cached before is served as it is
 * (and Gravatar asked again on the next request); with none, "none" is cached for a few minutes.
 */
export async function getAvatar(ctx: AppContext, email: string): Promise<AvatarPicture> {
  const hash = avatarKey(ctx.secret, email);
  const cached = await findCachedAvatar(ctx.db, hash);
  const now = ctx.clock.now();
  if (cached && isAvatarFresh(cached, now)) return pictureOf(cached);
  const upstream = await ctx.avatarFetcher(gravatarDigest(email));
  if (upstream.kind === 'failed') {
    ctx.logger.warn({ reason: upstream.reason }, 'Gravatar did not answer');
    if (cached?.status === 'found') return pictureOf(cached);
    await upsertCachedAvatar(ctx.db, { hash, status: 'failed', content_type: null, bytes: null, fetched_at: isoNow(ctx.clock) });
    return { found: false };
  }
  const row =
    upstream.kind === 'image'
      ? { hash, status: 'found' as const, content_type: upstream.contentType, bytes: upstream.bytes, fetched_at: isoNow(ctx.clock) }
      : { hash, status: 'missing' as const, content_type: null, bytes: null, fetched_at: isoNow(ctx.clock) };
  await upsertCachedAvatar(ctx.db, row);
  return pictureOf(row);
}

function pictureOf(row: { status: string; content_type: string | null; bytes: Buffer | null }): AvatarPicture {
  return row.status === 'found' && row.content_type && row.bytes ? { found: true, contentType: row.content_type, bytes: Buffer.from(row.bytes) } : { found: false };
}

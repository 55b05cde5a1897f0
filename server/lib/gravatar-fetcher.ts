/**
 * Asks Gravatar for the picture of an address (by its MD5, as Gravatar names pictures). Only the server
 * calls this: the browser is served the picture by Portico (server/modules/avatar), so no third party
 * learns who is looking at the portal.
 */

/** What Gravatar answered, already checked: only PNG or JPEG pictures within the size limit count as a picture. */
export type UpstreamAvatar =
  | { kind: 'image'; contentType: 'image/png' | 'image/jpeg'; bytes: Buffer }
  /** Gravatar has no picture (`d=404`), or sent one Portico won't serve (another type, too big). */
  | { kind: 'missing'; reason: 'not_found' | 'content_type' | 'too_big' }
  /** No usable answer (timeout, network error, an error status): worth asking again soon. */
  | { kind: 'failed'; reason: string };

/** Asks for the picture of one MD5 digest; never throws. */
export type AvatarFetcher = (digest: string) => Promise<UpstreamAvatar>;

export interface GravatarFetcherOptions {
  /** Where the pictures are: `https://www.gravatar.com/avatar` (a local stand-in in tests). */
  baseUrl: string;
  timeoutMs: number;
  maxBytes: number;
  /** Pixels per side asked for. */
  size: number;
}

export const gravatarDefaults: GravatarFetcherOptions = {
  baseUrl: 'https://www.gravatar.com/avatar',
  timeoutMs: 2000,
  maxBytes: 200 * 1024,
  size: 128,
};

const acceptedTypes = ['image/png', 'image/jpeg'] as const;

export function acceptedImageType(header: string | null): (typeof acceptedTypes)[number] | undefined {
  const type = header?.split(';')[0]?.trim().toLowerCase();
  return acceptedTypes.find((accepted) => accepted === type);
}

/** Reads at most `maxBytes` (+1 to tell "too big"); the rest is never downloaded. */
async function readLimited(response: Response, maxBytes: number): Promise<Buffer | undefined> {
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export function createGravatarFetcher(overrides: Partial<GravatarFetcherOptions> = {}): AvatarFetcher {
  const options = { ...gravatarDefaults, ...overrides };
  return async (digest) => {
    // `d=404`: no picture is a 404 rather than a generated one, so the portal shows the person's initials.
    const url = `${options.baseUrl}/${encodeURIComponent(digest)}?d=404&s=${options.size}`;
    try {
      // One deadline for the whole exchange, body included.
      const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs), redirect: 'error', headers: { accept: 'image/png, image/jpeg' } });
      if (response.status === 404) {
        await response.body?.cancel();
        return { kind: 'missing', reason: 'not_found' };
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { kind: 'failed', reason: `status ${response.status}` };
      }
      const contentType = acceptedImageType(response.headers.get('content-type'));
      if (!contentType) {
        await response.body?.cancel();
        return { kind: 'missing', reason: 'content_type' };
      }
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > options.maxBytes) {
        await response.body?.cancel();
        return { kind: 'missing', reason: 'too_big' };
      }
      const bytes = await readLimited(response, options.maxBytes);
      if (!bytes) return { kind: 'missing', reason: 'too_big' };
      return { kind: 'image', contentType, bytes };
    } catch (error) {
      return { kind: 'failed', reason: error instanceof Error ? error.name : 'error' };
    }
  };
}

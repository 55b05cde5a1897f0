/** Logos for letterheads: a `data:` URL or an https URL, as PNG or JPEG bytes, cached for a while. */

const MAX_BYTES = 1024 * 1024;
const TIMEOUT_MS = 3000;
const CACHE_MS = 10 * 60 * 1000;
const CACHE_LIMIT = 200;

const cache = new Map<string, { logo: Buffer | null; until: number }>();

function isImage(bytes: Buffer): boolean {
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  return png || jpeg;
}

function fromDataUrl(url: string): Buffer | null {
  const match = /^data:image\/(?:png|jpeg);base64,([A-Za-z0-9+/=]+)$/.exec(url);
  if (!match?.[1]) return null;
  const bytes = Buffer.from(match[1], 'base64');
  return bytes.length <= MAX_BYTES && isImage(bytes) ? bytes : null;
}

async function fetchLogo(url: string, fetcher: typeof fetch): Promise<Buffer | null> {
  const response = await fetcher(url, { redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!response.ok) return null;
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_BYTES) return null;
  const bytes = Buffer.from(await response.arrayBuffer());
  return bytes.length <= MAX_BYTES && isImage(bytes) ? bytes : null;
}

/**
 * The organization's logo for a PDF, or null when there is none or it cannot be had: a PDF never fails
 * for its logo. Only https is fetched, without following redirects, with a size cap and a short timeout.
 */
export async function loadLogo(url: string | null, now: number, fetcher: typeof fetch = fetch): Promise<Buffer | null> {
  if (!url) return null;
  if (url.startsWith('data:')) return fromDataUrl(url);
  if (!url.startsWith('https://')) return null;
  const cached = cache.get(url);
  if (cached && cached.until > now) return cached.logo;
  let logo: Buffer | null = null;
  try {
    logo = await fetchLogo(url, fetcher);
  } catch {
    logo = null;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(url, { logo, until: now + CACHE_MS });
  return logo;
}

import { createHash } from 'node:crypto';

/** How long a key's first answer is replayed (Stripe keeps them 24 hours too). */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
/** A request still "in progress" after this long died with its process: a retry may take the key over. */
export const IN_PROGRESS_TAKEOVER_SECONDS = 60;

/** Keys are what clients make them (a UUID is typical): printable ASCII, 1 to 255 characters. */
export function isWellFormedKey(key: string): boolean {
  return /^[\x21-\x7e]{1,255}$/.test(key);
}

/** JSON with object keys sorted, so that the same parameters in another order are the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** What identifies a request's parameters: the operation and its body. */
export function requestFingerprint(operation: string, body: unknown): string {
  return createHash('sha256').update(`${operation}\n${canonicalJson(body)}`).digest('hex');
}

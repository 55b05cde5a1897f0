import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed webhooks in Stripe's scheme: the header `t=<unix seconds>,v1=<hex HMAC-SHA256>` signs
 * `<t>.<raw body>` with the endpoint's secret. Several `v1` values may be present (a secret being
 * rolled signs with both); one match with any accepted secret is enough. The timestamp bounds replay:
 * a signature older (or further in the future) than the tolerance is refused even when it matches.
 */
export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;

export type SignatureFailure = 'malformed_header' | 'no_signature_matches' | 'timestamp_outside_tolerance';

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; reason: SignatureFailure };

function signatureOf(secret: string, timestamp: number, payload: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
}

/** The header value for `payload` signed with `secret` at `timestamp` (unix seconds). */
export function signWebhookPayload(payload: string, secret: string, timestamp: number): string {
  return `t=${timestamp},v1=${signatureOf(secret, timestamp, payload)}`;
}

function parseHeader(header: string): { timestamp: number; signatures: string[] } | undefined {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const separator = part.indexOf('=');
    if (separator <= 0) return undefined;
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === 't') {
      if (!/^\d{1,12}$/.test(value) || timestamp !== undefined) return undefined;
      timestamp = Number(value);
    } else if (key === 'v1') {
      if (/^[0-9a-f]{64}$/.test(value)) signatures.push(value);
    }
    // Other schemes (v0, …) are ignored, as Stripe's libraries do.
  }
  return timestamp === undefined ? undefined : { timestamp, signatures };
}

/**
 * Checks a signature header against the raw body, with each of `secrets` (the current one and, while
 * it is being rolled, the previous one), at `nowSeconds`. Compares in constant time.
 */
export function verifyWebhookSignature(
  payload: string,
  header: string | undefined,
  secrets: readonly string[],
  nowSeconds: number,
  toleranceSeconds = DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
): SignatureCheck {
  const parsed = header ? parseHeader(header) : undefined;
  if (!parsed) return { ok: false, reason: 'malformed_header' };
  const matches = secrets.some((secret) => {
    const expected = Buffer.from(signatureOf(secret, parsed.timestamp, payload), 'hex');
    return parsed.signatures.some((candidate) => timingSafeEqual(expected, Buffer.from(candidate, 'hex')));
  });
  if (!matches) return { ok: false, reason: 'no_signature_matches' };
  if (Math.abs(nowSeconds - parsed.timestamp) > toleranceSeconds) return { ok: false, reason: 'timestamp_outside_tolerance' };
  return { ok: true, timestamp: parsed.timestamp };
}

/**
 * Outgoing webhooks' rules, free of the database and the network: the event types and which portal event
 * each follows from, the payload (versioned), the signature header (Stripe's `t=…,v1=…`, one v1 per secret
 * while a secret is rolled), the retry schedule, when a failing endpoint is disabled, and which addresses an
 * endpoint may never reach.
 */
import { isIP } from 'node:net';
import { signWebhookPayload } from '../../payments/webhook-signature.ts';
import type { PortalEventType } from '../../../contract/portal.ts';

/** The payload version new endpoints receive; older endpoints keep theirs (docs/integrations.md). */
export const WEBHOOK_API_VERSION = '2026-12-01';
export const webhookApiVersions = [WEBHOOK_API_VERSION] as const;

export const webhookEventTypes = [
  'document.viewed',
  'estimate.accepted',
  'estimate.declined',
  'estimate.changes_requested',
  'invoice.disputed',
  'payment.succeeded',
  'payment.failed',
  'payment.refunded',
  'order.placed',
  'shipment.shipped',
  'subscription.created',
  'subscription.renewed',
  'subscription.invoice_failed',
  'subscription.changed',
  'subscription.cancelled',
  'comment.added',
  'contact.signed_up',
  'company.details_changed',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/**
 * The webhook event a portal event is, when it is one. Payments and subscriptions are not among them: their
 * integration events (payment-followup/integration-events.ts) carry the full objects, whoever acted.
 */
export function webhookTypeOfPortalEvent(type: PortalEventType, module: string): WebhookEventType | undefined {
  switch (type) {
    case 'portal.document_viewed':
      return 'document.viewed';
    case 'portal.estimate_accepted':
      return 'estimate.accepted';
    case 'portal.estimate_declined':
      return 'estimate.declined';
    case 'portal.changes_requested':
      return 'estimate.changes_requested';
    case 'portal.invoice_disputed':
      return 'invoice.disputed';
    case 'portal.order_placed':
      return 'order.placed';
    case 'portal.comment_added':
      return 'comment.added';
    case 'portal.signup':
      return 'contact.signed_up';
    case 'portal.account_updated':
      // The same event type covers a person's own profile; only company details are this webhook.
      return module === 'company' ? 'company.details_changed' : undefined;
    default:
      return undefined;
  }
}

export interface WebhookEventBody {
  id: string;
  object: 'event';
  type: WebhookEventType;
  api_version: string;
  /** Unix seconds, as Stripe's events. */
  created: number;
  /** Named objects: `activity` for what a contact did in the portal, `payment`, `subscription`, `shipment`… otherwise. */
  data: Record<string, unknown>;
}

/** The event's JSON: what every attempt and replay delivers. */
export function webhookEventBody(input: { id: string; type: WebhookEventType; createdAt: string; data: Record<string, unknown> }): WebhookEventBody {
  return { id: input.id, object: 'event', type: input.type, api_version: WEBHOOK_API_VERSION, created: Math.floor(new Date(input.createdAt).getTime() / 1000), data: input.data };
}

export function isWebhookEventType(type: string): type is WebhookEventType {
  return (webhookEventTypes as readonly string[]).includes(type);
}

/** The signature header: `t=<unix>,v1=<hex>` with the current secret, and one more v1 with a rolled secret still overlapping. */
export function signatureHeader(body: string, secrets: readonly string[], timestamp: number): string {
  const [first, ...others] = secrets.map((secret) => signWebhookPayload(body, secret, timestamp));
  return [first, ...others.map((header) => header.slice(header.indexOf(',') + 1))].join(',');
}

/** Delays before each retry: a minute, growing to ten hours, so that three days hold about a dozen attempts. */
const retryDelaysSeconds = [60, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600];

/** How long to wait after the `attempt`-th failed attempt (1-based). */
export function retryDelaySeconds(attempt: number): number {
  return retryDelaysSeconds[Math.min(attempt, retryDelaysSeconds.length) - 1] ?? retryDelaysSeconds.at(-1)!;
}

/** An endpoint whose deliveries have all failed for this long is disabled, and staff told. */
export const DISABLE_AFTER_FAILING_SECONDS = 3 * 24 * 3600;

/** Each attempt waits this long for an answer. */
export const DELIVERY_TIMEOUT_MS = 10_000;

/** How much of an answer's body the delivery log keeps. */
export const RESPONSE_BODY_LIMIT = 2048;

/** The longest a rolled secret keeps signing beside the new one. */
export const MAX_SECRET_OVERLAP_HOURS = 72;

function ipv4Parts(address: string): number[] | undefined {
  const parts = address.split('.').map(Number);
  return parts.length === 4 && parts.every((part) => Number.isInteger(part) && part >= 0 && part <= 255) ? parts : undefined;
}

function forbiddenIpv4([a, b]: number[]): boolean {
  if (a === undefined || b === undefined) return true;
  return (
    a === 0 || // this network
    a === 10 || // private
    a === 127 || // loopback
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local (and cloud metadata services)
    (a === 172 && b >= 16 && b <= 31) || // private
    (a === 192 && b === 168) || // private
    (a === 192 && b === 0) || // IETF protocol assignments
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    a >= 224 // multicast, reserved, broadcast
  );
}

/**
 * Whether an address is one no webhook may reach: private, loopback, link-local, unique-local, carrier-grade
 * NAT, multicast, unspecified or reserved, for IPv4 and IPv6 (IPv4-mapped IPv6 judged as its IPv4).
 */
export function isForbiddenAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return forbiddenIpv4(ipv4Parts(address) ?? []);
  if (version !== 6) return true;
  const lower = address.toLowerCase();
  const mapped = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower) ?? /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped?.[1]) return forbiddenIpv4(ipv4Parts(mapped[1]) ?? []);
  if (lower === '::' || lower === '::1') return true;
  const first = Number.parseInt(lower.split(':')[0] || '0', 16);
  return (
    (first & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (first & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (first & 0xff00) === 0xff00 || // multicast
    first === 0 || // ::/16 holds the unspecified, loopback, IPv4-compatible and mapped forms
    lower.startsWith('64:ff9b:') || // NAT64, which reaches IPv4 space
    lower.startsWith('2001:db8:') // documentation
  );
}

/** Whether a URL may be an endpoint: https (http too in development), no credentials, a host name or address. */
export function endpointUrlProblem(url: string, allowPrivateNetworks: boolean): 'invalid' | 'https_required' | 'private_address' | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'invalid';
  }
  if (parsed.username || parsed.password || !parsed.hostname) return 'invalid';
  if (parsed.protocol !== 'https:' && !(allowPrivateNetworks && parsed.protocol === 'http:')) return 'https_required';
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivateNetworks && (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) !== 0 && isForbiddenAddress(host)))) return 'private_address';
  return undefined;
}

/**
 * Portal sessions opened from the business's own app (single sign-on): where each flow lands in the portal,
 * and which return URLs the organization allows. Free of the database.
 */
import { documentSegments, type DocumentKind } from '../../../contract/documents.ts';

/** How long the single-use URL works: long enough for a redirect, too short to be passed around. */
export const PORTAL_SESSION_TTL_SECONDS = 5 * 60;

export const portalSessionFlowTypes = ['none', 'invoice_pay', 'document_view', 'order_view', 'subscription_view', 'payment_method_update', 'statement'] as const;
export type PortalSessionFlowType = (typeof portalSessionFlowTypes)[number];

export type PortalSessionFlow =
  | { type: 'none' }
  | { type: 'invoice_pay'; invoice_id: string }
  | { type: 'document_view'; document_id: string }
  | { type: 'order_view'; sales_order_id: string }
  | { type: 'subscription_view'; subscription_id: string }
  | { type: 'payment_method_update' }
  | { type: 'statement' };

/** The portal path (under /portal/{slug}) a flow lands on; `documentKind` is the viewed document's kind. */
export function flowPath(flow: PortalSessionFlow, documentKind?: DocumentKind): string {
  switch (flow.type) {
    case 'none':
      return '/';
    case 'invoice_pay':
      return `/pay?invoice=${encodeURIComponent(flow.invoice_id)}`;
    case 'document_view':
      return `/${documentSegments[documentKind ?? 'invoice']}/${encodeURIComponent(flow.document_id)}`;
    case 'order_view':
      return `/orders/${encodeURIComponent(flow.sales_order_id)}`;
    case 'subscription_view':
      return `/subscriptions/${encodeURIComponent(flow.subscription_id)}`;
    case 'payment_method_update':
      return '/payment-methods';
    case 'statement':
      return '/statement';
  }
}

/**
 * Whether `url` may be a return URL: http or https, on a host the organization lists — exactly, or under
 * a `*.example.com` entry (any subdomain, not the bare domain). Ports count: `localhost:3000` is its own host.
 */
export function returnUrlAllowed(url: string, allowedHosts: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username || parsed.password) return false;
  const host = parsed.host.toLowerCase();
  return allowedHosts.some((entry) => {
    const allowed = entry.toLowerCase();
    if (allowed.startsWith('*.')) return host.endsWith(allowed.slice(1)) && host.length > allowed.length - 1;
    return host === allowed;
  });
}

import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';
import type { PortalHost, PortalHostTable } from '../modules/custom-domain/custom-domain-hosts.ts';

/*
 * Routing by Host (docs/integrations.md "Custom domains"): a request to an organization's verified custom
 * domain is the same request as one to `/portal/<slug>` on Portico's own host, so the URL is rewritten
 * before routing and one routing table serves both. The console and the staff API are not served there.
 */

/** Where a request that a custom domain does not serve is sent: no route matches it, so it is a 404. */
export const notServedPath = '/__not-served-on-custom-domain';

const portalOfRequest = new WeakMap<IncomingMessage, PortalHost>();

function lastEntry(value: string | string[] | undefined): string | undefined {
  const joined = Array.isArray(value) ? value.join(',') : value;
  if (joined === undefined) return undefined;
  return joined.split(',').at(-1)?.trim();
}

/**
 * The request's host name, lowercase without port, as Fastify reads it: X-Forwarded-Host only with
 * TRUST_PROXY (then its last entry, the one the nearest proxy set), else Host.
 */
export function hostNameOf(raw: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? lastEntry(raw.headers['x-forwarded-host']) : undefined;
  const host = (forwarded || raw.headers.host || '').toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.split(':', 1)[0] ?? '';
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * The URL to route for a request to `portal`'s custom domain: the portal's own paths at the root, its
 * slug paths and hosted pages as they are, built assets and health probes as they are, and the console,
 * staff API and metrics nowhere.
 */
export function rewriteForPortalHost(url: string, portal: Pick<PortalHost, 'slug'>): string {
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : url.slice(queryAt);
  if (isUnder(path, '/admin') || isUnder(path, '/api/v1') || isUnder(path, '/metrics')) return notServedPath;
  const slug = encodeURIComponent(portal.slug);
  if (path.startsWith('/assets/') || isUnder(path, `/portal/${slug}`) || isUnder(path, `/pay/${slug}`) || path === '/healthz' || path === '/readyz') return url;
  return `/portal/${slug}${path === '/' ? '' : path}${query}`;
}

/** Fastify's `rewriteUrl`: rewrites requests to a verified custom domain and remembers which portal they are for. */
export function portalHostRewriter(table: PortalHostTable, trustProxy: boolean): (raw: IncomingMessage) => string {
  return (raw) => {
    const url = raw.url ?? '/';
    const portal = table.lookup(hostNameOf(raw, trustProxy));
    if (!portal) return url;
    portalOfRequest.set(raw, portal);
    return rewriteForPortalHost(url, portal);
  };
}

/** The portal whose custom domain the request came to, or undefined on Portico's own host. */
export function portalHostOf(request: FastifyRequest): PortalHost | undefined {
  return portalOfRequest.get(request.raw);
}

/**
 * The origin of the portal's custom domain when the request came there (PUBLIC_URL's scheme: TLS ends at
 * the proxy in front), for addresses the browser is sent back to (a payment's return); else undefined.
 */
export function customDomainOriginOf(request: FastifyRequest, publicUrl: string): string | undefined {
  const portal = portalHostOf(request);
  return portal ? `${new URL(publicUrl).protocol}//${portal.domain}` : undefined;
}

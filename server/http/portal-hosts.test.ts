import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../lib/clock.ts';
import { PortalHostTable } from '../modules/custom-domain/custom-domain-hosts.ts';
import { hostNameOf, notServedPath, portalHostRewriter, rewriteForPortalHost } from './portal-hosts.ts';

const raw = (url: string, headers: Record<string, string>) => ({ url, headers }) as unknown as IncomingMessage;

describe('routing by Host', () => {
  it('reads the host name lowercase without port, X-Forwarded-Host only when the proxy is trusted', () => {
    expect(hostNameOf(raw('/', { host: 'Portal.Acme.com:8443' }), false)).toBe('portal.acme.com');
    expect(hostNameOf(raw('/', { host: 'internal:3000', 'x-forwarded-host': 'portal.acme.com' }), false)).toBe('internal');
    expect(hostNameOf(raw('/', { host: 'internal:3000', 'x-forwarded-host': 'evil.example, portal.acme.com' }), true)).toBe('portal.acme.com');
    expect(hostNameOf(raw('/', { host: '[::1]:3000' }), false)).toBe('[::1]');
  });

  it('maps the root to the slug path and keeps assets, slug paths, hosted pages and probes', () => {
    const portal = { slug: 'acme' };
    expect(rewriteForPortalHost('/', portal)).toBe('/portal/acme');
    expect(rewriteForPortalHost('/?lang=de', portal)).toBe('/portal/acme?lang=de');
    expect(rewriteForPortalHost('/invoices/1?x=2', portal)).toBe('/portal/acme/invoices/1?x=2');
    expect(rewriteForPortalHost('/api/me', portal)).toBe('/portal/acme/api/me');
    expect(rewriteForPortalHost('/assets/index-abc.js', portal)).toBe('/assets/index-abc.js');
    expect(rewriteForPortalHost('/portal/acme/api/avatars/k', portal)).toBe('/portal/acme/api/avatars/k');
    expect(rewriteForPortalHost('/pay/acme/gold', portal)).toBe('/pay/acme/gold');
    expect(rewriteForPortalHost('/healthz', portal)).toBe('/healthz');
    // Another organization's slug is a page of this portal (which does not exist), never the other portal.
    expect(rewriteForPortalHost('/portal/other/api/me', portal)).toBe('/portal/acme/portal/other/api/me');
    expect(rewriteForPortalHost('/portal/acmex', portal)).toBe('/portal/acme/portal/acmex');
  });

  it('serves neither the console, the staff API nor metrics', () => {
    for (const url of ['/admin', '/admin/settings', '/api/v1', '/api/v1/customers?limit=1', '/metrics']) {
      expect(rewriteForPortalHost(url, { slug: 'acme' }), url).toBe(notServedPath);
    }
    expect(rewriteForPortalHost('/administrator', { slug: 'acme' })).toBe('/portal/acme/administrator');
  });

  it('leaves hosts that are not a verified custom domain alone', async () => {
    const table = new PortalHostTable(async () => [{ organizationId: 'o1', slug: 'acme', domain: 'portal.acme.com' }], new FakeClock(), () => {});
    await table.refresh();
    const rewrite = portalHostRewriter(table, false);
    expect(rewrite(raw('/admin', { host: 'portico.example' }))).toBe('/admin');
    expect(rewrite(raw('/admin', { host: 'portal.acme.com' }))).toBe(notServedPath);
  });

  it('reads the table again in the background once it is older than the TTL, one read at a time', async () => {
    const clock = new FakeClock();
    let reads = 0;
    let hosts = [{ organizationId: 'o1', slug: 'acme', domain: 'a.example.com' }];
    const table = new PortalHostTable(async () => {
      reads += 1;
      return hosts;
    }, clock, () => {});
    await table.refresh();
    hosts = [{ organizationId: 'o1', slug: 'acme', domain: 'b.example.com' }];
    clock.advance(10);
    expect(table.lookup('a.example.com')?.slug).toBe('acme');
    expect(reads).toBe(1);
    clock.advance(25);
    expect(table.lookup('b.example.com')).toBeUndefined();
    table.lookup('b.example.com');
    await table.settled();
    expect(reads).toBe(2);
    expect(table.lookup('b.example.com')?.slug).toBe('acme');
    expect(table.lookup('a.example.com')).toBeUndefined();
  });
});

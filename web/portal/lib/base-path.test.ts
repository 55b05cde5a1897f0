import { describe, expect, it } from 'vitest';
import { declaredBasePath, portalApiBase, portalBasePath, routerBasename } from './base-path.ts';

describe('the portal’s base path', () => {
  it('is the root on a custom domain, where the server declares /', () => {
    const base = portalBasePath('/', '/invoices/inv-1');
    expect(base).toBe('');
    expect(routerBasename(base)).toBe('/');
    expect(portalApiBase(base)).toBe('/api');
    expect(`${base}/login`).toBe('/login');
  });

  it('is the slug path on Portico’s host', () => {
    const base = portalBasePath('/portal/acme-corp', '/portal/acme-corp/invoices');
    expect(base).toBe('/portal/acme-corp');
    expect(routerBasename(base)).toBe('/portal/acme-corp');
    expect(portalApiBase(base)).toBe('/portal/acme-corp/api');
  });

  it('falls back to the slug in the address when the page declares nothing (hosted pages)', () => {
    expect(portalBasePath(null, '/pay/acme-corp/gold')).toBe('/portal/acme-corp');
    expect(portalBasePath(undefined, '/portal/acme%20co/invoices')).toBe('/portal/acme%20co');
    expect(portalBasePath('not-a-path', '/portal/acme/x')).toBe('/portal/acme');
  });

  it('reads what the server put into the page', () => {
    const doc = document.implementation.createHTMLDocument('portal');
    expect(declaredBasePath(doc)).toBeNull();
    const meta = doc.createElement('meta');
    meta.name = 'portico-base-path';
    meta.content = '/';
    doc.head.append(meta);
    expect(declaredBasePath(doc)).toBe('/');
  });
});

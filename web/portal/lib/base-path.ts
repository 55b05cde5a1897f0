/**
 * Where the portal lives: `/portal/<slug>` on Portico's host, the root on the organization's custom
 * domain. The server names it in the page (`<meta name="portico-base-path">`); a page without it (a
 * hosted payment page, `/pay/<slug>/...`) falls back to the slug in the address. Links, the router's
 * basename and the API's base URL all follow it.
 */
export function portalBasePath(declared: string | null | undefined, pathname: string): string {
  if (declared !== null && declared !== undefined && declared.startsWith('/')) return declared.replace(/\/+$/, '');
  const slug = decodeURIComponent(pathname.split('/')[2] ?? '');
  return `/portal/${encodeURIComponent(slug)}`;
}

/** The router's basename: `/` at the root. */
export function routerBasename(basePath: string): string {
  return basePath === '' ? '/' : basePath;
}

/** The portal API's base path: `/api` at the root, `/portal/<slug>/api` otherwise. */
export function portalApiBase(basePath: string): string {
  return `${basePath}/api`;
}

export function declaredBasePath(doc: Document = document): string | null {
  return doc.querySelector('meta[name="portico-base-path"]')?.getAttribute('content') ?? null;
}

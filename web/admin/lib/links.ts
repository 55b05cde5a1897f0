/** A link of the API (`/admin/customers/…`) as a path inside the router, whose basename is /admin. */
export function routerPath(link: string): string {
  if (link.startsWith('/admin/')) return link.slice('/admin'.length);
  if (link === '/admin') return '/';
  return link;
}

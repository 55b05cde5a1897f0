import { createApiClient } from '../../ui/api/client.ts';
import type { PortalPaths } from '../../ui/api/paths.ts';
import { ApiSession } from '../../ui/api/session.ts';
import { declaredBasePath, portalApiBase, portalBasePath, routerBasename } from './base-path.ts';

/** The portal's slug: the first path segment after /portal/ (or /pay/ on a hosted page). */
export function readSlug(pathname: string = window.location.pathname): string {
  const segment = pathname.split('/')[2] ?? '';
  return decodeURIComponent(segment);
}

export const slug = readSlug();
/** `/portal/<slug>` on Portico's host, '' on the portal's custom domain: prefix of every absolute link. */
export const basePath = portalBasePath(declaredBasePath(), window.location.pathname);
export const basename = routerBasename(basePath);

/** The portal's session with its API: the CSRF token follows the sign-in and `me` answers. */
export const portalSession = new ApiSession();

/** The typed client of the portal API: `/portal/{slug}/api`, or `/api` on the custom domain. */
export const portalClient = createApiClient<PortalPaths>({ basePath: portalApiBase(basePath), session: portalSession });

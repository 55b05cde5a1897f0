import { createPortalClient } from '../../ui/api/client.ts';
import { ApiSession } from '../../ui/api/session.ts';

/** The portal's slug: the first path segment after /portal/. */
export function readSlug(pathname: string = window.location.pathname): string {
  const segment = pathname.split('/')[2] ?? '';
  return decodeURIComponent(segment);
}

export const slug = readSlug();
export const basename = `/portal/${encodeURIComponent(slug)}`;

/** The portal's session with its API: the CSRF token follows the sign-in and `me` answers. */
export const portalSession = new ApiSession();

/** The typed client of `/portal/{slug}/api`, the slug filled in (paths, bodies and answers from the OpenAPI document). */
export const portalClient = createPortalClient(slug, { session: portalSession });

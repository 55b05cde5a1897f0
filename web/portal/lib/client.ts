import { ApiClient } from '../../ui/api.ts';

/** The portal's slug: the first path segment after /portal/. */
export function readSlug(pathname: string = window.location.pathname): string {
  const segment = pathname.split('/')[2] ?? '';
  return decodeURIComponent(segment);
}

export const slug = readSlug();
export const basename = `/portal/${encodeURIComponent(slug)}`;

/** One client for the whole portal app; its CSRF token follows the sign-in and `me` answers. */
export const portalApi = new ApiClient(`${basename}/api`);

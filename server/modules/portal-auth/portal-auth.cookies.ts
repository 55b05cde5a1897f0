import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { PORTAL_COOKIE } from '../../http/auth.ts';
import { portalHostOf } from '../../http/portal-hosts.ts';
import type { IssuedSession } from '../session/session.service.ts';

/**
 * Scoped to the portal's own path, so two portals in one browser never see each other's cookie; on the
 * portal's custom domain, the whole host. Never a Domain attribute: the cookie stays with the host that
 * set it, so a session opened on Portico's host is not sent to the custom domain, nor the other way.
 */
function cookieOptions(ctx: AppContext, request: FastifyRequest) {
  const { slug } = request.params as { slug: string };
  return {
    path: portalHostOf(request) ? '/' : `/portal/${slug}`,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: ctx.config.publicUrl.startsWith('https://'),
  };
}

export function setPortalCookie(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, session: IssuedSession): void {
  void reply.setCookie(PORTAL_COOKIE, session.token, { ...cookieOptions(ctx, request), maxAge: ctx.config.sessionAbsoluteTimeoutSeconds });
  void reply.header('cache-control', 'no-store');
}

export function clearPortalCookie(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(PORTAL_COOKIE, cookieOptions(ctx, request));
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { portalOf, requestMeta, resolvePortal } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { setPortalCookie } from '../portal-auth/portal-auth.cookies.ts';
import { buildMe } from '../portal-auth/portal-auth.me.ts';
import { openedPortalSessionResponse, portalSessionTokenParams } from './single-sign-on.schemas.ts';
import { openPortalSession } from './single-sign-on.service.ts';

/** The portal's side of a portal session: its page posts the URL's token here once. */
export function portalSingleSignOnRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/portal-sessions/:token',
      {
        preHandler: resolvePortal(ctx),
        schema: {
          tags: ['portal: portal sessions'],
          summary: 'Open a portal session made by the business’s app (once): signs in and answers where to go',
          params: portalSessionTokenParams,
          response: { 200: openedPortalSessionResponse, 404: errorResponse, 410: errorResponse, 429: errorResponse },
        },
      },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        const organization = portalOf(request);
        const { signIn, path } = await openPortalSession(ctx, organization, request.params.token, requestMeta(request));
        setPortalCookie(ctx, request, reply, signIn.session);
        return { path, me: await buildMe(ctx, ctx.db, organization, signIn.me) };
      },
    );
  };
}

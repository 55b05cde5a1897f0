import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { createPortalSessionBody, portalSessionResponse } from './single-sign-on.schemas.ts';
import { createPortalSession } from './single-sign-on.service.ts';

/** The business's app asks for a single-use portal sign-in URL for one of its contact persons. */
export function portalSessionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const write = requireStaff(ctx, { scope: 'portal.write' });
  return async (app) => {
    app.post(
      '/portal-sessions',
      {
        preHandler: write,
        schema: {
          tags: ['portal sessions'],
          summary: 'A single-use URL (valid 5 minutes) that signs a contact person in to the portal and opens a flow: home, pay an invoice, a document, an order, a subscription, payment methods or the statement',
          body: createPortalSessionBody,
          response: { 201: portalSessionResponse, 400: errorResponse, 409: errorResponse },
        },
      },
      async (request, reply) => reply.status(201).send(await createPortalSession(ctx, staffOf(request), request.body)),
    );
  };
}

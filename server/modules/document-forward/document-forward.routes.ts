import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contactOf, portalOf, requestMeta, requireContact } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { documentKinds, documentPaths } from '../document/document.ts';
import { forwardBody, forwardResponse, forwardStatementBody } from './document-forward.schemas.ts';
import { forwardPortalDocument, forwardPortalOrder, forwardPortalStatement } from './document-forward.service.ts';

const params = z.object({ slug: z.string(), id: z.string().min(1).max(64) });
const responses = { 201: forwardResponse, 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 429: errorResponse };
const summary = 'Forward by email with the PDF attached; the recipient becomes a contact person without portal access (staff are notified)';

/** Forwarding documents, orders and the statement from the portal (404 while the portal does not allow forwarding). */
export function documentForwardRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const reader = [requireContact(ctx, { permission: 'view_documents' })];
  return async (app) => {
    for (const kind of documentKinds) {
      const path = documentPaths[kind];
      app.post(
        `/${path}/:id/forward`,
        { preHandler: reader, schema: { tags: [`portal: ${path.replace('-', ' ')}`], summary, params, body: forwardBody, response: responses } },
        async (request, reply) => reply.status(201).send(await forwardPortalDocument(ctx, portalOf(request), contactOf(request), kind, request.params.id, request.body, requestMeta(request))),
      );
    }
    app.post(
      '/orders/:id/forward',
      // The order's ownership is checked first (404), then the role (403), as on the order's own pages.
      { preHandler: [requireContact(ctx)], schema: { tags: ['portal: orders'], summary, params, body: forwardBody, response: responses } },
      async (request, reply) => reply.status(201).send(await forwardPortalOrder(ctx, portalOf(request), contactOf(request), request.params.id, request.body, requestMeta(request))),
    );
    app.post(
      '/statement/forward',
      { preHandler: reader, schema: { tags: ['portal: statement'], summary: `The statement for a period: ${summary}`, body: forwardStatementBody, response: responses } },
      async (request, reply) => reply.status(201).send(await forwardPortalStatement(ctx, portalOf(request), contactOf(request), request.body, requestMeta(request))),
    );
  };
}

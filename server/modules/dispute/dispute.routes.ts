import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam, pageOf } from '../../http/schemas.ts';
import { disputeResponse, listDisputesQuery, resolveDisputeBody } from './dispute.schemas.ts';
import { listDisputes, resolveDispute } from './dispute.service.ts';

const tags = ['disputes'];

/** Disputed invoices and their resolution (staff). */
export function disputeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'documents.read' });
  const write = requireStaff(ctx, { scope: 'documents.write' });
  return async (app) => {
    app.get(
      '/disputes',
      { preHandler: read, schema: { tags, summary: 'Disputes raised by customers in the portal, newest first', querystring: listDisputesQuery, response: { 200: pageOf(disputeResponse), 400: errorResponse } } },
      async (request) => listDisputes(ctx, staffOf(request).organizationId, request.query),
    );

    app.post(
      '/disputes/:id/resolve',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Resolve a dispute; the resolution shows in the document’s thread in the portal',
          params: idParam,
          body: resolveDisputeBody,
          response: { 200: disputeResponse, 404: errorResponse, 409: errorResponse },
        },
      },
      async (request) => resolveDispute(ctx, staffOf(request), request.params.id, request.body.resolution),
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { runIdempotently } from '../idempotency/idempotency.service.ts';
import { refundBody, refundResponse } from './refund.schemas.ts';
import { listRefunds, refundIdFor, refundPayment } from './refund.service.ts';

const tags = ['payments'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse, 502: errorResponse };

/** Refunds of payments, full or partial; idempotent like payments (Idempotency-Key required). */
export function refundRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'payments.read' });
  const write = requireStaff(ctx, { scope: 'payments.write' });
  return async (app) => {
    app.post(
      '/payments/:id/refunds',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Refund all or part of a payment (at the gateway for online payments); the documents it paid are open again by as much, newest first',
          params: idParam,
          headers: z.object({ 'idempotency-key': z.string().max(300).optional() }),
          body: refundBody,
          response: { 201: refundResponse, ...errors },
        },
      },
      async (request, reply) => {
        const staff = staffOf(request);
        const scope = `staff:${staff.organizationId}`;
        const key = request.headers['idempotency-key'];
        const answer = await runIdempotently(ctx, { organizationId: staff.organizationId, scope, key, required: true, operation: `POST /payments/${request.params.id}/refunds`, body: request.body }, async () => ({
          status: 201,
          body: await refundPayment(ctx, staff.organizationId, staff.staffUserId, request.params.id, request.body, refundIdFor(scope, key ?? '')),
        }));
        if (answer.replayed) void reply.header('idempotent-replayed', 'true');
        return reply.status(answer.status).send(answer.body);
      },
    );
    app.get(
      '/payments/:id/refunds',
      { preHandler: read, schema: { tags, summary: "A payment's refunds", params: idParam, response: { 200: z.object({ data: z.array(refundResponse) }), 404: errorResponse } } },
      async (request) => ({ data: await listRefunds(ctx, staffOf(request).organizationId, request.params.id) }),
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, externalIdParam, idParam, pageOf } from '../../http/schemas.ts';
import { runIdempotently } from '../idempotency/idempotency.service.ts';
import { paymentPut } from './payment-sync.operations.ts';
import { listPaymentsQuery, paymentResponse, putPaymentBody, recordPaymentBody } from './payment.schemas.ts';
import { getPayment, listPayments, recordPayment } from './payment.service.ts';

const tags = ['payments'];

/** Payments recorded by staff (cash, bank transfer, cheque) and applied to invoices. */
export function paymentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'payments.read' });
  const write = requireStaff(ctx, { scope: 'payments.write' });

  return async (app) => {
    app.get(
      '/payments',
      { preHandler: read, schema: { tags, summary: 'Payments, newest first (customer filter, cursor paging)', querystring: listPaymentsQuery, response: { 200: pageOf(paymentResponse), 400: errorResponse } } },
      async (request) => listPayments(ctx, staffOf(request).organizationId, request.query),
    );

    app.post(
      '/payments',
      {
        preHandler: write,
        schema: {
          tags,
          summary:
            'Record an offline payment in the customer’s currency, applied to the given invoices or to the oldest open ones first (optional Idempotency-Key: a replay answers the first result, the same key with another body is a 409)',
          headers: z.object({ 'idempotency-key': z.string().max(300).optional() }),
          body: recordPaymentBody,
          response: { 201: paymentResponse, 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse },
        },
      },
      async (request, reply) => {
        const staff = staffOf(request);
        // Keys are the organization's (staff and API keys alike), as for refunds.
        const idempotent = { organizationId: staff.organizationId, scope: `staff:${staff.organizationId}`, key: request.headers['idempotency-key'], required: false, operation: 'POST /payments', body: request.body };
        const answer = await runIdempotently(ctx, idempotent, async () => ({ status: 201, body: await recordPayment(ctx, staff, request.body) }));
        if (answer.replayed) void reply.header('idempotent-replayed', 'true');
        // A replay answers the first status: 201, or the refusal (4xx) the first request got.
        return reply.status(answer.status as 201).send(answer.body);
      },
    );

    app.put(
      '/payments/by-external-id/:external_id',
      {
        preHandler: write,
        schema: {
          tags,
          summary:
            'Record (201) the payment with this external id as POST /payments does, or answer it unchanged (200) when the body is what was recorded; a body that differs is a 409 (a recorded payment changes only through refunds)',
          params: externalIdParam,
          body: putPaymentBody,
          response: { 200: paymentResponse, 201: paymentResponse, 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse },
        },
      },
      async (request, reply) => {
        const answer = await paymentPut.put(ctx, staffOf(request), request.params.external_id, request.body);
        return reply.status(answer.status).send(answer.body);
      },
    );

    app.get(
      '/payments/:id',
      { preHandler: read, schema: { tags, summary: 'A payment with the invoices it paid', params: idParam, response: { 200: paymentResponse, 404: errorResponse } } },
      async (request) => getPayment(ctx, staffOf(request).organizationId, request.params.id),
    );
  };
}

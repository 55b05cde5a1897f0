import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam, pageOf } from '../../http/schemas.ts';
import { listPaymentsQuery, paymentResponse, recordPaymentBody } from './payment.schemas.ts';
import { getPayment, listPayments, recordPayment } from './payment.service.ts';

const tags = ['payments'];

/** Payments recorded by staff (cash, bank transfer, cheque) and applied to invoices. */
export function paymentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'customers.read' });
  const write = requireStaff(ctx, { scope: 'customers.write' });

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
          summary: 'Record an offline payment in the customer’s currency, applied to the given invoices or to the oldest open ones first',
          body: recordPaymentBody,
          response: { 201: paymentResponse, 400: errorResponse, 404: errorResponse, 409: errorResponse },
        },
      },
      async (request, reply) => reply.status(201).send(await recordPayment(ctx, staffOf(request), request.body)),
    );

    app.get(
      '/payments/:id',
      { preHandler: read, schema: { tags, summary: 'A payment with the invoices it paid', params: idParam, response: { 200: paymentResponse, 404: errorResponse } } },
      async (request) => getPayment(ctx, staffOf(request).organizationId, request.params.id),
    );
  };
}

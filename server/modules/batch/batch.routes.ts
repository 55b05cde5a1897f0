import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaffPerOperation, staffOf } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import type { SyncOperation } from '../../http/sync-operation.ts';
import { contactPersonPut, customerPut } from '../customer/customer-sync.operations.ts';
import { documentPuts } from '../document/document-sync.operations.ts';
import { runIdempotently } from '../idempotency/idempotency.service.ts';
import { itemPut } from '../item/item-sync.operations.ts';
import { paymentPut } from '../payment/payment-sync.operations.ts';
import { priceListPut } from '../price-list/price-list-sync.operations.ts';
import { salesOrderPut } from '../sales-order/sales-order-sync.operations.ts';
import { packagePut } from '../shipment/shipment-sync.operations.ts';
import { batchBody, batchErrorResponse, batchResponse } from './batch.schemas.ts';
import { runBatch } from './batch.service.ts';

/** Room for 1 000 operations with their bodies (an invoice with its lines is a few kilobytes). */
const BATCH_BODY_LIMIT = 16 * 1024 * 1024;

/** The PUTs by external id a batch may hold, by resource. */
export const syncOperations: ReadonlyMap<string, SyncOperation> = new Map(
  [customerPut, contactPersonPut, itemPut, priceListPut, ...documentPuts, salesOrderPut, packagePut, paymentPut].map((operation) => [operation.resource, operation]),
);

/** POST /batch: many PUTs by external id in one transaction (docs/api.md "Batch"). */
export function batchRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const staffGuard = requireStaffPerOperation(ctx);
  return async (app) => {
    app.post(
      '/batch',
      {
        preHandler: staffGuard,
        bodyLimit: BATCH_BODY_LIMIT,
        schema: {
          tags: ['sync'],
          summary: 'Apply up to 1 000 PUTs by external id in one transaction: all or nothing, with a result per operation',
          description: 'Each operation needs the scope of its own PUT (customers.write for customers, contact persons and items; orders.write for price lists, sales orders and packages; documents.write for invoices, estimates, credit notes and retainer invoices; payments.write for payments); an API key lacking one is refused (403) and nothing is written.',
          body: batchBody,
          response: { 200: batchResponse, 400: batchErrorResponse.or(errorResponse), 403: batchErrorResponse.or(errorResponse), 404: batchErrorResponse, 409: batchErrorResponse.or(errorResponse), 422: batchErrorResponse },
        },
      },
      async (request, reply) => {
        const staff = staffOf(request);
        const header = request.headers['idempotency-key'];
        const key = Array.isArray(header) ? header[0] : header;
        const idempotent = { organizationId: staff.organizationId, scope: `staff:${staff.organizationId}`, key, required: false, operation: 'POST /batch', body: request.body };
        const answer = await runIdempotently(ctx, idempotent, () => runBatch(ctx, staff, syncOperations, request.body));
        if (answer.replayed) void reply.header('idempotent-replayed', 'true');
        return reply.status(answer.status as 200).send(answer.body);
      },
    );
  };
}

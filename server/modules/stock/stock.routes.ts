import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { presentPage } from '../../db/keyset.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam, pageOf, pagingQuery } from '../../http/schemas.ts';
import { itemStock, listStockMovements, recordStockAdjustment } from './item-stock.service.ts';
import { adjustmentDeltaMilli, itemStockResponse, stockAdjustmentBody, stockMovementResponse, toItemStock, toStockMovement } from './stock.schemas.ts';

/** An item's stock per warehouse, receipts and adjustments, and the history of movements. */
export function stockRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'orders.read' });
  const write = requireStaff(ctx, { scope: 'orders.write' });
  return async (app) => {
    app.get(
      '/items/:id/stock',
      { preHandler: read, schema: { tags: ['stock'], summary: "The item's stock in each warehouse", params: idParam, response: { 200: itemStockResponse, 404: errorResponse } } },
      async (request) => toItemStock(await itemStock(ctx, staffOf(request).organizationId, request.params.id)),
    );

    app.post(
      '/items/:id/stock-adjustments',
      {
        preHandler: write,
        schema: {
          tags: ['stock'],
          summary: 'Record a receipt (positive) or an adjustment (signed, with a reason) of what is on hand',
          params: idParam,
          body: stockAdjustmentBody,
          response: { 201: itemStockResponse, 400: errorResponse, 404: errorResponse, 409: errorResponse },
        },
      },
      async (request, reply) => {
        const staff = staffOf(request);
        const body = request.body;
        const view = await recordStockAdjustment(ctx, staff.organizationId, staff.staffUserId, request.params.id, {
          warehouseId: body.warehouse_id,
          kind: body.kind,
          deltaMilli: adjustmentDeltaMilli(body),
          reason: body.reason ?? null,
        });
        return reply.status(201).send(toItemStock(view));
      },
    );

    app.get(
      '/items/:id/stock-movements',
      { preHandler: read, schema: { tags: ['stock'], summary: "The item's stock movements, newest first", params: idParam, querystring: pagingQuery, response: { 200: pageOf(stockMovementResponse), 404: errorResponse } } },
      async (request) => presentPage(await listStockMovements(ctx, staffOf(request).organizationId, request.params.id, request.query), (rows) => rows.map(toStockMovement)),
    );
  };
}

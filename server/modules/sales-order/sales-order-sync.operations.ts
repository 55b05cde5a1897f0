import { defineSyncOperation } from '../../http/sync-operation.ts';
import { presentSalesOrder } from './sales-order.presenter.ts';
import { putSalesOrderBody, salesOrderResponse } from './sales-order.schemas.ts';
import { putSalesOrderByExternalId } from './sales-order-sync.service.ts';

/** PUT /sales-orders/by-external-id/{external_id}, also an operation of POST /batch. */
export const salesOrderPut = defineSyncOperation({
  resource: 'sales-orders',
  scope: 'orders.write',
  body: putSalesOrderBody,
  response: salesOrderResponse,
  put: async (ctx, staff, externalId, body) => {
    const { order, created } = await putSalesOrderByExternalId(ctx, staff, externalId, body);
    return { status: created ? 201 : 200, body: await presentSalesOrder(ctx.db, order) };
  },
});

import { defineSyncOperation } from '../../http/sync-operation.ts';
import { putPriceListByExternalId } from './price-list-sync.service.ts';
import { priceListResponse, putPriceListBody } from './price-list.schemas.ts';

/** PUT /price-lists/by-external-id/{external_id}, also an operation of POST /batch. */
export const priceListPut = defineSyncOperation({
  resource: 'price-lists',
  scope: 'orders.write',
  body: putPriceListBody,
  response: priceListResponse,
  put: async (ctx, staff, externalId, body) => {
    const { list, created } = await putPriceListByExternalId(ctx, staff.organizationId, externalId, body);
    return { status: created ? 201 : 200, body: list };
  },
});

import { defineSyncOperation } from '../../http/sync-operation.ts';
import { itemResponse, putItemBody, toItem } from './item.schemas.ts';
import { putItemByExternalId } from './item.service.ts';

/** PUT /items/by-external-id/{external_id}, also an operation of POST /batch. */
export const itemPut = defineSyncOperation({
  resource: 'items',
  scope: 'customers.write',
  body: putItemBody,
  response: itemResponse,
  put: async (ctx, staff, externalId, body) => {
    const { view, created } = await putItemByExternalId(ctx, staff.organizationId, externalId, body);
    return { status: created ? 201 : 200, body: toItem(view) };
  },
});

import { defineSyncOperation } from '../../http/sync-operation.ts';
import { packageResponse, putPackageBody } from './shipment.schemas.ts';
import { putPackageByExternalId } from './shipment-sync.service.ts';

/** PUT /packages/by-external-id/{external_id}, also an operation of POST /batch. */
export const packagePut = defineSyncOperation({
  resource: 'packages',
  scope: 'orders.write',
  body: putPackageBody,
  response: packageResponse,
  put: async (ctx, staff, externalId, body) => {
    const { pkg, created } = await putPackageByExternalId(ctx, staff, externalId, body);
    return { status: created ? 201 : 200, body: pkg };
  },
});

import { defineSyncOperation } from '../../http/sync-operation.ts';
import { putPaymentByExternalId } from './payment-sync.service.ts';
import { paymentResponse, putPaymentBody } from './payment.schemas.ts';

/** PUT /payments/by-external-id/{external_id}, also an operation of POST /batch. */
export const paymentPut = defineSyncOperation({
  resource: 'payments',
  scope: 'payments.write',
  body: putPaymentBody,
  response: paymentResponse,
  put: async (ctx, staff, externalId, body) => {
    const { payment, created } = await putPaymentByExternalId(ctx, staff, externalId, body);
    return { status: created ? 201 : 200, body: payment };
  },
});

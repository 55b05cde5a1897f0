import { defineSyncOperation } from '../../http/sync-operation.ts';
import { putContactPersonByExternalId, putCustomerByExternalId } from './customer-sync.service.ts';
import { presentContact, presentCustomer } from './customer.presenter.ts';
import { contactPersonResponse, customerResponse, putContactPersonBody, putCustomerBody } from './customer.schemas.ts';

/** PUT /customers/by-external-id/{external_id}, also an operation of POST /batch. */
export const customerPut = defineSyncOperation({
  resource: 'customers',
  scope: 'customers.write',
  body: putCustomerBody,
  response: customerResponse,
  put: async (ctx, staff, externalId, body) => {
    const { row, created } = await putCustomerByExternalId(ctx, staff, externalId, body);
    return { status: created ? 201 : 200, body: await presentCustomer(ctx, ctx.db, row) };
  },
});

/** PUT /contact-persons/by-external-id/{external_id}, also an operation of POST /batch. */
export const contactPersonPut = defineSyncOperation({
  resource: 'contact-persons',
  scope: 'customers.write',
  body: putContactPersonBody,
  response: contactPersonResponse,
  put: async (ctx, staff, externalId, body) => {
    const { row, created } = await putContactPersonByExternalId(ctx, staff.organizationId, externalId, body);
    return { status: created ? 201 : 200, body: await presentContact(ctx, ctx.db, row) };
  },
});

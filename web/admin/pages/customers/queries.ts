/** Customers through the typed client: types from the OpenAPI document and the query keys. */
import type { AdminBody, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';

export type CustomerPage = AdminResponse<'/customers', 'get'>;
export type CustomerSummary = RowOf<CustomerPage>;
export type CreatedCustomer = AdminResponse<'/customers', 'post'>;
export type NewCustomerBody = AdminBody<'/customers', 'post'>;
export type CustomerUpdate = AdminBody<'/customers/{id}', 'patch'>;
export type UpdatedCustomer = AdminResponse<'/customers/{id}', 'patch'>;

/** `customerKeys.list({ search })`, `customerKeys.detail(id)`; `customerKeys.all` after a change to many. */
export const customerKeys = queryKeys('customers');

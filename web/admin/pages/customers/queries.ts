/** Customers through the typed client: types from the OpenAPI document and the query keys. */
import type { AdminBody, AdminQuery, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';

export type CustomerPage = AdminResponse<'/customers', 'get'>;
export type CustomerSummary = RowOf<CustomerPage>;
export type CreatedCustomer = AdminResponse<'/customers', 'post'>;
export type NewCustomerBody = AdminBody<'/customers', 'post'>;
export type CustomerUpdate = AdminBody<'/customers/{id}', 'patch'>;
export type UpdatedCustomer = AdminResponse<'/customers/{id}', 'patch'>;
export type Customer = AdminResponse<'/customers/{id}', 'get'>;
export type Statement = AdminResponse<'/customers/{id}/statement', 'get'>;
export type StatementQuery = AdminQuery<'/customers/{id}/statement'>;

/**
 * `customerKeys.list({ search })`, `customerKeys.detail(id)`; `customerKeys.all` after a change to many.
 * A customer's statement is under its detail key, so a billing change of the customer refreshes it.
 */
export const customerKeys = queryKeys('customers');

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

export type ContactPerson = Customer['contact_persons'][number];
export type NewContactBody = AdminBody<'/customers/{id}/contact-persons', 'post'>;
export type ContactUpdate = AdminBody<'/contact-persons/{id}', 'patch'>;
export type RevokedAccess = AdminResponse<'/contact-persons/{id}/revoke-all', 'post'>;
export type PortalAccessResult = AdminResponse<'/customers/{id}/portal-access', 'put'>['results'][number];
export type PortalAccessOutcome = PortalAccessResult['outcome'];
/** 200 with the results of a small batch, or 202 with the job that works through a large one. */
export type BulkEnableAnswer = AdminResponse<'/customers/bulk-enable-portal', 'post'>;
export type BulkEnableResult = Extract<BulkEnableAnswer, { results: unknown }>['results'][number];
export type BulkOutcome = BulkEnableResult['outcome'];
export type Job = AdminResponse<'/jobs/{id}', 'get'>;

/** A background job's progress, polled while it runs. */
export const jobKeys = queryKeys('jobs');

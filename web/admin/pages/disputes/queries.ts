/** Disputes through the typed client: types from the OpenAPI document and the query keys. */
import type { AdminQuery, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';

export type DisputePage = AdminResponse<'/disputes', 'get'>;
export type Dispute = RowOf<DisputePage>;
export type DisputeQuery = AdminQuery<'/disputes'>;
export type ResolvedDispute = AdminResponse<'/disputes/{id}/resolve', 'post'>;

/** `disputeKeys.list({ status })` of the disputes page, `disputeKeys.list({ document_id })` of a document's. */
export const disputeKeys = queryKeys('disputes');

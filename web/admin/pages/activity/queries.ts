/** Portal activity through the typed client: the row type from the OpenAPI document and the query keys. */
import type { AdminQuery, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

export type ActivityPage = AdminResponse<'/activities', 'get'>;
export type Activity = RowOf<ActivityPage>;
export type ActivityFilters = Pick<AdminQuery<'/activities'>, 'customer_id'>;

/** `activityKeys.list({})`; every activity list is stale after anything a contact does. */
export const activityKeys = queryKeys('activities');

export function fetchActivities(filters: ActivityFilters, cursor: string | undefined, signal: AbortSignal): Promise<ActivityPage> {
  return adminClient.get('/activities', { params: { query: { ...filters, limit: 50, cursor } }, signal });
}

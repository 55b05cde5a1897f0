/** Portal invitation links through the typed client: types from the OpenAPI document and the query keys. */
import type { AdminQuery, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import type { Tone } from '../../../ui/components/index.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

export type PortalLinkPage = AdminResponse<'/portal/links', 'get'>;
export type PortalLink = RowOf<PortalLinkPage>;
export type PortalLinkStatus = PortalLink['status'];
export type PortalLinkFilters = Pick<AdminQuery<'/portal/links'>, 'status' | 'customer_id'>;

/** `portalLinkKeys.list({ status })`; a revoke, invite or reinvite makes `portalLinkKeys.lists()` stale. */
export const portalLinkKeys = queryKeys('portal-links');

export const portalLinkStatuses: readonly PortalLinkStatus[] = ['active', 'used', 'expired', 'revoked'];
export const portalLinkTones: Record<PortalLinkStatus, Tone> = { active: 'info', used: 'success', expired: 'warning', revoked: 'neutral' };

export function fetchPortalLinks(filters: PortalLinkFilters, cursor: string | undefined, signal: AbortSignal): Promise<PortalLinkPage> {
  return adminClient.get('/portal/links', { params: { query: { ...filters, limit: 50, cursor } }, signal });
}

export function revokePortalLink(id: string): Promise<undefined> {
  return adminClient.delete('/portal/links/{id}', { params: { path: { id } } });
}

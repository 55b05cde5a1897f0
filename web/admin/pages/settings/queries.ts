/** Staff, API keys and portal settings through the typed client: types from the OpenAPI document and the query keys. */
import type { AdminBody, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { fetchAllPages } from '../../lib/all-pages.ts';
import { adminClient } from '../../lib/client.ts';

export type StaffUser = RowOf<AdminResponse<'/staff-users', 'get'>>;
export type StaffRole = StaffUser['role'];
export type NewStaffBody = AdminBody<'/staff-users', 'post'>;
export type StaffUpdate = AdminBody<'/staff-users/{id}', 'patch'>;
export type ApiKey = RowOf<AdminResponse<'/api-keys', 'get'>>;
export type CreatedApiKey = AdminResponse<'/api-keys', 'post'>;
export type NewApiKeyBody = AdminBody<'/api-keys', 'post'>;
export type ApiKeyScope = ApiKey['scopes'][number];
export type PortalSettings = AdminResponse<'/portal/settings', 'get'>;
export type PortalSettingsUpdate = AdminBody<'/portal/settings', 'patch'>;

export const staffKeys = queryKeys('staff-users');
export const apiKeyKeys = queryKeys('api-keys');
/** One record per organization: `portalSettingsKeys.all`. */
export const portalSettingsKeys = queryKeys('portal-settings');

export const staffRoles: readonly StaffRole[] = ['owner', 'admin', 'staff'];

/** The scopes a key may have, in the order the dialog offers them. */
export const apiKeyScopes = ['customers.read', 'customers.write', 'orders.read', 'orders.write', 'portal.read', 'portal.write', 'settings.read', 'settings.write', 'notifications.read', 'subscriptions.read', 'subscriptions.write', 'projects.read', 'projects.write'] as const satisfies readonly ApiKeyScope[];
// A scope the API adds is a compile error here until the dialog offers it.
type UnofferedScope = Exclude<ApiKeyScope, (typeof apiKeyScopes)[number]>;
const everyScopeOffered: [UnofferedScope] extends [never] ? true : UnofferedScope = true;
void everyScopeOffered;

/** Every staff member (a short list: all pages). */
export function fetchStaffUsers(signal: AbortSignal): Promise<{ data: StaffUser[] }> {
  return fetchAllPages((cursor) => adminClient.get('/staff-users', { params: { query: { limit: 100, cursor } }, signal }));
}

export function addStaffUser(body: NewStaffBody) {
  return adminClient.post('/staff-users', { body });
}

export function updateStaffUser(id: string, body: StaffUpdate) {
  return adminClient.patch('/staff-users/{id}', { params: { path: { id } }, body });
}

/** Every API key, revoked ones included (a short list: all pages). */
export function fetchApiKeys(signal: AbortSignal): Promise<{ data: ApiKey[] }> {
  return fetchAllPages((cursor) => adminClient.get('/api-keys', { params: { query: { limit: 100, cursor } }, signal }));
}

export function createApiKey(body: NewApiKeyBody): Promise<CreatedApiKey> {
  return adminClient.post('/api-keys', { body });
}

export function revokeApiKey(id: string): Promise<undefined> {
  return adminClient.delete('/api-keys/{id}', { params: { path: { id } } });
}

export function fetchPortalSettings(signal: AbortSignal): Promise<PortalSettings> {
  return adminClient.get('/portal/settings', { signal });
}

export function savePortalSettings(body: PortalSettingsUpdate): Promise<PortalSettings> {
  return adminClient.patch('/portal/settings', { body });
}

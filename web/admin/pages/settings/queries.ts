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

export type RotatedApiKey = AdminResponse<'/api-keys/{id}/rotate', 'post'>;

/**
 * The modules a key is given access to, in the order the dialog offers them: each "read" or "read and
 * write" (its `.read`, or its `.read` and `.write` scopes). Notifications can only be read.
 */
export const apiKeyModules = ['customers', 'documents', 'payments', 'orders', 'subscriptions', 'projects', 'settings', 'webhooks', 'portal', 'notifications'] as const;
export type ApiKeyModule = (typeof apiKeyModules)[number];
export const readOnlyModules: readonly ApiKeyModule[] = ['notifications'];
/** The scopes a key may have, in the API's order. */
export const apiKeyScopes = apiKeyModules.flatMap((module) => (readOnlyModules.includes(module) ? [`${module}.read`] : [`${module}.read`, `${module}.write`])) as ApiKeyScope[];
// A scope the API adds outside these modules is a compile error here until the dialog offers it.
type UnofferedScope = Exclude<ApiKeyScope, `${ApiKeyModule}.${'read' | 'write'}`>;
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

/** A new key in place of this one; the old one keeps working for `overlapHours`. */
export function rotateApiKey({ id, overlapHours }: { id: string; overlapHours: number }): Promise<RotatedApiKey> {
  return adminClient.post('/api-keys/{id}/rotate', { params: { path: { id } }, body: { overlap_hours: overlapHours } });
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

export type CustomDomain = AdminResponse<'/portal/custom-domain', 'get'>;
/** One record per organization: `customDomainKeys.all`. */
export const customDomainKeys = queryKeys('custom-domain');

export function fetchCustomDomain(signal?: AbortSignal) {
  return adminClient.get('/portal/custom-domain', { signal });
}

export function saveCustomDomain(customDomain: string | null) {
  return adminClient.put('/portal/custom-domain', { body: { custom_domain: customDomain } });
}

export function verifyCustomDomain() {
  return adminClient.post('/portal/custom-domain/verify');
}

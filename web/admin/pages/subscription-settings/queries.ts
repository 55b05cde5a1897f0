/** The organization's subscription settings through the typed client: types from the OpenAPI document and the query key. */
import type { AdminBody, AdminResponse } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

export type SubscriptionSettings = AdminResponse<'/subscription-settings', 'get'>;
export type SubscriptionSettingsUpdate = AdminBody<'/subscription-settings', 'put'>;
export type PortalActionName = keyof SubscriptionSettings['portal_actions'];
export type CancelTiming = SubscriptionSettings['portal_actions']['cancel']['timing'];

/** One record per organization: `subscriptionSettingsKeys.all`. */
export const subscriptionSettingsKeys = queryKeys('subscription-settings');

export function fetchSubscriptionSettings(signal?: AbortSignal): Promise<SubscriptionSettings> {
  return adminClient.get('/subscription-settings', { signal });
}

export function saveSubscriptionSettings(body: SubscriptionSettingsUpdate): Promise<SubscriptionSettings> {
  return adminClient.put('/subscription-settings', { body });
}

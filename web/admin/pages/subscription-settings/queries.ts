/** The organization's subscription settings: their shape, the query key, the read and the save. */
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminCall } from '../subscriptions/pending-api.ts';
import type { SubscriptionStatus } from '../subscriptions/queries.ts';

export type CancelTiming = 'immediately' | 'at_period_end' | 'either';

export interface SubscriptionSettings {
  portal_actions: {
    cancel: { allowed: boolean; statuses: SubscriptionStatus[]; timing: CancelTiming };
    reactivate: { allowed: boolean };
    convert_trial: { allowed: boolean };
    extend_trial: { allowed: boolean; max_days: number };
    change_plan: { allowed: boolean; statuses: SubscriptionStatus[] };
    change_quantity: { allowed: boolean; statuses: SubscriptionStatus[] };
    change_addons: { allowed: boolean; statuses: SubscriptionStatus[] };
    pause: { allowed: boolean; statuses: SubscriptionStatus[]; max_days: number };
    resume: { allowed: boolean };
    change_payment_method: { allowed: boolean };
  };
  cancel_reasons: { code: string; label: string }[];
  credit_unused_on_cancel: boolean;
  dunning: { retry_days: number[]; after_final_failure: 'cancel' | 'mark_unpaid' };
  notify_staff_by_email: boolean;
  updated_at: string | null;
}

export type SubscriptionSettingsUpdate = Omit<SubscriptionSettings, 'updated_at'>;
export type PortalActionName = keyof SubscriptionSettings['portal_actions'];

/** One record per organization: `subscriptionSettingsKeys.all`. */
export const subscriptionSettingsKeys = queryKeys('subscription-settings');

export function fetchSubscriptionSettings(signal?: AbortSignal): Promise<SubscriptionSettings> {
  return adminCall('GET', '/subscription-settings', { signal });
}

export function saveSubscriptionSettings(body: SubscriptionSettingsUpdate): Promise<SubscriptionSettings> {
  return adminCall('PUT', '/subscription-settings', { body });
}

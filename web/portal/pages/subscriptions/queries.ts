/**
 * The customer's subscriptions in the portal: their shapes, the query keys, and the reads and writes of
 * the subscription pages (list, detail, the actions under `/subscriptions/{id}/…`).
 */
import { queryKeys } from '../../../ui/query/keys.ts';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { portalCall } from './pending-api.ts';

export type SubscriptionStatus = 'trial' | 'live' | 'non_renewing' | 'paused' | 'unpaid' | 'cancelled' | 'expired';
export type BillingInterval = 'day' | 'week' | 'month' | 'year';
/** The actions a contact may take in the portal, as staff's subscription settings name them. */
export type PortalAction = 'cancel' | 'reactivate' | 'convert_trial' | 'extend_trial' | 'change_plan' | 'change_quantity' | 'change_addons' | 'pause' | 'resume' | 'change_payment_method';
export type CancelTiming = 'immediately' | 'at_period_end';

export interface PlanRef {
  id: string;
  code: string;
  name: string;
}

export interface SubscriptionSummary {
  id: string;
  number: string;
  plan: PlanRef;
  status: SubscriptionStatus;
  quantity: number;
  currency: string;
  unit_price_minor: number;
  /** What one period costs, after the coupon. */
  amount_minor: number;
  interval: BillingInterval;
  interval_count: number;
  created_at: string;
  started_on: string;
  trial_end: string | null;
  current_period_start: string | null;
  current_period_end: string | null;
  next_billing_date: string | null;
  cancel_at_period_end: boolean;
  ends_on: string | null;
}

export interface SubscriptionAddon {
  addon_id: string;
  code: string;
  name: string;
  quantity: number;
  unit_price_minor: number;
}

export interface SubscriptionInvoice {
  id: string;
  number: string;
  status: string;
  total_minor: number;
  issue_date: string;
  period_start: string | null;
  period_end: string | null;
}

export interface SubscriptionEvent {
  id: string;
  kind: string;
  actor_type: string;
  actor_name: string | null;
  created_at: string;
}

export interface CancelReason {
  code: string;
  label: string;
}

/** A plan the subscription may move to, as the business allows in the portal. */
export interface PlanOption {
  id: string;
  name: string;
  currency: string;
  price_minor: number;
  interval: BillingInterval;
  interval_count: number;
}

export interface AddonOption {
  id: string;
  name: string;
  price_minor: number;
}

export interface SubscriptionDetail extends SubscriptionSummary {
  cancel_reason_code: string | null;
  paused_on: string | null;
  resume_on: string | null;
  coupon: { code: string; name: string } | null;
  addons: SubscriptionAddon[];
  payment_method: { id?: string; brand: string | null; last4: string | null } | null;
  auto_collect: boolean;
  scheduled_change: { plan_id: string; plan_name?: string; quantity: number; effective_on?: string } | null;
  version: number;
  invoices: SubscriptionInvoice[];
  /** What the business lets the contact do now; absent: every action is offered and the server decides. */
  allowed_actions?: PortalAction[];
  events?: SubscriptionEvent[];
  cancel_reasons?: CancelReason[];
  cancel_timing?: 'immediately' | 'at_period_end' | 'either';
  extend_trial_max_days?: number;
  pause_max_days?: number;
  change_plans?: PlanOption[];
  available_addons?: AddonOption[];
}

export interface ChangeRequest {
  plan_id: string;
  quantity: number;
  addons: { addon_id: string; quantity: number }[];
}

/** What a change would cost: the proration now and the next invoice. */
export interface ChangePreview {
  /** `now`: an upgrade applies at once; `period_end`: a downgrade waits for the end of the period. */
  effective: 'now' | 'period_end';
  effective_on: string;
  currency: string;
  credit_minor: number;
  charge_minor: number;
  /** Charged (positive) or credited (negative) now. */
  net_minor: number;
  next_invoice: { date: string | null; total_minor: number };
}

/** `subscriptionKeys.lists()`, `.detail(id)`, `.preview(id, change)` (under the detail). */
export const subscriptionKeys = {
  ...queryKeys('subscriptions'),
  preview: (id: string, change: ChangeRequest) => ['subscriptions', 'detail', id, 'change-preview', change] as const,
};

export const subscriptionPageSize = 25;

export function fetchSubscriptionPage(cursor: string | undefined, signal: AbortSignal): Promise<CursorPage<SubscriptionSummary>> {
  return portalCall('GET', '/subscriptions', { query: { limit: subscriptionPageSize, cursor }, signal });
}

export function fetchSubscription(id: string, signal?: AbortSignal): Promise<SubscriptionDetail> {
  return portalCall('GET', `/subscriptions/${encodeURIComponent(id)}`, { signal });
}

const action = (id: string, name: string, body: unknown = {}) => portalCall<SubscriptionDetail>('POST', `/subscriptions/${encodeURIComponent(id)}/${name}`, { body });

export const cancelSubscription = (id: string, body: { timing: CancelTiming; reason_code: string | null; reason_text: string | null }) => action(id, 'cancel', body);
export const reactivateSubscription = (id: string) => action(id, 'reactivate');
export const convertTrial = (id: string) => action(id, 'convert');
export const extendTrial = (id: string, days: number) => action(id, 'extend-trial', { days });
export const applyChange = (id: string, change: ChangeRequest) => action(id, 'change', change);
export const pauseSubscription = (id: string, resumeOn: string | null) => action(id, 'pause', { resume_on: resumeOn });
export const resumeSubscription = (id: string) => action(id, 'resume');
export const changePaymentMethod = (id: string, paymentMethodId: string) => action(id, 'payment-method', { payment_method_id: paymentMethodId });

export function fetchChangePreview(id: string, change: ChangeRequest, signal: AbortSignal): Promise<ChangePreview> {
  const addons = change.addons.map((addon) => `${addon.addon_id}:${addon.quantity}`).join(',');
  return portalCall('GET', `/subscriptions/${encodeURIComponent(id)}/change-preview`, { query: { plan_id: change.plan_id, quantity: change.quantity, addons: addons || undefined }, signal });
}

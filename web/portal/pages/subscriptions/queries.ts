/**
 * The customer's subscriptions in the portal: their shapes, the query keys, and the reads and writes of
 * the subscription pages (list, detail, the actions under `/subscriptions/{id}/…`).
 */
import { queryKeys } from '../../../ui/query/keys.ts';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { portalCall } from './pending-api.ts';

export type SubscriptionStatus = 'trial' | 'live' | 'non_renewing' | 'paused' | 'unpaid' | 'cancelled' | 'expired';
export type BillingInterval = 'day' | 'week' | 'month' | 'year';
/** What the contact may do now, as the business's subscription settings and the subscription's state allow. */
export type PortalAction =
  | 'cancel_immediately'
  | 'cancel_at_period_end'
  | 'reactivate'
  | 'convert_trial'
  | 'extend_trial'
  | 'change_plan'
  | 'change_quantity'
  | 'change_addons'
  | 'pause'
  | 'resume'
  | 'change_payment_method';
export type CancelTiming = 'immediately' | 'at_period_end';

export interface SubscriptionSummary {
  id: string;
  number: string;
  customer_id: string;
  customer_name: string;
  plan: { id: string; code: string; name: string };
  status: SubscriptionStatus;
  quantity: number;
  currency: string;
  unit_price_minor: number;
  /** What one period costs before tax, after the coupon. */
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
  cancel_reason_code: string | null;
  paused_on: string | null;
  resume_on: string | null;
  auto_collect: boolean;
  version: number;
}

export interface SubscriptionAddon {
  addon_id: string;
  code: string;
  name: string;
  kind: 'recurring' | 'one_off';
  quantity: number;
  unit_price_minor: number;
  billed_document_id: string | null;
}

export interface SubscriptionInvoice {
  id: string;
  number: string;
  status: string;
  total_minor: number;
  balance_minor: number;
  issue_date: string;
  billing_key: string;
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
  coupon: { id: string; code: string; name: string; discount_type: 'percent' | 'amount'; discount_value: number; duration: 'once' | 'periods' | 'forever'; duration_periods: number | null; periods_used: number } | null;
  addons: SubscriptionAddon[];
  payment_method: { id: string; type: 'card' | 'bank_account'; brand: string; last4: string } | null;
  /** A change waiting for the end of the period (a downgrade). */
  scheduled_change: { plan_id: string; quantity: number; addons: { addon_id: string; quantity: number }[]; requested_at: string } | null;
  cancel_reason_text: string | null;
  cancelled_at: string | null;
  source: 'staff' | 'hosted_page' | 'estimate';
  invoices: SubscriptionInvoice[];
  allowed_actions: PortalAction[];
  /** The reasons to choose from when cancelling. */
  cancel_reasons: { code: string; label: string }[];
  extend_trial_days_left: number;
  pause_max_days: number;
  change_plan_ids: string[];
  /** The plans of change_plan_ids with their names and prices, when the API gives them. */
  change_plans?: PlanOption[];
  /** Add-ons that may be added, when the API gives them. */
  available_addons?: AddonOption[];
  events?: SubscriptionEvent[];
}

/** A change asks only for what it changes; what it leaves out is kept. */
export interface ChangeRequest {
  plan_id?: string;
  quantity?: number;
  addons?: { addon_id: string; quantity: number }[];
}

/** What a change would do: when, the exact proration and the next invoice. */
export interface ChangePreview {
  /** `now`: an upgrade, prorated; `period_end`: a downgrade, at the end of the period paid for. */
  timing: 'now' | 'period_end';
  effective_on: string;
  currency: string;
  current_amount_minor: number;
  new_amount_minor: number;
  proration: { credit_minor: number; charge_minor: number; net_minor: number; days_remaining: number; days_in_period: number };
  proration_document: 'invoice' | 'credit_note' | null;
  next_invoice: { date: string | null; amount_minor: number; lines: { name: string; description: string | null; quantity: number; unit_price_minor: number; discount_minor: number; tax_minor: number; amount_minor: number }[] };
}

/**
 * `subscriptionKeys.lists()`, `.detail(id)`; `.preview(id, change)` apart from them: a preview is asked
 * once for the change shown, never again because the subscription changed.
 */
export const subscriptionKeys = {
  ...queryKeys('subscriptions'),
  preview: (id: string, change: ChangeRequest) => ['subscription-change-preview', id, change] as const,
};

export const subscriptionPageSize = 25;

export function fetchSubscriptionPage(cursor: string | undefined, signal: AbortSignal): Promise<CursorPage<SubscriptionSummary>> {
  return portalCall('GET', '/subscriptions', { query: { limit: subscriptionPageSize, cursor }, signal });
}

export function fetchSubscription(id: string, signal?: AbortSignal): Promise<SubscriptionDetail> {
  return portalCall('GET', `/subscriptions/${encodeURIComponent(id)}`, { signal });
}

const action = (id: string, name: string, body: unknown = {}) => portalCall<SubscriptionDetail>('POST', `/subscriptions/${encodeURIComponent(id)}/${name}`, { body });

/** Every action carries the version the page shows: a subscription changed meanwhile is refused, not changed blindly. */
type Seen = Pick<SubscriptionDetail, 'id' | 'version'>;

export const cancelSubscription = (sub: Seen, body: { timing: CancelTiming; reason_code?: string; reason_text?: string }) => action(sub.id, 'cancel', { ...body, version: sub.version });
export const reactivateSubscription = (sub: Seen) => action(sub.id, 'reactivate', { version: sub.version });
export const convertTrial = (sub: Seen) => action(sub.id, 'convert', { version: sub.version });
export const extendTrial = (sub: Seen, days: number) => action(sub.id, 'extend-trial', { days, version: sub.version });
export const applyChange = (sub: Seen, change: ChangeRequest) => action(sub.id, 'change', { ...change, version: sub.version });
export const pauseSubscription = (sub: Seen, resumeOn: string) => action(sub.id, 'pause', { resume_on: resumeOn, version: sub.version });
export const resumeSubscription = (sub: Seen) => action(sub.id, 'resume', { version: sub.version });
export const changePaymentMethod = (sub: Seen, paymentMethodId: string) => action(sub.id, 'payment-method', { payment_method_id: paymentMethodId, version: sub.version });

export function fetchChangePreview(id: string, change: ChangeRequest, signal: AbortSignal): Promise<ChangePreview> {
  // `addons` empty means none, left out means kept: the preview asks what the change will.
  const addons = change.addons?.map((addon) => `${addon.addon_id}:${addon.quantity}`).join(',');
  return portalCall('GET', `/subscriptions/${encodeURIComponent(id)}/change-preview`, { query: { plan_id: change.plan_id, quantity: change.quantity, addons }, signal, keepEmpty: true });
}

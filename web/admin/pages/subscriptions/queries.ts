/**
 * Subscriptions in the console: their shapes, the query keys, and the reads and writes the subscription
 * pages share (list, detail with history, the new-subscription form, staff actions).
 */
import type { AdminBody, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { adminCall } from './pending-api.ts';

export type SubscriptionStatus = 'trial' | 'live' | 'non_renewing' | 'paused' | 'unpaid' | 'cancelled' | 'expired';
export const subscriptionStatuses: readonly SubscriptionStatus[] = ['trial', 'live', 'non_renewing', 'paused', 'unpaid', 'cancelled', 'expired'];
export type BillingInterval = 'day' | 'week' | 'month' | 'year';

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

export interface Subscription extends SubscriptionSummary {
  coupon: { id: string; code: string; name: string; discount_type: 'percent' | 'amount'; discount_value: number; duration: 'once' | 'periods' | 'forever'; duration_periods: number | null; periods_used: number } | null;
  addons: { addon_id: string; code: string; name: string; kind: 'recurring' | 'one_off'; quantity: number; unit_price_minor: number; billed_document_id: string | null }[];
  payment_method: { id: string; type: 'card' | 'bank_account'; brand: string; last4: string } | null;
  scheduled_change: { plan_id: string; quantity: number; addons: { addon_id: string; quantity: number }[]; requested_at: string } | null;
  cancel_reason_text: string | null;
  cancelled_at: string | null;
  source: 'staff' | 'hosted_page' | 'estimate';
  invoices: { id: string; number: string; status: string; total_minor: number; balance_minor: number; issue_date: string; billing_key: string; period_start: string | null; period_end: string | null }[];
  /** The charge attempts of its invoices, when the API gives them. */
  charges?: SubscriptionCharge[];
}

export interface SubscriptionCharge {
  id: string;
  document_id: string;
  attempt_number: number;
  status: 'scheduled' | 'succeeded' | 'failed' | 'pending' | 'skipped';
  failure_message: string | null;
  due_at: string;
  attempted_at: string | null;
}

export interface SubscriptionEvent {
  id: string;
  kind: string;
  actor_type: 'staff' | 'contact' | 'system' | 'api';
  actor_id: string | null;
  actor_name: string | null;
  details: Record<string, unknown>;
  created_at: string;
}

export interface SubscriptionListQuery {
  status?: SubscriptionStatus;
  plan_id?: string;
  customer_id?: string;
  limit?: number;
  cursor?: string;
}

export interface NewSubscriptionBody {
  customer_id: string;
  plan_id: string;
  quantity: number;
  addons: { addon_id: string; quantity: number }[];
  coupon_code?: string;
  start_date?: string;
  trial?: boolean;
  auto_collect: boolean;
}

export type Plan = RowOf<AdminResponse<'/plans', 'get'>>;
export type Addon = RowOf<AdminResponse<'/addons', 'get'>>;

/** `subscriptionKeys.list(query)`, `.detail(id)`, `.events(id)` (under the detail, refreshed with it). */
export const subscriptionKeys = { ...queryKeys('subscriptions'), events: (id: string) => ['subscriptions', 'detail', id, 'events'] as const };
export const planKeys = queryKeys('plans');
export const addonKeys = queryKeys('addons');

export function fetchSubscriptions(query: SubscriptionListQuery, signal?: AbortSignal): Promise<CursorPage<SubscriptionSummary>> {
  return adminCall('GET', '/subscriptions', { query: { ...query }, signal });
}

export function fetchSubscription(id: string, signal?: AbortSignal): Promise<Subscription> {
  return adminCall('GET', `/subscriptions/${encodeURIComponent(id)}`, { signal });
}

export async function fetchSubscriptionEvents(id: string, signal?: AbortSignal): Promise<SubscriptionEvent[]> {
  return (await adminCall<{ data: SubscriptionEvent[] }>('GET', `/subscriptions/${encodeURIComponent(id)}/events`, { signal })).data;
}

export function createSubscription(body: NewSubscriptionBody): Promise<Subscription> {
  return adminCall('POST', '/subscriptions', { body });
}

/** The plans subscriptions can be made on: those not archived. */
export async function fetchPlans(signal?: AbortSignal): Promise<Plan[]> {
  return (await adminClient.get('/plans', { params: { query: { active: 'true' } }, signal })).data;
}

export async function fetchAddons(signal?: AbortSignal): Promise<Addon[]> {
  return (await adminClient.get('/addons', { params: { query: { archived: 'false' } }, signal })).data.filter((addon) => !addon.archived);
}

/** Every staff action carries the version shown: a subscription changed meanwhile is refused (409), not changed blindly. */
type Seen = Pick<Subscription, 'id' | 'version'>;
const at = (sub: Seen) => ({ path: { id: sub.id } });

/** Staff actions on a subscription: no portal policy applies, the subscription's state still does. */
export const staffActions = {
  cancel: (sub: Seen, body: Omit<AdminBody<'/subscriptions/{id}/cancel', 'post'>, 'version'>) => adminClient.post('/subscriptions/{id}/cancel', { params: at(sub), body: { ...body, version: sub.version } }),
  reactivate: (sub: Seen) => adminClient.post('/subscriptions/{id}/reactivate', { params: at(sub), body: { version: sub.version } }),
  convert: (sub: Seen) => adminClient.post('/subscriptions/{id}/convert', { params: at(sub), body: { version: sub.version } }),
  extendTrial: (sub: Seen, days: number) => adminClient.post('/subscriptions/{id}/extend-trial', { params: at(sub), body: { days, version: sub.version } }),
  pause: (sub: Seen, resumeOn: string) => adminClient.post('/subscriptions/{id}/pause', { params: at(sub), body: { resume_on: resumeOn, version: sub.version } }),
  resume: (sub: Seen) => adminClient.post('/subscriptions/{id}/resume', { params: at(sub), body: { version: sub.version } }),
};

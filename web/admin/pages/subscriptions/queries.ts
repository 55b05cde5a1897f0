/**
 * Subscriptions in the console through the typed client: types from the OpenAPI document, the query
 * keys, and the reads and writes the subscription pages share (list, detail with history, the
 * new-subscription form, staff actions).
 */
import type { AdminBody, AdminQuery, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { adminClient } from '../../lib/client.ts';

export type SubscriptionSummary = RowOf<AdminResponse<'/subscriptions', 'get'>>;
export type Subscription = AdminResponse<'/subscriptions/{id}', 'get'>;
export type SubscriptionStatus = Subscription['status'];
export type SubscriptionEvent = AdminResponse<'/subscriptions/{id}/events', 'get'>['data'][number];
export type SubscriptionListQuery = AdminQuery<'/subscriptions'>;
export type NewSubscriptionBody = AdminBody<'/subscriptions', 'post'>;
export type Plan = RowOf<AdminResponse<'/plans', 'get'>>;
export type Addon = RowOf<AdminResponse<'/addons', 'get'>>;

export const subscriptionStatuses: readonly SubscriptionStatus[] = ['trial', 'live', 'non_renewing', 'paused', 'unpaid', 'cancelled', 'expired'];

/** `subscriptionKeys.list(query)`, `.detail(id)`, `.events(id)` (under the detail, refreshed with it). */
export const subscriptionKeys = { ...queryKeys('subscriptions'), events: (id: string) => ['subscriptions', 'detail', id, 'events'] as const };
export const planKeys = queryKeys('plans');
export const addonKeys = queryKeys('addons');

export function fetchSubscriptions(query: SubscriptionListQuery, signal?: AbortSignal): Promise<CursorPage<SubscriptionSummary>> {
  return adminClient.get('/subscriptions', { params: { query }, signal });
}

export function fetchSubscription(id: string, signal?: AbortSignal): Promise<Subscription> {
  return adminClient.get('/subscriptions/{id}', { params: { path: { id } }, signal });
}

export async function fetchSubscriptionEvents(id: string, signal?: AbortSignal): Promise<SubscriptionEvent[]> {
  return (await adminClient.get('/subscriptions/{id}/events', { params: { path: { id } }, signal })).data;
}

export function createSubscription(body: NewSubscriptionBody): Promise<Subscription> {
  return adminClient.post('/subscriptions', { body });
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

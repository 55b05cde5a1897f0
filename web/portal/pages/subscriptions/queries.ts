/**
 * The customer's subscriptions in the portal through the typed client: their shapes from the OpenAPI
 * document, the query keys, and the reads and writes of the subscription pages (list, detail, the
 * actions under `/subscriptions/{id}/…`).
 */
import type { PortalBody, PortalResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { portalClient } from '../../lib/client.ts';

export type SubscriptionSummary = RowOf<PortalResponse<'/subscriptions', 'get'>>;
export type SubscriptionStatus = SubscriptionSummary['status'];
export type BillingInterval = SubscriptionSummary['interval'];
export type SubscriptionAddon = PortalSubscription['addons'][number];
export type SubscriptionInvoice = PortalSubscription['invoices'][number];
/** What the contact may do now, as the business's subscription settings and the subscription's state allow. */
export type PortalAction = PortalSubscription['allowed_actions'][number];
export type CancelTiming = PortalBody<'/subscriptions/{id}/cancel', 'post'>['timing'];
/** What a change would do: when, the exact proration and the next invoice. */
export type ChangePreview = PortalResponse<'/subscriptions/{id}/change-preview', 'get'>;
/** A change asks only for what it changes; what it leaves out is kept. */
export type ChangeRequest = Omit<PortalBody<'/subscriptions/{id}/change', 'post'>, 'version'>;
type PortalSubscription = PortalResponse<'/subscriptions/{id}', 'get'>;

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

/**
 * A subscription as the portal's API answers it, with the plans it may change to (`change_plans`) and
 * the recurring add-ons it may carry (`available_addons`) for the change dialog.
 */
export type SubscriptionDetail = PortalSubscription;

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
  return portalClient.get('/subscriptions', { params: { query: { limit: subscriptionPageSize, cursor } }, signal });
}

export function fetchSubscription(id: string, signal?: AbortSignal): Promise<SubscriptionDetail> {
  return portalClient.get('/subscriptions/{id}', { params: { path: { id } }, signal });
}

/** Every action carries the version the page shows: a subscription changed meanwhile is refused, not changed blindly. */
type Seen = Pick<SubscriptionDetail, 'id' | 'version'>;
const path = (sub: Seen) => ({ path: { id: sub.id } });

export const cancelSubscription = (sub: Seen, body: Omit<PortalBody<'/subscriptions/{id}/cancel', 'post'>, 'version'>) =>
  portalClient.post('/subscriptions/{id}/cancel', { params: path(sub), body: { ...body, version: sub.version } });
export const reactivateSubscription = (sub: Seen) => portalClient.post('/subscriptions/{id}/reactivate', { params: path(sub), body: { version: sub.version } });
export const convertTrial = (sub: Seen) => portalClient.post('/subscriptions/{id}/convert', { params: path(sub), body: { version: sub.version } });
export const extendTrial = (sub: Seen, days: number) => portalClient.post('/subscriptions/{id}/extend-trial', { params: path(sub), body: { days, version: sub.version } });
export const applyChange = (sub: Seen, change: ChangeRequest) => portalClient.post('/subscriptions/{id}/change', { params: path(sub), body: { ...change, version: sub.version } });
export const pauseSubscription = (sub: Seen, resumeOn: string) => portalClient.post('/subscriptions/{id}/pause', { params: path(sub), body: { resume_on: resumeOn, version: sub.version } });
export const resumeSubscription = (sub: Seen) => portalClient.post('/subscriptions/{id}/resume', { params: path(sub), body: { version: sub.version } });
export const changePaymentMethod = (sub: Seen, paymentMethodId: string) =>
  portalClient.post('/subscriptions/{id}/payment-method', { params: path(sub), body: { payment_method_id: paymentMethodId, version: sub.version } });

export function fetchChangePreview(id: string, change: ChangeRequest, signal: AbortSignal): Promise<ChangePreview> {
  // `addons` empty means none, left out means kept: the preview asks what the change will.
  const addons = change.addons?.map((addon) => `${addon.addon_id}:${addon.quantity}`).join(',');
  return portalClient.get('/subscriptions/{id}/change-preview', { params: { path: { id }, query: { plan_id: change.plan_id, quantity: change.quantity, addons } }, signal });
}

/** Webhook endpoints, their delivery log and replays through the typed client. */
import type { AdminBody, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

export type WebhookEndpoint = RowOf<AdminResponse<'/webhook-endpoints', 'get'>>;
export type CreatedWebhookEndpoint = AdminResponse<'/webhook-endpoints', 'post'>;
export type NewWebhookEndpointBody = AdminBody<'/webhook-endpoints', 'post'>;
export type WebhookEndpointUpdate = AdminBody<'/webhook-endpoints/{id}', 'patch'>;
export type WebhookDelivery = RowOf<AdminResponse<'/webhook-endpoints/{id}/deliveries', 'get'>>;
export type WebhookEventType = NewWebhookEndpointBody['events'][number];

export const webhookKeys = queryKeys('webhook-endpoints');
export const deliveryKeys = queryKeys('webhook-deliveries');

/** The event types in the order the form offers them (the API's list; a new type is a compile error until offered). */
export const webhookEventTypes = [
  'document.viewed',
  'estimate.accepted',
  'estimate.declined',
  'estimate.changes_requested',
  'invoice.disputed',
  'payment.succeeded',
  'payment.failed',
  'payment.refunded',
  'order.placed',
  'shipment.shipped',
  'subscription.created',
  'subscription.renewed',
  'subscription.invoice_failed',
  'subscription.changed',
  'subscription.cancelled',
  'comment.added',
  'contact.signed_up',
  'company.details_changed',
] as const satisfies readonly WebhookEventType[];
type UnofferedType = Exclude<WebhookEventType, (typeof webhookEventTypes)[number]>;
const everyTypeOffered: [UnofferedType] extends [never] ? true : UnofferedType = true;
void everyTypeOffered;

export function fetchWebhookEndpoints(signal: AbortSignal) {
  return adminClient.get('/webhook-endpoints', { signal });
}

export function fetchWebhookEndpoint(id: string, signal: AbortSignal) {
  return adminClient.get('/webhook-endpoints/{id}', { params: { path: { id } }, signal });
}

export function createWebhookEndpoint(body: NewWebhookEndpointBody): Promise<CreatedWebhookEndpoint> {
  return adminClient.post('/webhook-endpoints', { body });
}

export function updateWebhookEndpoint(id: string, body: WebhookEndpointUpdate) {
  return adminClient.patch('/webhook-endpoints/{id}', { params: { path: { id } }, body });
}

export function deleteWebhookEndpoint(id: string) {
  return adminClient.delete('/webhook-endpoints/{id}', { params: { path: { id } } });
}

export function rollWebhookSecret(id: string, overlapHours: number) {
  return adminClient.post('/webhook-endpoints/{id}/roll-secret', { params: { path: { id } }, body: { overlap_hours: overlapHours } });
}

export function fetchDeliveryPage(id: string, query: { limit: number; cursor?: string | undefined }, signal: AbortSignal) {
  return adminClient.get('/webhook-endpoints/{id}/deliveries', { params: { path: { id }, query }, signal });
}

export function replayDelivery(id: string) {
  return adminClient.post('/webhook-deliveries/{id}/replay', { params: { path: { id } } });
}

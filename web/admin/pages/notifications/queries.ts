/** The signed-in staff member's notifications through the typed client: types and query keys. */
import type { AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

export type NotificationPage = AdminResponse<'/notifications', 'get'>;
export type AppNotification = RowOf<NotificationPage>;

/**
 * `notificationKeys.list({ unread })` (the page), `notificationKeys.list({ latest })` (the bell),
 * `notificationKeys.unreadCount()`; marking read makes `notificationKeys.all` stale.
 */
export const notificationKeys = { ...queryKeys('notifications'), unreadCount: () => ['notifications', 'unread-count'] as const };

export function fetchNotifications(query: { unread?: boolean; limit: number; cursor?: string }, signal: AbortSignal): Promise<NotificationPage> {
  return adminClient.get('/notifications', { params: { query: { unread: query.unread ? 'true' : undefined, limit: query.limit, cursor: query.cursor } }, signal });
}

/** How many are unread: one row asked for, the count comes with every page. */
export async function fetchUnreadCount(signal: AbortSignal): Promise<number> {
  return (await fetchNotifications({ unread: true, limit: 1 }, signal)).unread_count;
}

export function markNotificationRead(id: string): Promise<undefined> {
  return adminClient.post('/notifications/{id}/read', { params: { path: { id } } });
}

export function markAllNotificationsRead(): Promise<undefined> {
  return adminClient.post('/notifications/read-all');
}

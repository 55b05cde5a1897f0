import type { AppContext } from '../../context.ts';
import { notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { countUnreadNotifications, listActivityPage, listNotificationPage, markAllNotificationsRead, markNotificationRead } from './notification.repository.ts';

/** A page of the staff member's notifications, newest first, with how many are unread in all. */
export async function listNotifications(ctx: AppContext, staffUserId: string, options: { unreadOnly: boolean; limit: number; cursor?: string | undefined }) {
  const page = await listNotificationPage(ctx.db, staffUserId, options);
  return { page, unreadCount: await countUnreadNotifications(ctx.db, staffUserId) };
}

export async function readNotification(ctx: AppContext, staffUserId: string, id: string): Promise<void> {
  if (!(await markNotificationRead(ctx.db, staffUserId, id, isoNow(ctx.clock)))) throw notFound('Notification');
}

export async function readAllNotifications(ctx: AppContext, staffUserId: string): Promise<void> {
  await markAllNotificationsRead(ctx.db, staffUserId, isoNow(ctx.clock));
}

export async function listActivities(ctx: AppContext, organizationId: string, options: { customerId?: string | undefined; limit: number; cursor?: string | undefined }) {
  return listActivityPage(ctx.db, organizationId, options);
}

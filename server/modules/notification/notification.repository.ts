import type { Db } from '../../db/database.ts';
import { idKeyset, selectPage, type Page } from '../../db/keyset.ts';
import { activityMessageColumns } from '../activity/activity-message.ts';

function selectNotifications(db: Db, staffUserId: string) {
  return db
    .selectFrom('notifications')
    .leftJoin('activities', 'activities.id', 'notifications.activity_id')
    .leftJoin('customers', 'customers.id', 'activities.customer_id')
    .select(['notifications.id', 'notifications.event_type', 'notifications.message', 'notifications.link', 'notifications.read_at', 'notifications.created_at', ...activityMessageColumns])
    .where('notifications.staff_user_id', '=', staffUserId);
}
type NotificationView = Awaited<ReturnType<ReturnType<typeof selectNotifications>['execute']>>[number];

const notificationList = idKeyset<NotificationView>('notifications', 'notifications.id', (notification) => notification.id);

/** One page of a staff member's notifications, newest first, with what their activities say. */
export async function listNotificationPage(db: Db, staffUserId: string, options: { unreadOnly: boolean; limit: number; cursor?: string | undefined }): Promise<Page<NotificationView>> {
  let query = selectNotifications(db, staffUserId);
  if (options.unreadOnly) query = query.where('notifications.read_at', 'is', null);
  return selectPage(query, notificationList, { sort: '-id', limit: options.limit, cursor: options.cursor });
}

export async function countUnreadNotifications(db: Db, staffUserId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('staff_user_id', '=', staffUserId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

function selectActivities(db: Db, organizationId: string) {
  return db
    .selectFrom('activities')
    .leftJoin('customers', 'customers.id', 'activities.customer_id')
    .select([
      'activities.id',
      'activities.customer_id',
      'customers.display_name as customer_name',
      'activities.contact_person_id',
      'activities.actor_name',
      'activities.module',
      'activities.action',
      'activities.details',
      'activities.message_code',
      'activities.message_params',
      'activities.ip',
      'activities.user_agent',
      'activities.created_at',
    ])
    .where('activities.organization_id', '=', organizationId);
}
type ActivityView = Awaited<ReturnType<ReturnType<typeof selectActivities>['execute']>>[number];

const activityList = idKeyset<ActivityView>('activities', 'activities.id', (activity) => activity.id);

/** One page of the organization's portal activity, newest first. */
export async function listActivityPage(db: Db, organizationId: string, options: { customerId?: string | undefined; limit: number; cursor?: string | undefined }): Promise<Page<ActivityView>> {
  let query = selectActivities(db, organizationId);
  if (options.customerId) query = query.where('activities.customer_id', '=', options.customerId);
  return selectPage(query, activityList, { sort: '-id', limit: options.limit, cursor: options.cursor });
}

/** Marks one of the staff member's notifications read; false when they have no such notification. */
export async function markNotificationRead(db: Db, staffUserId: string, id: string, at: string): Promise<boolean> {
  const result = await db.updateTable('notifications').set({ read_at: at }).where('id', '=', id).where('staff_user_id', '=', staffUserId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function markAllNotificationsRead(db: Db, staffUserId: string, at: string): Promise<void> {
  await db.updateTable('notifications').set({ read_at: at }).where('staff_user_id', '=', staffUserId).where('read_at', 'is', null).execute();
}

import { todayIn } from '../../../contract/calendar.ts';
import { assertEventMessage, type EventMessage } from '../../../contract/messages/message-codes.ts';
import { renderMessage } from '../../../contract/messages/render.ts';
import type { PortalEventType } from '../../../contract/portal.ts';
import type { AppContext, RequestMeta } from '../../context.ts';
import type { Db, OrganizationRow } from '../../db/database.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import { renderStaffNotificationEmail } from '../../email/staff-notification-email.ts';
import { asLanguage } from '../../lib/accept-language.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { listActiveStaff } from '../organization/organization.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { insertActivity, insertNotifications } from './activity.repository.ts';
import { emitWebhookEvent } from '../outgoing-webhook/outgoing-webhook.service.ts';
import { webhookTypeOfPortalEvent } from '../outgoing-webhook/outgoing-webhook.ts';

export interface PortalEvent {
  type: PortalEventType;
  module: string;
  action: string;
  customerId: string | null;
  contactPersonId: string | null;
  actorName: string;
  /**
   * What happened, as a code with its parameters (contract/messages): each staff member reads it in
   * their own language, in the bell and in the email, and so does the contact on the portal's dashboard.
   */
  message: EventMessage;
  link?: string;
  details?: Record<string, unknown>;
}

/**
 * Records a portal action as an activity, an in-app notification for every staff member and, where
 * the portal settings ask for it, a staff email in each recipient's language: all in the caller's transaction.
 */
export async function recordPortalEvent(
  ctx: AppContext,
  db: Db,
  organization: OrganizationRow,
  event: PortalEvent,
  meta: RequestMeta,
): Promise<string> {
  const message = assertEventMessage(event.message);
  const now = isoNow(ctx.clock);
  const activityId = newId();
  await insertActivity(db, {
    id: activityId,
    organization_id: organization.id,
    customer_id: event.customerId,
    contact_person_id: event.contactPersonId,
    actor_name: event.actorName,
    module: event.module,
    action: event.action,
    details: event.details ? JSON.stringify(event.details) : null,
    message_code: message.code,
    message_params: JSON.stringify(message.params),
    ip: meta.ip,
    user_agent: meta.userAgent?.slice(0, 500) ?? null,
    created_at: now,
  }, { timeZone: organization.time_zone, day: todayIn(organization.time_zone, new Date(now)) });
  const webhookType = webhookTypeOfPortalEvent(event.type, event.module);
  if (webhookType) {
    await emitWebhookEvent(ctx, db, organization.id, webhookType, {
      activity: {
        id: activityId,
        customer_id: event.customerId,
        contact_person_id: event.contactPersonId,
        actor_name: event.actorName,
        module: event.module,
        action: event.action,
        details: event.details ?? {},
        occurred_at: now,
      },
    });
  }
  const staff = await listActiveStaff(db, organization.id);
  // The text is the activity's code, rendered for each reader when read.
  await insertNotifications(
    db,
    staff.map((member) => ({
      id: newId(),
      organization_id: organization.id,
      staff_user_id: member.id,
      activity_id: activityId,
      event_type: event.type,
      message: '',
      link: event.link ?? null,
      read_at: null,
      created_at: now,
    })),
  );
  const settings = parsePortalSettings(organization.portal_settings);
  if (settings.staff_email_events[event.type]) {
    const linkUrl = event.link ? `${ctx.config.publicUrl}${event.link}` : undefined;
    for (const member of staff) {
      const language = asLanguage(member.language) ?? 'en';
      const mail = renderStaffNotificationEmail({
        language,
        organizationName: organization.name,
        brandColor: organization.brand_color,
        message: renderMessage(language, message, 'staff'),
        at: new Date(now),
        timeZone: organization.time_zone,
        ip: meta.ip,
        linkUrl,
      });
      await enqueueEmail(ctx, db, { ...mail, to: member.email, kind: `staff_notification:${event.type}`, organizationId: organization.id });
    }
  }
  return activityId;
}

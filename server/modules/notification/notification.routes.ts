import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { presentPage } from '../../db/keyset.ts';
import { errorResponse, idParam, pageOf, pagingQuery } from '../../http/schemas.ts';
import { AppError } from '../../lib/app-error.ts';
import { activityOf, presentActivityMessage } from '../activity/activity-message.ts';
import { listActivities, listNotifications, readAllNotifications, readNotification } from './notification.service.ts';

/** A stored message for its reader: the text in their language, and the code with its parameters (docs/api.md). */
const messageFields = {
  message: z.string(),
  message_code: z.string().nullable(),
  message_params: z.record(z.string(), z.unknown()).nullable(),
};

const notification = z.object({
  id: z.string(),
  event_type: z.string(),
  ...messageFields,
  link: z.string().nullable(),
  read_at: z.string().nullable(),
  created_at: z.string(),
});

const activity = z.object({
  id: z.string(),
  customer_id: z.string().nullable(),
  customer_name: z.string().nullable(),
  contact_person_id: z.string().nullable(),
  actor_name: z.string(),
  module: z.string(),
  action: z.string(),
  ...messageFields,
  ip: z.string().nullable(),
  user_agent: z.string().nullable(),
  created_at: z.string(),
});

function staffUserIdOf(request: Parameters<typeof staffOf>[0]): string {
  const id = staffOf(request).staffUserId;
  // Notifications belong to people; an API key has none.
  if (!id) throw new AppError('FORBIDDEN', 'Notifications belong to a signed-in staff member');
  return id;
}

export function notificationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'notifications.read' });
  return async (app) => {
    app.get(
      '/notifications',
      {
        preHandler: read,
        schema: {
          tags: ['notifications'],
          summary: 'The signed-in staff member’s notifications, newest first, with the unread count',
          querystring: pagingQuery.extend({ unread: z.enum(['true', 'false']).optional() }),
          response: { 200: pageOf(notification).extend({ unread_count: z.number().int() }) },
        },
      },
      async (request) => {
        const staffUserId = staffUserIdOf(request);
        const language = staffOf(request).language;
        const { page, unreadCount } = await listNotifications(ctx, staffUserId, { unreadOnly: request.query.unread === 'true', limit: request.query.limit, cursor: request.query.cursor });
        const presented = await presentPage(page, (rows) =>
          rows.map((row) => ({
            id: row.id,
            event_type: row.event_type,
            ...presentActivityMessage(activityOf(row), language, 'staff', row.message),
            link: row.link,
            read_at: row.read_at,
            created_at: row.created_at,
          })),
        );
        return { ...presented, unread_count: unreadCount };
      },
    );

    app.post(
      '/notifications/:id/read',
      { preHandler: read, schema: { tags: ['notifications'], summary: 'Mark one notification read', params: idParam, response: { 204: z.null(), 404: errorResponse } } },
      async (request, reply) => {
        await readNotification(ctx, staffUserIdOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/notifications/read-all',
      { preHandler: read, schema: { tags: ['notifications'], summary: 'Mark every notification read', response: { 204: z.null() } } },
      async (request, reply) => {
        await readAllNotifications(ctx, staffUserIdOf(request));
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/activities',
      {
        preHandler: requireStaff(ctx, { scope: 'portal.read' }),
        schema: {
          tags: ['activities'],
          summary: 'Portal activity: who did what, when, from where',
          querystring: pagingQuery.extend({ customer_id: z.string().max(64).optional() }),
          response: { 200: pageOf(activity) },
        },
      },
      async (request) => {
        const language = staffOf(request).language;
        const page = await listActivities(ctx, staffOf(request).organizationId, { customerId: request.query.customer_id, limit: request.query.limit, cursor: request.query.cursor });
        return presentPage(page, (rows) =>
          rows.map(({ details, message_code, message_params, ...row }) => ({
            ...row,
            ...presentActivityMessage({ ...row, details, message_code, message_params }, language, 'staff'),
          })),
        );
      },
    );
  };
}

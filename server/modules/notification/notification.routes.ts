import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { decodeCursor, encodeCursor, errorResponse, idParam, pageOf, pagingQuery } from '../../http/schemas.ts';
import { AppError, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { activityMessageColumns, activityOf, presentActivityMessage } from '../activity/activity-message.ts';

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

function afterId(cursor: string | undefined): string | undefined {
  const after = decodeCursor(cursor, 1);
  if (cursor && !after) throw validationError('cursor', 'invalid_cursor', 'is not a cursor this list gave out');
  return after ? String(after[0]) : undefined;
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
        const after = afterId(request.query.cursor);
        let query = ctx.db
          .selectFrom('notifications')
          .leftJoin('activities', 'activities.id', 'notifications.activity_id')
          .leftJoin('customers', 'customers.id', 'activities.customer_id')
          .select([
            'notifications.id',
            'notifications.event_type',
            'notifications.message',
            'notifications.link',
            'notifications.read_at',
            'notifications.created_at',
            ...activityMessageColumns,
          ])
          .where('notifications.staff_user_id', '=', staffUserId);
        if (request.query.unread === 'true') query = query.where('notifications.read_at', 'is', null);
        if (after) query = query.where('notifications.id', '<', after);
        const rows = await query.orderBy('notifications.id', 'desc').limit(request.query.limit + 1).execute();
        const unread = await ctx.db
          .selectFrom('notifications')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .where('staff_user_id', '=', staffUserId)
          .where('read_at', 'is', null)
          .executeTakeFirstOrThrow();
        const language = staffOf(request).language;
        const page = rows.slice(0, request.query.limit).map((row) => ({
          id: row.id,
          event_type: row.event_type,
          ...presentActivityMessage(activityOf(row), language, 'staff', row.message),
          link: row.link,
          read_at: row.read_at,
          created_at: row.created_at,
        }));
        const last = page.at(-1);
        return { data: page, next_cursor: rows.length > request.query.limit && last ? encodeCursor([last.id]) : null, unread_count: Number(unread.count) };
      },
    );

    app.post(
      '/notifications/:id/read',
      { preHandler: read, schema: { tags: ['notifications'], summary: 'Mark one notification read', params: idParam, response: { 204: z.null(), 404: errorResponse } } },
      async (request, reply) => {
        const result = await ctx.db
          .updateTable('notifications')
          .set({ read_at: isoNow(ctx.clock) })
          .where('id', '=', request.params.id)
          .where('staff_user_id', '=', staffUserIdOf(request))
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw notFound('Notification');
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/notifications/read-all',
      { preHandler: read, schema: { tags: ['notifications'], summary: 'Mark every notification read', response: { 204: z.null() } } },
      async (request, reply) => {
        await ctx.db
          .updateTable('notifications')
          .set({ read_at: isoNow(ctx.clock) })
          .where('staff_user_id', '=', staffUserIdOf(request))
          .where('read_at', 'is', null)
          .execute();
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
        const after = afterId(request.query.cursor);
        let query = ctx.db
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
          .where('activities.organization_id', '=', staffOf(request).organizationId);
        if (request.query.customer_id) query = query.where('activities.customer_id', '=', request.query.customer_id);
        if (after) query = query.where('activities.id', '<', after);
        const rows = await query.orderBy('activities.id', 'desc').limit(request.query.limit + 1).execute();
        const language = staffOf(request).language;
        const page = rows.slice(0, request.query.limit).map(({ details: _details, message_code: _code, message_params: _params, ...row }) => ({
          ...row,
          ...presentActivityMessage({ ...row, details: _details, message_code: _code, message_params: _params }, language, 'staff'),
        }));
        const last = page.at(-1);
        return { data: page, next_cursor: rows.length > request.query.limit && last ? encodeCursor([last.id]) : null };
      },
    );
  };
}

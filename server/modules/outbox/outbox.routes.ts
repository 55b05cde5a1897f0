import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { decodeCursor, encodeCursor, errorResponse, idParam, pageOf, pagingQuery } from '../../http/schemas.ts';
import { notFound, validationError } from '../../lib/app-error.ts';

const outboxEmail = z.object({
  id: z.string(),
  kind: z.string(),
  to: z.string(),
  subject: z.string(),
  status: z.enum(['pending', 'sent', 'failed', 'kept']),
  attempts: z.number().int(),
  last_error: z.string().nullable(),
  created_at: z.string(),
  sent_at: z.string().nullable(),
});

const columns = ['id', 'kind', 'to_address', 'subject', 'status', 'attempts', 'last_error', 'created_at', 'sent_at'] as const;

/** The mail Portico sent or keeps (no SMTP configured) for the organization, newest first. */
export function outboxRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const access = requireStaff(ctx, { scope: 'settings.read', roles: ['owner', 'admin'] });
  return async (app) => {
    app.get(
      '/outbox',
      {
        preHandler: access,
        schema: { tags: ['outbox'], summary: 'Email outbox', querystring: pagingQuery.extend({ status: z.enum(['pending', 'sent', 'failed', 'kept']).optional() }), response: { 200: pageOf(outboxEmail) } },
      },
      async (request) => {
        const after = decodeCursor(request.query.cursor, 1);
        if (request.query.cursor && !after) throw validationError('cursor', 'invalid_cursor', 'is not a cursor this list gave out');
        let query = ctx.db.selectFrom('outbox_emails').select(columns).where('organization_id', '=', staffOf(request).organizationId);
        if (request.query.status) query = query.where('status', '=', request.query.status);
        if (after) query = query.where('id', '<', String(after[0]));
        const rows = await query.orderBy('id', 'desc').limit(request.query.limit + 1).execute();
        const page = rows.slice(0, request.query.limit);
        const last = page.at(-1);
        return {
          data: page.map(({ to_address, ...row }) => ({ ...row, to: to_address })),
          next_cursor: rows.length > request.query.limit && last ? encodeCursor([last.id]) : null,
        };
      },
    );

    app.get(
      '/outbox/:id',
      {
        preHandler: access,
        schema: { tags: ['outbox'], summary: 'One email with its HTML and text', params: idParam, response: { 200: outboxEmail.extend({ html: z.string(), text: z.string() }), 404: errorResponse } },
      },
      async (request) => {
        const row = await ctx.db
          .selectFrom('outbox_emails')
          .select([...columns, 'html', 'text'])
          .where('id', '=', request.params.id)
          .where('organization_id', '=', staffOf(request).organizationId)
          .executeTakeFirst();
        if (!row) throw notFound('Email');
        const { to_address, ...rest } = row;
        return { ...rest, to: to_address };
      },
    );
  };
}

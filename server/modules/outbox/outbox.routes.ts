import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { presentPage } from '../../db/keyset.ts';
import { errorResponse, idParam, pageOf, pagingQuery } from '../../http/schemas.ts';
import { getOutboxEmail, listOutbox } from './outbox.service.ts';

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
        const page = await listOutbox(ctx, staffOf(request).organizationId, request.query);
        return presentPage(page, (rows) => rows.map(({ to_address, ...row }) => ({ ...row, to: to_address })));
      },
    );

    app.get(
      '/outbox/:id',
      {
        preHandler: access,
        schema: { tags: ['outbox'], summary: 'One email with its HTML and text', params: idParam, response: { 200: outboxEmail.extend({ html: z.string(), text: z.string() }), 404: errorResponse } },
      },
      async (request) => {
        const { to_address, ...rest } = await getOutboxEmail(ctx, staffOf(request).organizationId, request.params.id);
        return { ...rest, to: to_address };
      },
    );
  };
}

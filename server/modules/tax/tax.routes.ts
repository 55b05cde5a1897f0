import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { TaxesTable } from '../../db/billing-tables.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';

export const taxResponse = z.object({ id: z.string(), name: z.string(), rate_percent: z.number(), archived: z.boolean() });
const ratePercent = z.number().min(0).max(100).refine((value) => Math.abs(value * 1000 - Math.round(value * 1000)) < 1e-6, 'may have at most three decimals');
const taxBody = z.object({ name: z.string().trim().min(1).max(100), rate_percent: ratePercent }).strict();

export function toTax(row: TaxesTable): z.infer<typeof taxResponse> {
  return { id: row.id, name: row.name, rate_percent: row.rate_millipercent / 1000, archived: row.archived_at !== null };
}

export async function findTax(db: Db, organizationId: string, id: string): Promise<TaxesTable | undefined> {
  return db.selectFrom('taxes').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export function taxRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'customers.read' });
  const write = requireStaff(ctx, { scope: 'settings.write', roles: ['owner', 'admin'] });
  return async (app) => {
    app.get('/taxes', { preHandler: read, schema: { tags: ['taxes'], summary: 'Tax rates', response: { 200: z.object({ data: z.array(taxResponse) }) } } }, async (request) => {
      const rows = await ctx.db.selectFrom('taxes').selectAll().where('organization_id', '=', staffOf(request).organizationId).orderBy('name').execute();
      return { data: rows.map(toTax) };
    });

    app.post('/taxes', { preHandler: write, schema: { tags: ['taxes'], summary: 'Add a tax rate', body: taxBody, response: { 201: taxResponse } } }, async (request, reply) => {
      const now = isoNow(ctx.clock);
      const row: TaxesTable = { id: newId(), organization_id: staffOf(request).organizationId, name: request.body.name, rate_millipercent: Math.round(request.body.rate_percent * 1000), archived_at: null, created_at: now, updated_at: now };
      await ctx.db.insertInto('taxes').values(row).execute();
      return reply.status(201).send(toTax(row));
    });

    app.patch(
      '/taxes/:id',
      { preHandler: write, schema: { tags: ['taxes'], summary: 'Change a tax rate (documents keep the rate they were made with)', params: idParam, body: taxBody.partial(), response: { 200: taxResponse, 404: errorResponse } } },
      async (request) => {
        const organizationId = staffOf(request).organizationId;
        if (!(await findTax(ctx.db, organizationId, request.params.id))) throw notFound('Tax');
        await ctx.db
          .updateTable('taxes')
          .set({
            updated_at: isoNow(ctx.clock),
            ...(request.body.name ? { name: request.body.name } : {}),
            ...(request.body.rate_percent !== undefined ? { rate_millipercent: Math.round(request.body.rate_percent * 1000) } : {}),
          })
          .where('id', '=', request.params.id)
          .execute();
        return toTax((await findTax(ctx.db, organizationId, request.params.id))!);
      },
    );

    app.delete(
      '/taxes/:id',
      { preHandler: write, schema: { tags: ['taxes'], summary: 'Archive a tax rate', params: idParam, response: { 204: z.null(), 404: errorResponse } } },
      async (request, reply) => {
        const organizationId = staffOf(request).organizationId;
        if (!(await findTax(ctx.db, organizationId, request.params.id))) throw notFound('Tax');
        await ctx.db.updateTable('taxes').set({ archived_at: isoNow(ctx.clock) }).where('id', '=', request.params.id).execute();
        return reply.status(204).send(null);
      },
    );
  };
}

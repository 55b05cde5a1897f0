import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { ItemsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { presentPage } from '../../db/keyset.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam, pageOf, pagingQuery } from '../../http/schemas.ts';
import { notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { currencyField } from '../customer/customer.schemas.ts';
import { findTax } from '../tax/tax.routes.ts';
import { listItemPage } from './item.repository.ts';

const itemResponse = z.object({
  id: z.string(),
  name: z.string(),
  sku: z.string().nullable(),
  unit: z.string().nullable(),
  description: z.string().nullable(),
  rate_minor: z.number().int(),
  currency: z.string(),
  tax_id: z.string().nullable(),
  archived: z.boolean(),
});

const itemBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    sku: z.string().trim().max(64).nullable().optional(),
    unit: z.string().trim().max(20).nullable().optional(),
    description: z.string().trim().max(2000).nullable().optional(),
    rate_minor: z.number().int().min(0).max(1_000_000_000_000),
    currency: currencyField,
    tax_id: z.string().max(64).nullable().optional(),
  })
  .strict();

function toItem(row: ItemsTable): z.infer<typeof itemResponse> {
  return { id: row.id, name: row.name, sku: row.sku, unit: row.unit, description: row.description, rate_minor: row.rate_minor, currency: row.currency, tax_id: row.tax_id, archived: row.archived_at !== null };
}

async function findItem(db: Db, organizationId: string, id: string) {
  return db.selectFrom('items').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

async function assertTax(db: Db, organizationId: string, taxId: string | null | undefined) {
  if (taxId && !(await findTax(db, organizationId, taxId))) throw validationError('tax_id', 'unknown_reference', 'is not a tax of this organization');
}

export function itemRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'customers.read' });
  const write = requireStaff(ctx, { scope: 'customers.write' });
  return async (app) => {
    app.get(
      '/items',
      { preHandler: read, schema: { tags: ['items'], summary: 'The catalogue (search by name or SKU)', querystring: pagingQuery.extend({ search: z.string().trim().max(200).optional() }), response: { 200: pageOf(itemResponse) } } },
      async (request) => {
        const page = await listItemPage(ctx.db, staffOf(request).organizationId, request.query);
        return presentPage(page, (rows) => rows.map(toItem));
      },
    );

    app.post('/items', { preHandler: write, schema: { tags: ['items'], summary: 'Add an item', body: itemBody, response: { 201: itemResponse, 400: errorResponse } } }, async (request, reply) => {
      const organizationId = staffOf(request).organizationId;
      await assertTax(ctx.db, organizationId, request.body.tax_id);
      const now = isoNow(ctx.clock);
      const row: ItemsTable = {
        id: newId(),
        organization_id: organizationId,
        name: request.body.name,
        sku: request.body.sku ?? null,
        unit: request.body.unit ?? null,
        description: request.body.description ?? null,
        rate_minor: request.body.rate_minor,
        currency: request.body.currency,
        tax_id: request.body.tax_id ?? null,
        archived_at: null,
        created_at: now,
        updated_at: now,
      };
      await ctx.db.insertInto('items').values(row).execute();
      return reply.status(201).send(toItem(row));
    });

    app.get('/items/:id', { preHandler: read, schema: { tags: ['items'], summary: 'An item', params: idParam, response: { 200: itemResponse, 404: errorResponse } } }, async (request) => {
      const row = await findItem(ctx.db, staffOf(request).organizationId, request.params.id);
      if (!row) throw notFound('Item');
      return toItem(row);
    });

    app.patch(
      '/items/:id',
      { preHandler: write, schema: { tags: ['items'], summary: 'Change an item', params: idParam, body: itemBody.partial(), response: { 200: itemResponse, 404: errorResponse } } },
      async (request) => {
        const organizationId = staffOf(request).organizationId;
        if (!(await findItem(ctx.db, organizationId, request.params.id))) throw notFound('Item');
        await assertTax(ctx.db, organizationId, request.body.tax_id);
        await ctx.db.updateTable('items').set({ ...request.body, updated_at: isoNow(ctx.clock) }).where('id', '=', request.params.id).execute();
        return toItem((await findItem(ctx.db, organizationId, request.params.id))!);
      },
    );

    app.delete('/items/:id', { preHandler: write, schema: { tags: ['items'], summary: 'Archive an item', params: idParam, response: { 204: z.null(), 404: errorResponse } } }, async (request, reply) => {
      const organizationId = staffOf(request).organizationId;
      if (!(await findItem(ctx.db, organizationId, request.params.id))) throw notFound('Item');
      await ctx.db.updateTable('items').set({ archived_at: isoNow(ctx.clock) }).where('id', '=', request.params.id).execute();
      return reply.status(204).send(null);
    });
  };
}

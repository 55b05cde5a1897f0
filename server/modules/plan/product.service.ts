import type { AppContext } from '../../context.ts';
import type { ProductsTable } from '../../db/subscription-tables.ts';
import { notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import * as repo from './plan.repository.ts';
import type { CreateProductBody, UpdateProductBody } from './plan.schemas.ts';

export async function listProducts(ctx: AppContext, organizationId: string, query: { archived?: 'true' | 'false' | undefined }): Promise<ProductsTable[]> {
  return repo.listProducts(ctx.db, organizationId, { archived: query.archived === undefined ? undefined : query.archived === 'true' });
}

export async function getProduct(ctx: AppContext, organizationId: string, id: string): Promise<ProductsTable> {
  const product = await repo.findProduct(ctx.db, organizationId, id);
  if (!product) throw notFound('Product');
  return product;
}

export async function createProduct(ctx: AppContext, organizationId: string, input: CreateProductBody): Promise<ProductsTable> {
  const now = isoNow(ctx.clock);
  const row: ProductsTable = { id: newId(), organization_id: organizationId, name: input.name, description: input.description ?? null, archived_at: null, created_at: now, updated_at: now };
  await repo.insertProduct(ctx.db, row);
  return row;
}

export async function updateProduct(ctx: AppContext, organizationId: string, id: string, input: UpdateProductBody): Promise<ProductsTable> {
  const changes: Partial<ProductsTable> = { updated_at: isoNow(ctx.clock) };
  if (input.name !== undefined) changes.name = input.name;
  if (input.description !== undefined) changes.description = input.description;
  if (!(await repo.updateProduct(ctx.db, organizationId, id, changes))) throw notFound('Product');
  return getProduct(ctx, organizationId, id);
}

/** Archives a product and its plans: none of them can be subscribed to any more; subscriptions go on. */
export async function archiveProduct(ctx: AppContext, organizationId: string, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const product = await repo.findProduct(trx, organizationId, id);
    if (!product) throw notFound('Product');
    if (product.archived_at !== null) return;
    const now = isoNow(ctx.clock);
    await repo.updateProduct(trx, organizationId, id, { archived_at: now, updated_at: now });
    await repo.archivePlansOfProduct(trx, organizationId, id, now);
  });
}

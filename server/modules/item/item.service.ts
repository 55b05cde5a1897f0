import type { Updateable } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { ItemsTable } from '../../db/billing-tables.ts';
import type { Page } from '../../db/keyset.ts';
import { notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { stockOf, type StockFigures } from '../stock/stock.service.ts';
import { assertTaxOfOrganization } from '../tax/tax.service.ts';
import { listImagesOfItems, type ItemImageSummary } from './item-image.service.ts';
import { findItem, insertItem, listItemCategories, listItemPage, updateItem, type ItemListFilter } from './item.repository.ts';
import type { ItemBody, ItemChanges } from './item.schemas.ts';

export type ItemStock = StockFigures;

/** An item with its stock (summed over the warehouses; absent when not tracked) and its images. */
export interface ItemView {
  row: ItemsTable;
  stock: ItemStock | undefined;
  images: ItemImageSummary[];
}

const flag = (value: boolean | undefined): number | undefined => (value === undefined ? undefined : value ? 1 : 0);

/** Stock and images of the rows, two queries whatever their number. */
async function viewsOf(ctx: AppContext, organizationId: string, rows: ItemsTable[]): Promise<ItemView[]> {
  const ids = rows.map((row) => row.id);
  const [stock, images] = await Promise.all([stockOf(ctx.db, organizationId, ids), listImagesOfItems(ctx.db, organizationId, ids)]);
  return rows.map((row) => ({ row, stock: stock.get(row.id), images: images.get(row.id) ?? [] }));
}

export async function listItems(ctx: AppContext, organizationId: string, options: ItemListFilter & { limit: number; cursor?: string | undefined }): Promise<Page<ItemView>> {
  const page = await listItemPage(ctx.db, organizationId, options);
  return { ...page, data: await viewsOf(ctx, organizationId, page.data) };
}

/** The categories in use, by name, with their number of live items. */
export async function listCategories(ctx: AppContext, organizationId: string): Promise<{ name: string; item_count: number }[]> {
  return listItemCategories(ctx.db, organizationId);
}

/** The item row of the organization, or a 404. */
export async function getItemRow(ctx: AppContext, organizationId: string, id: string): Promise<ItemsTable> {
  const row = await findItem(ctx.db, organizationId, id);
  if (!row) throw notFound('Item');
  return row;
}

export async function getItem(ctx: AppContext, organizationId: string, id: string): Promise<ItemView> {
  const [view] = await viewsOf(ctx, organizationId, [await getItemRow(ctx, organizationId, id)]);
  if (!view) throw notFound('Item');
  return view;
}

export async function addItem(ctx: AppContext, organizationId: string, input: ItemBody): Promise<ItemView> {
  await assertTaxOfOrganization(ctx.db, organizationId, input.tax_id);
  const now = isoNow(ctx.clock);
  const row: ItemsTable = {
    id: newId(),
    organization_id: organizationId,
    name: input.name,
    sku: input.sku ?? null,
    unit: input.unit ?? null,
    description: input.description ?? null,
    rate_minor: input.rate_minor,
    currency: input.currency,
    tax_id: input.tax_id ?? null,
    archived_at: null,
    created_at: now,
    updated_at: now,
    category: input.category ?? null,
    sellable_in_portal: flag(input.sellable_in_portal) ?? 0,
    allow_backorders: flag(input.allow_backorders) ?? 0,
    track_stock: flag(input.track_stock) ?? 0,
  };
  await insertItem(ctx.db, row);
  return getItem(ctx, organizationId, row.id);
}

export async function changeItem(ctx: AppContext, organizationId: string, id: string, input: ItemChanges): Promise<ItemView> {
  await getItemRow(ctx, organizationId, id);
  await assertTaxOfOrganization(ctx.db, organizationId, input.tax_id);
  const { sellable_in_portal, allow_backorders, track_stock, ...rest } = input;
  const changes: Updateable<ItemsTable> = { ...rest, updated_at: isoNow(ctx.clock) };
  if (sellable_in_portal !== undefined) changes.sellable_in_portal = flag(sellable_in_portal);
  if (allow_backorders !== undefined) changes.allow_backorders = flag(allow_backorders);
  if (track_stock !== undefined) changes.track_stock = flag(track_stock);
  await updateItem(ctx.db, organizationId, id, changes);
  return getItem(ctx, organizationId, id);
}

export async function archiveItem(ctx: AppContext, organizationId: string, id: string): Promise<void> {
  await getItemRow(ctx, organizationId, id);
  await updateItem(ctx.db, organizationId, id, { archived_at: isoNow(ctx.clock) });
}

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
import { findItem, findItemByExternalId, insertItem, listItemCategories, listItemPage, updateItem, type ItemListFilter } from './item.repository.ts';
import { putByExternalId } from '../../db/external-id.ts';
import type { ItemBody, ItemChanges, PutItemBody } from './item.schemas.ts';

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
    external_id: input.external_id ?? null,
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
  // An archive is a change an incremental pull must see.
  const now = isoNow(ctx.clock);
  await updateItem(ctx.db, organizationId, id, { archived_at: now, updated_at: now });
}

/** The fields of `row` that differ from the whole item `body` (undefined when none does). */
function itemChanges(row: ItemsTable, body: PutItemBody): ItemChanges | undefined {
  const changes: ItemChanges = {};
  if (row.name !== body.name) changes.name = body.name;
  if (row.sku !== (body.sku ?? null)) changes.sku = body.sku ?? null;
  if (row.unit !== (body.unit ?? null)) changes.unit = body.unit ?? null;
  if (row.description !== (body.description ?? null)) changes.description = body.description ?? null;
  if (row.rate_minor !== body.rate_minor) changes.rate_minor = body.rate_minor;
  if (row.currency !== body.currency) changes.currency = body.currency;
  if (row.tax_id !== (body.tax_id ?? null)) changes.tax_id = body.tax_id ?? null;
  if (row.category !== (body.category ?? null)) changes.category = body.category ?? null;
  if ((row.sellable_in_portal === 1) !== (body.sellable_in_portal ?? false)) changes.sellable_in_portal = body.sellable_in_portal ?? false;
  if ((row.allow_backorders === 1) !== (body.allow_backorders ?? false)) changes.allow_backorders = body.allow_backorders ?? false;
  if ((row.track_stock === 1) !== (body.track_stock ?? false)) changes.track_stock = body.track_stock ?? false;
  return Object.keys(changes).length > 0 ? changes : undefined;
}

/**
 * Creates the item with this external id (created) or changes it to exactly the body; a PUT that changes
 * nothing writes nothing. Two PUTs of a new external id at once: the unique index lets one create, the
 * other reads the item again and updates it. An archived item stays archived.
 */
export async function putItemByExternalId(ctx: AppContext, organizationId: string, externalId: string, body: PutItemBody): Promise<{ view: ItemView; created: boolean }> {
  const { result, created } = await putByExternalId(ctx, {
    find: () => findItemByExternalId(ctx.db, organizationId, externalId),
    update: async (existing) => {
      const changes = itemChanges(existing, body);
      return changes ? changeItem(ctx, organizationId, existing.id, changes) : getItem(ctx, organizationId, existing.id);
    },
    create: () => addItem(ctx, organizationId, { ...body, external_id: externalId }),
  });
  return { view: result, created };
}

/** The ids of the organization's items with these external ids (those that have one). */
export async function itemIdsByExternalId(ctx: AppContext, organizationId: string, externalIds: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const externalId of new Set(externalIds)) {
    const item = await findItemByExternalId(ctx.db, organizationId, externalId);
    if (item) found.set(externalId, item.id);
  }
  return found;
}

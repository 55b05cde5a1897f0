import type { UnitPrice } from '../../../contract/pricing.ts';
import { quantityFromMilli } from '../../../contract/units.ts';
import type { AppContext } from '../../context.ts';
import type { ItemsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { presentPage, type Page } from '../../db/keyset.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { notFound } from '../../lib/app-error.ts';
import { todayOfOrganization } from '../organization/organization-today.ts';
import { customerPrices } from '../price-list/pricing.service.ts';
import { stockOf } from '../stock/stock.service.ts';
import { ownerOf } from './ordering-access.ts';
import * as repo from './portal-order.repository.ts';
import type { CatalogItem } from './portal-order.schemas.ts';

/** The organization's date for the contact ("today" decides which price lists apply). */
export function contactToday(ctx: AppContext, contact: ContactPrincipal): string {
  return todayOfOrganization({ time_zone: contact.timeZone }, ctx.clock.now());
}

/** What can be ordered of each tracked item now (never below zero); untracked items are absent (unlimited). */
export async function availableMilliOf(db: Db, organizationId: string, items: readonly Pick<ItemsTable, 'id' | 'track_stock'>[]): Promise<Map<string, number>> {
  const tracked = items.filter((item) => item.track_stock === 1).map((item) => item.id);
  const stock = tracked.length > 0 ? await stockOf(db, organizationId, tracked) : new Map<string, { available_milli: number }>();
  return new Map(tracked.map((id) => [id, Math.max(0, stock.get(id)?.available_milli ?? 0)]));
}

function presentItem(
  slug: string,
  item: ItemsTable,
  price: UnitPrice | null | undefined,
  available: Map<string, number>,
  images: Awaited<ReturnType<typeof repo.listImagesOfItems>>,
): CatalogItem {
  const availableMilli = available.get(item.id);
  return {
    id: item.id,
    name: item.name,
    sku: item.sku,
    unit: item.unit,
    description: item.description,
    category: item.category,
    unit_price_minor: price ? price.rate_minor : null,
    currency: price ? price.currency : null,
    price_source: price ? price.source : null,
    breaks: price ? price.breaks.map((step) => ({ min_quantity: quantityFromMilli(step.min_quantity_milli), unit_price_minor: step.rate_minor })) : [],
    track_stock: item.track_stock === 1,
    allow_backorders: item.allow_backorders === 1,
    available: availableMilli === undefined ? null : quantityFromMilli(availableMilli),
    images: images
      .filter((image) => image.item_id === item.id)
      .map((image) => ({ id: image.id, url: `/portal/${slug}/api/catalog/items/${item.id}/images/${image.id}`, alt_text: image.alt_text })),
  };
}

/** The items sold in the portal at this customer's prices (one unit), with what is available and their images. */
export async function listCatalog(
  ctx: AppContext,
  slug: string,
  contact: ContactPrincipal,
  query: { search?: string | undefined; category?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<CatalogItem>> {
  const owner = ownerOf(contact);
  const page = await repo.listCatalogPage(ctx.db, { organizationId: owner.organizationId, ...query });
  return presentPage(page, async (rows) => {
    const ids = rows.map((row) => row.id);
    const prices = await customerPrices(ctx.db, owner.organizationId, owner.customerId, ids.map((id) => ({ item_id: id, quantity_milli: 1000 })), contactToday(ctx, contact));
    const available = await availableMilliOf(ctx.db, owner.organizationId, rows);
    const images = await repo.listImagesOfItems(ctx.db, owner.organizationId, ids);
    return rows.map((row) => presentItem(slug, row, prices.get(row.id), available, images));
  });
}

export async function listCategories(ctx: AppContext, contact: ContactPrincipal) {
  return { data: await repo.listCatalogCategories(ctx.db, ownerOf(contact).organizationId) };
}

/** An image's bytes, for an item the portal sells. */
export async function readCatalogImage(ctx: AppContext, contact: ContactPrincipal, itemId: string, imageId: string) {
  const image = await repo.findCatalogImage(ctx.db, ownerOf(contact).organizationId, itemId, imageId);
  if (!image) throw notFound('Image');
  return { contentType: image.content_type, data: Buffer.from(image.data) };
}

/** What is available now of those of these items the portal sells, for the live catalogue. */
export async function availabilityOf(ctx: AppContext, organizationId: string, itemIds: readonly string[]): Promise<{ id: string; available: number | null }[]> {
  const items = (await repo.listItemsByIds(ctx.db, organizationId, itemIds)).filter((item) => item.sellable_in_portal === 1 && item.archived_at === null);
  const available = await availableMilliOf(ctx.db, organizationId, items);
  return items.map((item) => {
    const milli = available.get(item.id);
    return { id: item.id, available: milli === undefined ? null : quantityFromMilli(milli) };
  });
}

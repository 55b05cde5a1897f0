import type { AppContext } from '../../context.ts';
import type { ItemsTable } from '../../db/billing-tables.ts';
import type { Page } from '../../db/keyset.ts';
import { notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { assertTaxOfOrganization } from '../tax/tax.service.ts';
import { findItem, insertItem, listItemPage, updateItem } from './item.repository.ts';
import type { ItemBody, ItemChanges } from './item.schemas.ts';

export async function listItems(ctx: AppContext, organizationId: string, options: { search?: string | undefined; limit: number; cursor?: string | undefined }): Promise<Page<ItemsTable>> {
  return listItemPage(ctx.db, organizationId, options);
}

export async function getItem(ctx: AppContext, organizationId: string, id: string): Promise<ItemsTable> {
  const row = await findItem(ctx.db, organizationId, id);
  if (!row) throw notFound('Item');
  return row;
}

export async function addItem(ctx: AppContext, organizationId: string, input: ItemBody): Promise<ItemsTable> {
  await assertTaxOfOrganization(ctx.db, organizationId, input.tax_id);
  const now = isoNow(ctx.clock);
  const row: ItemsTable = {
    id: newId(),
    category: null,
    sellable_in_portal: 0,
    allow_backorders: 0,
    track_stock: 0,
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
  };
  await insertItem(ctx.db, row);
  return row;
}

export async function changeItem(ctx: AppContext, organizationId: string, id: string, input: ItemChanges): Promise<ItemsTable> {
  await getItem(ctx, organizationId, id);
  await assertTaxOfOrganization(ctx.db, organizationId, input.tax_id);
  await updateItem(ctx.db, organizationId, id, { ...input, updated_at: isoNow(ctx.clock) });
  return getItem(ctx, organizationId, id);
}

export async function archiveItem(ctx: AppContext, organizationId: string, id: string): Promise<void> {
  await getItem(ctx, organizationId, id);
  await updateItem(ctx.db, organizationId, id, { archived_at: isoNow(ctx.clock) });
}

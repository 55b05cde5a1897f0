import { sql, type Updateable } from 'kysely';
import type { ItemsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { defineKeyset, selectPage, type Page } from '../../db/keyset.ts';
import { withExternalIdCheck } from '../../db/external-id.ts';
import { containsText } from '../../db/search.ts';

const itemList = defineKeyset<ItemsTable>()({
  list: 'items',
  id: { column: 'id', of: (item) => item.id },
  keys: {
    name: { column: 'name', type: 'string', of: (item) => item.name },
    // Incremental pulls: ties on updated_at are broken by id, so paging sees each change once.
    updated_at: { column: 'updated_at', type: 'string', of: (item) => item.updated_at },
  },
});

export interface ItemListFilter {
  search?: string | undefined;
  category?: string | undefined;
  sellable?: boolean | undefined;
  updated_since?: string | undefined;
}

/** One page of the catalogue by name (or by last change for an incremental pull); the search looks in the name and the SKU. */
export async function listItemPage(db: Db, organizationId: string, options: ItemListFilter & { limit: number; cursor?: string | undefined }): Promise<Page<ItemsTable>> {
  let query = db.selectFrom('items').selectAll().where('organization_id', '=', organizationId);
  if (options.search) query = query.where(containsText(['name', 'sku'], options.search));
  if (options.category !== undefined) query = query.where('category', '=', options.category);
  if (options.sellable !== undefined) query = query.where('sellable_in_portal', '=', options.sellable ? 1 : 0);
  if (options.updated_since !== undefined) query = query.where('updated_at', '>=', options.updated_since);
  return selectPage(query, itemList, { sort: options.updated_since === undefined ? 'name' : 'updated_at', limit: options.limit, cursor: options.cursor });
}

/** The categories the organization's live items use, by name, with how many items each has. */
export async function listItemCategories(db: Db, organizationId: string): Promise<{ name: string; item_count: number }[]> {
  const rows = await db
    .selectFrom('items')
    .select(['category', sql<number>`cast(count(*) as bigint)`.as('item_count')])
    .where('organization_id', '=', organizationId)
    .where('archived_at', 'is', null)
    .where('category', 'is not', null)
    .groupBy('category')
    .orderBy('category')
    .execute();
  return rows.flatMap((row) => (row.category === null ? [] : [{ name: row.category, item_count: Number(row.item_count) }]));
}

export async function findItem(db: Db, organizationId: string, id: string): Promise<ItemsTable | undefined> {
  return db.selectFrom('items').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function insertItem(db: Db, row: ItemsTable): Promise<void> {
  await withExternalIdCheck('items', 'item', () => db.insertInto('items').values(row).execute());
}

export async function findItemByExternalId(db: Db, organizationId: string, externalId: string): Promise<ItemsTable | undefined> {
  return db.selectFrom('items').selectAll().where('organization_id', '=', organizationId).where('external_id', '=', externalId).executeTakeFirst();
}

export async function updateItem(db: Db, organizationId: string, id: string, changes: Updateable<ItemsTable>): Promise<void> {
  await withExternalIdCheck('items', 'item', () => db.updateTable('items').set(changes).where('organization_id', '=', organizationId).where('id', '=', id).execute());
}

import type { Updateable } from 'kysely';
import type { ItemsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { defineKeyset, selectPage, type Page } from '../../db/keyset.ts';
import { containsText } from '../../db/search.ts';

const itemList = defineKeyset<ItemsTable>()({
  list: 'items',
  id: { column: 'id', of: (item) => item.id },
  keys: { name: { column: 'name', type: 'string', of: (item) => item.name } },
});

/** One page of the catalogue by name; the search looks in the name and the SKU. */
export async function listItemPage(db: Db, organizationId: string, options: { search?: string | undefined; limit: number; cursor?: string | undefined }): Promise<Page<ItemsTable>> {
  let query = db.selectFrom('items').selectAll().where('organization_id', '=', organizationId);
  if (options.search) query = query.where(containsText(['name', 'sku'], options.search));
  return selectPage(query, itemList, { sort: 'name', limit: options.limit, cursor: options.cursor });
}

export async function findItem(db: Db, organizationId: string, id: string): Promise<ItemsTable | undefined> {
  return db.selectFrom('items').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function insertItem(db: Db, row: ItemsTable): Promise<void> {
  await db.insertInto('items').values(row).execute();
}

export async function updateItem(db: Db, organizationId: string, id: string, changes: Updateable<ItemsTable>): Promise<void> {
  await db.updateTable('items').set(changes).where('organization_id', '=', organizationId).where('id', '=', id).execute();
}

import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ItemImagesTable } from '../../db/order-tables.ts';

export type ItemImageSummaryRow = Omit<ItemImagesTable, 'data' | 'organization_id'>;

const summaryColumns = ['id', 'item_id', 'position', 'content_type', 'byte_size', 'alt_text', 'created_at'] as const;

/** The images of these items (without their bytes), in position order. */
export async function listItemImageRows(db: Db, organizationId: string, itemIds: readonly string[]): Promise<ItemImageSummaryRow[]> {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('item_images')
    .select(summaryColumns)
    .where('organization_id', '=', organizationId)
    .where('item_id', 'in', [...itemIds])
    .orderBy('item_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function findItemImage(db: Db, organizationId: string, itemId: string, imageId: string): Promise<ItemImagesTable | undefined> {
  return db.selectFrom('item_images').selectAll().where('organization_id', '=', organizationId).where('item_id', '=', itemId).where('id', '=', imageId).executeTakeFirst();
}

export async function countItemImages(db: Db, organizationId: string, itemId: string): Promise<number> {
  const row = await db
    .selectFrom('item_images')
    .select(sql<number>`cast(count(*) as bigint)`.as('count'))
    .where('organization_id', '=', organizationId)
    .where('item_id', '=', itemId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Adds the image after the item's last one (its position is computed in the same statement). */
export async function insertItemImage(db: Db, row: Omit<ItemImagesTable, 'position'>): Promise<number> {
  const inserted = await db
    .insertInto('item_images')
    .values({
      ...row,
      position: (eb) => eb.selectFrom('item_images').select(sql<number>`coalesce(max(position), 0) + 1`.as('next')).where('item_id', '=', row.item_id),
    })
    .returning('position')
    .executeTakeFirstOrThrow();
  return Number(inserted.position);
}

export async function deleteItemImageRow(db: Db, organizationId: string, itemId: string, imageId: string): Promise<boolean> {
  const result = await db.deleteFrom('item_images').where('organization_id', '=', organizationId).where('item_id', '=', itemId).where('id', '=', imageId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

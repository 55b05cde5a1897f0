import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { AppError, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { decodeBase64, MAX_IMAGES_PER_ITEM, MAX_ITEM_IMAGE_BYTES, sniffImageType } from './item-image.ts';
import { countItemImages, deleteItemImageRow, findItemImage, insertItemImage, listItemImageRows, type ItemImageSummaryRow } from './item-image.repository.ts';
import { findItem } from './item.repository.ts';
import type { ItemImageBody } from './item.schemas.ts';

/** An item's image without its bytes. */
export type ItemImageSummary = ItemImageSummaryRow;

export interface ItemImageFile {
  id: string;
  item_id: string;
  content_type: string;
  data: Buffer;
  byte_size: number;
  created_at: string;
}

/** The images of these items of the organization, keyed by item id, in position order (items without any are absent); one query. */
export async function listImagesOfItems(db: Db, organizationId: string, itemIds: readonly string[]): Promise<Map<string, ItemImageSummary[]>> {
  const byItem = new Map<string, ItemImageSummary[]>();
  for (const row of await listItemImageRows(db, organizationId, [...new Set(itemIds)])) {
    const list = byItem.get(row.item_id);
    if (list) list.push(row);
    else byItem.set(row.item_id, [row]);
  }
  return byItem;
}

/** One image of an item of the organization with its bytes; 404 when it is not there. */
export async function readItemImage(db: Db, organizationId: string, itemId: string, imageId: string): Promise<ItemImageFile> {
  const row = await findItemImage(db, organizationId, itemId, imageId);
  if (!row) throw notFound('Image');
  return { id: row.id, item_id: row.item_id, content_type: row.content_type, data: Buffer.from(row.data), byte_size: row.byte_size, created_at: row.created_at };
}

/** Adds an image after the item's others: PNG, JPEG or WebP (the bytes must be what content_type says), at most 2 MB. */
export async function addItemImage(ctx: AppContext, organizationId: string, itemId: string, input: ItemImageBody): Promise<ItemImageSummary> {
  const bytes = decodeBase64(input.data_base64);
  if (!bytes) throw validationError('data_base64', 'invalid_format', 'is not base64');
  if (bytes.length > MAX_ITEM_IMAGE_BYTES) throw validationError('data_base64', 'too_big', 'is larger than 2 MB once decoded', { maximum: MAX_ITEM_IMAGE_BYTES });
  const sniffed = sniffImageType(bytes);
  if (sniffed === null) throw validationError('data_base64', 'invalid', 'is not a PNG, JPEG or WebP image');
  if (sniffed !== input.content_type) throw validationError('content_type', 'invalid_value', `does not match the image, which is ${sniffed}`, { detected: sniffed });
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await findItem(trx, organizationId, itemId))) throw notFound('Item');
    if ((await countItemImages(trx, organizationId, itemId)) >= MAX_IMAGES_PER_ITEM) {
      throw new AppError('STATE_CONFLICT', `An item keeps at most ${MAX_IMAGES_PER_ITEM} images; delete one first`, { maximum: MAX_IMAGES_PER_ITEM });
    }
    const row = { id: newId(), organization_id: organizationId, item_id: itemId, content_type: input.content_type, data: bytes, byte_size: bytes.length, alt_text: input.alt_text ?? null, created_at: isoNow(ctx.clock) };
    const position = await insertItemImage(trx, row);
    return { id: row.id, item_id: itemId, position, content_type: row.content_type, byte_size: row.byte_size, alt_text: row.alt_text, created_at: row.created_at };
  });
}

export async function deleteItemImage(ctx: AppContext, organizationId: string, itemId: string, imageId: string): Promise<void> {
  if (!(await deleteItemImageRow(ctx.db, organizationId, itemId, imageId))) throw notFound('Image');
}

import type { ItemsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { defineKeyset, selectPage, type Page, type PageRequest } from '../../db/keyset.ts';
import type { SalesOrderCommentsTable, SalesOrderLinesTable, SalesOrdersTable, SalesOrderStatus } from '../../db/order-tables.ts';
import { containsText } from '../../db/search.ts';

const catalogList = defineKeyset<ItemsTable>()({
  list: 'portal.catalog',
  id: { column: 'id', of: (item) => item.id },
  keys: { name: { column: 'name', type: 'string', of: (item) => item.name } },
});

/** One page of the items sold in the portal (not archived), by name, searched by name, SKU or description. */
export async function listCatalogPage(
  db: Db,
  options: { organizationId: string; search?: string | undefined; category?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<ItemsTable>> {
  let query = db
    .selectFrom('items')
    .selectAll()
    .where('organization_id', '=', options.organizationId)
    .where('sellable_in_portal', '=', 1)
    .where('archived_at', 'is', null);
  if (options.category) query = query.where('category', '=', options.category);
  if (options.search) query = query.where(containsText(['name', 'sku', 'description'], options.search));
  return selectPage(query, catalogList, { sort: 'name', limit: options.limit, cursor: options.cursor });
}

export async function listCatalogCategories(db: Db, organizationId: string): Promise<{ name: string; item_count: number }[]> {
  const rows = await db
    .selectFrom('items')
    .select(['category', (eb) => eb.fn.countAll<number>().as('item_count')])
    .where('organization_id', '=', organizationId)
    .where('sellable_in_portal', '=', 1)
    .where('archived_at', 'is', null)
    .where('category', 'is not', null)
    .groupBy('category')
    .orderBy('category')
    .execute();
  return rows.map((row) => ({ name: row.category ?? '', item_count: Number(row.item_count) }));
}

/** Items of the organization by id, archived ones and those no longer sold in the portal included. */
export async function listItemsByIds(db: Db, organizationId: string, ids: readonly string[]): Promise<ItemsTable[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('items').selectAll().where('organization_id', '=', organizationId).where('id', 'in', [...ids]).execute();
}

/** The images of these items without their bytes, in their order. */
export async function listImagesOfItems(db: Db, organizationId: string, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('item_images')
    .select(['id', 'item_id', 'alt_text', 'position'])
    .where('organization_id', '=', organizationId)
    .where('item_id', 'in', [...itemIds])
    .orderBy('item_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** An image of an item the portal sells, with its bytes. */
export async function findCatalogImage(db: Db, organizationId: string, itemId: string, imageId: string) {
  return db
    .selectFrom('item_images')
    .innerJoin('items', 'items.id', 'item_images.item_id')
    .select(['item_images.content_type', 'item_images.data', 'item_images.byte_size'])
    .where('item_images.organization_id', '=', organizationId)
    .where('item_images.item_id', '=', itemId)
    .where('item_images.id', '=', imageId)
    .where('items.sellable_in_portal', '=', 1)
    .where('items.archived_at', 'is', null)
    .executeTakeFirst();
}

export interface CartOwner {
  organizationId: string;
  customerId: string;
  contactPersonId: string;
}

export async function listCartLines(db: Db, owner: CartOwner) {
  return db
    .selectFrom('cart_lines')
    .innerJoin('items', 'items.id', 'cart_lines.item_id')
    .select(['cart_lines.id', 'cart_lines.item_id', 'cart_lines.quantity_milli', 'cart_lines.created_at'])
    .select(['items.name', 'items.sku', 'items.unit', 'items.archived_at', 'items.sellable_in_portal', 'items.track_stock', 'items.allow_backorders'])
    .where('cart_lines.organization_id', '=', owner.organizationId)
    .where('cart_lines.customer_id', '=', owner.customerId)
    .where('cart_lines.contact_person_id', '=', owner.contactPersonId)
    .orderBy('cart_lines.created_at')
    .orderBy('cart_lines.id')
    .execute();
}
export type CartLineRow = Awaited<ReturnType<typeof listCartLines>>[number];

/** Sets the quantity of an item in the cart, adding the line when it is not there. */
export async function upsertCartLine(db: Db, owner: CartOwner, line: { id: string; item_id: string; quantity_milli: number; now: string }): Promise<void> {
  await db
    .insertInto('cart_lines')
    .values({
      id: line.id,
      organization_id: owner.organizationId,
      customer_id: owner.customerId,
      contact_person_id: owner.contactPersonId,
      item_id: line.item_id,
      quantity_milli: line.quantity_milli,
      created_at: line.now,
      updated_at: line.now,
    })
    .onConflict((oc) => oc.columns(['contact_person_id', 'customer_id', 'item_id']).doUpdateSet({ quantity_milli: line.quantity_milli, updated_at: line.now }))
    .execute();
}

/** Removes these items' lines from the cart; answers how many were there. */
export async function deleteCartItems(db: Db, owner: CartOwner, itemIds?: readonly string[]): Promise<number> {
  if (itemIds && itemIds.length === 0) return 0;
  let query = db
    .deleteFrom('cart_lines')
    .where('organization_id', '=', owner.organizationId)
    .where('customer_id', '=', owner.customerId)
    .where('contact_person_id', '=', owner.contactPersonId);
  if (itemIds) query = query.where('item_id', 'in', [...itemIds]);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

const orderList = defineKeyset<SalesOrdersTable>()({
  list: 'portal.sales_orders',
  id: { column: 'id', of: (order) => order.id },
  keys: { order_date: { column: 'order_date', type: 'string', of: (order) => order.order_date } },
});

/** One page of the customer's orders in these statuses, newest first, searched by number or PO number. */
export async function listPortalOrderPage(
  db: Db,
  options: { organizationId: string; customerId: string; statuses: readonly SalesOrderStatus[]; search?: string | undefined } & Omit<PageRequest<'order_date'>, 'sort'>,
): Promise<Page<SalesOrdersTable>> {
  let query = db
    .selectFrom('sales_orders')
    .selectAll()
    .where('organization_id', '=', options.organizationId)
    .where('customer_id', '=', options.customerId)
    .where('status', 'in', [...options.statuses]);
  if (options.search) query = query.where(containsText(['number', 'po_number'], options.search));
  return selectPage(query, orderList, { sort: '-order_date', limit: options.limit, cursor: options.cursor });
}

/** The customer's order (never a draft). */
export async function findPortalOrder(db: Db, organizationId: string, customerId: string, id: string): Promise<SalesOrdersTable | undefined> {
  return db
    .selectFrom('sales_orders')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('id', '=', id)
    .where('status', '!=', 'draft')
    .executeTakeFirst();
}

export async function listOrderLines(db: Db, orderId: string): Promise<SalesOrderLinesTable[]> {
  return db.selectFrom('sales_order_lines').selectAll().where('sales_order_id', '=', orderId).orderBy('position').orderBy('id').execute();
}

export async function listOrderEvents(db: Db, orderId: string) {
  return db
    .selectFrom('sales_order_events')
    .select(['status', 'note', 'actor_type', 'actor_name', 'created_at'])
    .where('sales_order_id', '=', orderId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Invoices made from the order that the customer can see (drafts left out). */
export async function listOrderInvoices(db: Db, organizationId: string, orderId: string) {
  return db
    .selectFrom('documents')
    .select(['id', 'number', 'status', 'issue_date', 'total_minor', 'balance_minor'])
    .where('organization_id', '=', organizationId)
    .where('sales_order_id', '=', orderId)
    .where('status', '!=', 'draft')
    .orderBy('issue_date')
    .orderBy('id')
    .execute();
}

export async function countOrdersInStatuses(db: Db, organizationId: string, customerId: string, statuses: readonly SalesOrderStatus[]): Promise<number> {
  const row = await db
    .selectFrom('sales_orders')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('status', 'in', [...statuses])
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export async function insertOrderComment(db: Db, row: SalesOrderCommentsTable): Promise<void> {
  await db.insertInto('sales_order_comments').values(row).execute();
}

import type { DocumentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { defineKeyset, selectPage, type Page, type PageRequest, type SortKey } from '../../db/keyset.ts';
import type { SalesOrderCommentsTable, SalesOrderEventsTable, SalesOrderLinesTable, SalesOrderStatus, SalesOrdersTable } from '../../db/order-tables.ts';
import { withExternalIdCheck } from '../../db/external-id.ts';
import { containsText } from '../../db/search.ts';

export async function insertOrder(db: Db, row: SalesOrdersTable): Promise<void> {
  await withExternalIdCheck('sales_orders', 'sales order', () => db.insertInto('sales_orders').values(row).execute());
}

export async function insertLines(db: Db, lines: SalesOrderLinesTable[]): Promise<void> {
  // Chunked: SQLite caps the number of bound parameters per statement.
  for (let start = 0; start < lines.length; start += 25) {
    await db.insertInto('sales_order_lines').values(lines.slice(start, start + 25)).execute();
  }
}

export async function deleteLines(db: Db, orderId: string): Promise<void> {
  await db.deleteFrom('sales_order_lines').where('sales_order_id', '=', orderId).execute();
}

export async function insertEvent(db: Db, row: SalesOrderEventsTable): Promise<void> {
  await db.insertInto('sales_order_events').values(row).execute();
}

export async function findOrder(db: Db, organizationId: string, id: string): Promise<SalesOrdersTable | undefined> {
  return db.selectFrom('sales_orders').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

/** The organization's order with this external id (docs/api.md "Sync by external id"). */
export async function findOrderByExternalId(db: Db, organizationId: string, externalId: string): Promise<SalesOrdersTable | undefined> {
  return db.selectFrom('sales_orders').selectAll().where('organization_id', '=', organizationId).where('external_id', '=', externalId).executeTakeFirst();
}

export async function findLines(db: Db, orderId: string): Promise<SalesOrderLinesTable[]> {
  return db.selectFrom('sales_order_lines').selectAll().where('sales_order_id', '=', orderId).orderBy('position').execute();
}

export async function findEvents(db: Db, orderId: string): Promise<SalesOrderEventsTable[]> {
  return db.selectFrom('sales_order_events').selectAll().where('sales_order_id', '=', orderId).orderBy('created_at').orderBy('id').execute();
}

/** The order's packages, oldest first. */
export async function findPackages(db: Db, orderId: string) {
  return db
    .selectFrom('packages')
    .select(['id', 'number', 'status', 'package_date', 'carrier', 'tracking_number', 'shipped_on', 'delivered_at'])
    .where('sales_order_id', '=', orderId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The invoices made from the order, oldest first. */
export async function findInvoices(db: Db, organizationId: string, orderId: string): Promise<Pick<DocumentsTable, 'id' | 'number' | 'status' | 'issue_date' | 'total_minor' | 'balance_minor'>[]> {
  return db
    .selectFrom('documents')
    .select(['id', 'number', 'status', 'issue_date', 'total_minor', 'balance_minor'])
    .where('organization_id', '=', organizationId)
    .where('sales_order_id', '=', orderId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function isOrderNumberTaken(db: Db, organizationId: string, number: string): Promise<boolean> {
  const row = await db.selectFrom('sales_orders').select('id').where('organization_id', '=', organizationId).where('number', '=', number).executeTakeFirst();
  return row !== undefined;
}

/**
 * Applies `changes` and bumps the version, only while the row is at `version` and `status` (the state
 * the caller checked). Answers whether it was.
 */
export async function updateOrderAt(db: Db, id: string, at: { version: number; status: SalesOrderStatus }, changes: Partial<SalesOrdersTable>): Promise<boolean> {
  const { version: _ignored, ...rest } = changes;
  const result = await withExternalIdCheck('sales_orders', 'sales order', () =>
    db
      .updateTable('sales_orders')
      .set((eb) => ({ ...rest, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', at.version)
      .where('status', '=', at.status)
      .executeTakeFirst(),
  );
  return Number(result.numUpdatedRows) === 1;
}

/** Bumps the version after a change of the order's lines that was itself conditional (invoiced quantities). */
export async function touchOrder(db: Db, id: string, at: string): Promise<void> {
  await db
    .updateTable('sales_orders')
    .set((eb) => ({ updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function setLineCommitted(db: Db, lineId: string, committedMilli: number): Promise<void> {
  await db.updateTable('sales_order_lines').set({ committed_milli: committedMilli }).where('id', '=', lineId).execute();
}

/** Adds `quantityMilli` to a line's invoiced quantity only while it is still `seenMilli`. Answers whether it was. */
export async function addInvoicedAt(db: Db, lineId: string, seenMilli: number, quantityMilli: number): Promise<boolean> {
  const result = await db
    .updateTable('sales_order_lines')
    .set((eb) => ({ invoiced_milli: eb('invoiced_milli', '+', quantityMilli) }))
    .where('id', '=', lineId)
    .where('invoiced_milli', '=', seenMilli)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The organization's taxes among `ids`. */
export async function listTaxesByIds(db: Db, organizationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('taxes').selectAll().where('organization_id', '=', organizationId).where('id', 'in', ids).execute();
}

/** The organization's items among `ids` (archived ones included: the caller decides). */
export async function listItemsByIds(db: Db, organizationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('items').selectAll().where('organization_id', '=', organizationId).where('id', 'in', ids).execute();
}

/** One of the customer's shipping addresses that is not removed; with `id` undefined, its default one. */
export async function findCustomerAddress(db: Db, customerId: string, id?: string) {
  let query = db.selectFrom('customer_addresses').select(['id', 'address']).where('customer_id', '=', customerId).where('removed_at', 'is', null);
  query = id !== undefined ? query.where('id', '=', id) : query.where('is_default', '=', 1);
  return query.executeTakeFirst();
}

export async function insertComment(db: Db, row: SalesOrderCommentsTable): Promise<void> {
  await db.insertInto('sales_order_comments').values(row).execute();
}

export async function listComments(db: Db, orderId: string, options: { portalOnly: boolean }): Promise<SalesOrderCommentsTable[]> {
  let query = db.selectFrom('sales_order_comments').selectAll().where('sales_order_id', '=', orderId);
  if (options.portalOnly) query = query.where('display_in_portal', '=', 1);
  return query.orderBy('created_at').orderBy('id').execute();
}

/** The name on a staff member's entries; `fallback` for an API key or a deleted user. */
export async function staffName(db: Db, staffUserId: string | null, fallback: string): Promise<string> {
  if (!staffUserId) return fallback;
  const row = await db.selectFrom('staff_users').select('name').where('id', '=', staffUserId).executeTakeFirst();
  return row?.name ?? fallback;
}

/** The customer's contacts with live portal access and an email, with the language each reads. */
export async function listPortalReaders(db: Db, organizationId: string, customerId: string) {
  return db
    .selectFrom('contact_persons')
    .innerJoin('customers', 'customers.id', 'contact_persons.customer_id')
    .leftJoin('portal_identities', (join) =>
      join.onRef('portal_identities.email', '=', 'contact_persons.email').onRef('portal_identities.organization_id', '=', 'contact_persons.organization_id'),
    )
    .select(['contact_persons.id', 'contact_persons.first_name', 'contact_persons.last_name', 'contact_persons.email', 'contact_persons.permissions', 'customers.portal_language', 'portal_identities.language as own_language'])
    .where('contact_persons.organization_id', '=', organizationId)
    .where('contact_persons.customer_id', '=', customerId)
    .where('contact_persons.portal_enabled', '=', 1)
    .where('contact_persons.disabled_at', 'is', null)
    .where('contact_persons.email', 'is not', null)
    .orderBy('contact_persons.id')
    .execute();
}

/** Customer names of a page of orders (one query). */
export async function customerNames(db: Db, customerIds: string[]): Promise<Map<string, string>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db.selectFrom('customers').select(['id', 'display_name']).where('id', 'in', customerIds).execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}

const orderSortKeys = {
  order_date: { column: 'order_date', type: 'string', of: (order) => order.order_date },
  number: { column: 'number', type: 'string', of: (order) => order.number },
  total: { column: 'total_minor', type: 'integer', of: (order) => order.total_minor },
  // Incremental pulls (`updated_since`): ties on updated_at are broken by id, so paging sees each change once.
  updated_at: { column: 'updated_at', type: 'string', of: (order) => order.updated_at },
} satisfies Record<string, SortKey<SalesOrdersTable>>;
export type SalesOrderSortKey = keyof typeof orderSortKeys;

const staffOrderList = defineKeyset<SalesOrdersTable>()({ list: 'sales_orders.staff', id: { column: 'id', of: (order) => order.id }, keys: orderSortKeys });

export interface OrderListOptions extends PageRequest<SalesOrderSortKey> {
  organizationId: string;
  customerId?: string | undefined;
  status?: SalesOrderStatus | undefined;
  search?: string | undefined;
  /** Only orders changed at or after this instant (an incremental pull). */
  updatedSince?: string | undefined;
}

/** One page of an organization's sales orders, filtered and sorted. */
export async function listOrderPage(db: Db, options: OrderListOptions): Promise<Page<SalesOrdersTable>> {
  let query = db.selectFrom('sales_orders').selectAll().where('organization_id', '=', options.organizationId);
  if (options.customerId) query = query.where('customer_id', '=', options.customerId);
  if (options.status) query = query.where('status', '=', options.status);
  if (options.search) query = query.where(containsText(['number', 'po_number'], options.search));
  if (options.updatedSince !== undefined) query = query.where('updated_at', '>=', options.updatedSince);
  return selectPage(query, staffOrderList, options);
}

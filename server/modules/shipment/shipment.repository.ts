import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { withExternalIdCheck } from '../../db/external-id.ts';
import { defineKeyset, selectPage, type Page } from '../../db/keyset.ts';
import type { CarrierTemplatesTable, PackageLinesTable, PackageStatus, PackagesTable, SalesOrderStatus } from '../../db/order-tables.ts';

export interface OrderForShipment {
  id: string;
  organization_id: string;
  customer_id: string;
  number: string;
  status: SalesOrderStatus;
  warehouse_id: string;
  currency: string;
  po_number: string | null;
  order_date: string;
  shipping_address: string | null;
}

function ordersForShipment(db: Db, organizationId: string) {
  return db
    .selectFrom('sales_orders')
    .select(['id', 'organization_id', 'customer_id', 'number', 'status', 'warehouse_id', 'currency', 'po_number', 'order_date', 'shipping_address'])
    .where('organization_id', '=', organizationId);
}

export async function findOrderForShipment(db: Db, organizationId: string, orderId: string): Promise<OrderForShipment | undefined> {
  return ordersForShipment(db, organizationId).where('id', '=', orderId).executeTakeFirst();
}

/** The organization's order with this external id (a PUT of a package names its order so). */
export async function findOrderForShipmentByExternalId(db: Db, organizationId: string, externalId: string): Promise<OrderForShipment | undefined> {
  return ordersForShipment(db, organizationId).where('external_id', '=', externalId).executeTakeFirst();
}

/**
 * Takes the order's row for this change, only while it is in one of `statuses`: on PostgreSQL the row
 * lock orders packing and shipping of one order behind each other (and behind a cancellation), so
 * every change of an order's quantities takes its locks in the same order: order, then its lines.
 * The version moves on, so that a change written at the version read before (a cancellation that saw
 * nothing packed) is refused.
 */
export async function lockOrderInStatuses(db: Db, organizationId: string, orderId: string, statuses: readonly SalesOrderStatus[], now: string): Promise<boolean> {
  const result = await db
    .updateTable('sales_orders')
    .set((eb) => ({ updated_at: now, version: eb('version', '+', 1) }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', orderId)
    .where('status', 'in', statuses)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface OrderLineForShipment {
  id: string;
  sales_order_id: string;
  position: number;
  item_id: string | null;
  name: string;
  description: string | null;
  sku: string | null;
  unit: string | null;
  quantity_milli: number;
  committed_milli: number;
  packed_milli: number;
  shipped_milli: number;
}

export async function listOrderLines(db: Db, orderId: string): Promise<OrderLineForShipment[]> {
  return db
    .selectFrom('sales_order_lines')
    .select(['id', 'sales_order_id', 'position', 'item_id', 'name', 'description', 'sku', 'unit', 'quantity_milli', 'committed_milli', 'packed_milli', 'shipped_milli'])
    .where('sales_order_id', '=', orderId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** packed += q, only while what is packed stays within what was ordered. */
export async function addPacked(db: Db, orderId: string, lineId: string, quantityMilli: number): Promise<boolean> {
  const result = await db
    .updateTable('sales_order_lines')
    .set((eb) => ({ packed_milli: eb('packed_milli', '+', quantityMilli) }))
    .where('id', '=', lineId)
    .where('sales_order_id', '=', orderId)
    .where(sql<boolean>`packed_milli + ${quantityMilli} <= quantity_milli`)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** packed −= q (a package unpacked), never below what has shipped. */
export async function removePacked(db: Db, lineId: string, quantityMilli: number): Promise<boolean> {
  const result = await db
    .updateTable('sales_order_lines')
    .set((eb) => ({ packed_milli: eb('packed_milli', '-', quantityMilli) }))
    .where('id', '=', lineId)
    .where(sql<boolean>`packed_milli - ${quantityMilli} >= shipped_milli`)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * shipped += q, only while what is shipped stays within what is packed; answers the line's
 * commitment as it is now (read under the row's lock, so a concurrent shipment of the same line is
 * already counted), or undefined when nothing changed.
 */
export async function addShipped(db: Db, lineId: string, quantityMilli: number): Promise<{ committed_milli: number; item_id: string | null } | undefined> {
  return db
    .updateTable('sales_order_lines')
    .set((eb) => ({ shipped_milli: eb('shipped_milli', '+', quantityMilli) }))
    .where('id', '=', lineId)
    .where(sql<boolean>`shipped_milli + ${quantityMilli} <= packed_milli`)
    .returning(['committed_milli', 'item_id'])
    .executeTakeFirst();
}

/** committed −= q, only while the line holds that much. */
export async function releaseLineCommitment(db: Db, lineId: string, quantityMilli: number): Promise<boolean> {
  const result = await db
    .updateTable('sales_order_lines')
    .set((eb) => ({ committed_milli: eb('committed_milli', '-', quantityMilli) }))
    .where('id', '=', lineId)
    .where('committed_milli', '>=', quantityMilli)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function isPackageNumberTaken(db: Db, organizationId: string, number: string): Promise<boolean> {
  const row = await db.selectFrom('packages').select('id').where('organization_id', '=', organizationId).where('number', '=', number).executeTakeFirst();
  return row !== undefined;
}

export async function insertPackage(db: Db, row: PackagesTable, lines: PackageLinesTable[]): Promise<void> {
  await withExternalIdCheck('packages', 'package', () => db.insertInto('packages').values(row).execute());
  if (lines.length > 0) await db.insertInto('package_lines').values(lines).execute();
}

/** A package with the names its answers show. */
export interface PackageListRow extends PackagesTable {
  sales_order_number: string;
  customer_name: string;
}

function packagesWithNames(db: Db, organizationId: string) {
  return db
    .selectFrom('packages')
    .innerJoin('sales_orders', 'sales_orders.id', 'packages.sales_order_id')
    .innerJoin('customers', 'customers.id', 'packages.customer_id')
    .selectAll('packages')
    .select(['sales_orders.number as sales_order_number', 'customers.display_name as customer_name'])
    .where('packages.organization_id', '=', organizationId);
}

export async function findPackage(db: Db, organizationId: string, id: string): Promise<PackageListRow | undefined> {
  return packagesWithNames(db, organizationId).where('packages.id', '=', id).executeTakeFirst();
}

/** The organization's package with this external id (docs/api.md "Sync by external id"). */
export async function findPackageByExternalId(db: Db, organizationId: string, externalId: string): Promise<PackageListRow | undefined> {
  return packagesWithNames(db, organizationId).where('packages.external_id', '=', externalId).executeTakeFirst();
}

const packageList = defineKeyset<PackageListRow>()({
  list: 'packages',
  id: { column: 'packages.id', of: (row) => row.id },
  keys: {
    created_at: { column: 'packages.created_at', type: 'string', of: (row) => row.created_at },
    // Incremental pulls (`updated_since`): ties on updated_at are broken by id, so paging sees each change once.
    updated_at: { column: 'packages.updated_at', type: 'string', of: (row) => row.updated_at },
  },
});

export interface PackageFilters {
  status?: PackageStatus | undefined;
  salesOrderId?: string | undefined;
  customerId?: string | undefined;
  /** Only packages changed at or after this instant (an incremental pull), oldest change first. */
  updatedSince?: string | undefined;
}

/** One page of the organization's packages, newest first (by last change with `updatedSince`). */
export async function listPackagePage(db: Db, organizationId: string, filters: PackageFilters & { limit: number; cursor?: string | undefined }): Promise<Page<PackageListRow>> {
  let query = packagesWithNames(db, organizationId);
  if (filters.status) query = query.where('packages.status', '=', filters.status);
  if (filters.salesOrderId) query = query.where('packages.sales_order_id', '=', filters.salesOrderId);
  if (filters.customerId) query = query.where('packages.customer_id', '=', filters.customerId);
  if (filters.updatedSince !== undefined) {
    return selectPage(query.where('packages.updated_at', '>=', filters.updatedSince), packageList, { sort: 'updated_at', limit: filters.limit, cursor: filters.cursor });
  }
  return selectPage(query, packageList, { sort: '-created_at', limit: filters.limit, cursor: filters.cursor });
}

/** Changes a package's notes or external id (version + 1). Answers whether the organization has the package. */
export async function updatePackageFields(db: Db, organizationId: string, id: string, changes: Partial<Pick<PackagesTable, 'notes' | 'external_id'>>, now: string): Promise<boolean> {
  const result = await withExternalIdCheck('packages', 'package', () =>
    db
      .updateTable('packages')
      .set((eb) => ({ ...changes, updated_at: now, version: eb('version', '+', 1) }))
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .executeTakeFirst(),
  );
  return result.numUpdatedRows > 0n;
}

export interface PackageLineRow {
  id: string;
  package_id: string;
  sales_order_line_id: string;
  item_id: string | null;
  quantity_milli: number;
  name: string;
  description: string | null;
  sku: string | null;
  unit: string | null;
  ordered_milli: number;
  position: number;
}

/** The lines of these packages in the order's line order, with what the order line says of them. */
export async function listPackageLines(db: Db, packageIds: readonly string[]): Promise<PackageLineRow[]> {
  if (packageIds.length === 0) return [];
  return db
    .selectFrom('package_lines')
    .innerJoin('sales_order_lines', 'sales_order_lines.id', 'package_lines.sales_order_line_id')
    .select([
      'package_lines.id',
      'package_lines.package_id',
      'package_lines.sales_order_line_id',
      'package_lines.item_id',
      'package_lines.quantity_milli',
      'sales_order_lines.name',
      'sales_order_lines.description',
      'sales_order_lines.sku',
      'sales_order_lines.unit',
      'sales_order_lines.quantity_milli as ordered_milli',
      'sales_order_lines.position',
    ])
    .where('package_lines.package_id', 'in', packageIds)
    .orderBy('package_lines.package_id')
    .orderBy('sales_order_lines.position')
    .orderBy('package_lines.id')
    .execute();
}

/** packed → shipped, only while it is packed: of two shipments of one package, one goes through. */
export async function markPackageShipped(
  db: Db,
  id: string,
  changes: { carrier: string; tracking_number: string; shipped_on: string; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable('packages')
    .set((eb) => ({
      status: 'shipped' as const,
      carrier: changes.carrier,
      tracking_number: changes.tracking_number,
      shipped_on: changes.shipped_on,
      shipped_at: changes.now,
      updated_at: changes.now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('status', '=', 'packed')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** shipped → delivered, only while it is shipped. */
export async function markPackageDelivered(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('packages')
    .set((eb) => ({ status: 'delivered' as const, delivered_at: now, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'shipped')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deletes a package that has not shipped (its lines with it); answers whether it did. */
export async function deletePackedPackage(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('packages').where('id', '=', id).where('status', '=', 'packed').executeTakeFirst();
  if (result.numDeletedRows === 0n) return false;
  await db.deleteFrom('package_lines').where('package_id', '=', id).execute();
  return true;
}

// Carriers' tracking URL templates.

export async function listCarrierTemplates(db: Db, organizationId: string): Promise<CarrierTemplatesTable[]> {
  return db.selectFrom('carrier_templates').selectAll().where('organization_id', '=', organizationId).orderBy('carrier').execute();
}

export async function upsertCarrierTemplate(db: Db, row: CarrierTemplatesTable): Promise<void> {
  await db
    .insertInto('carrier_templates')
    .values(row)
    .onConflict((oc) => oc.columns(['organization_id', 'carrier']).doUpdateSet({ name: row.name, tracking_url_template: row.tracking_url_template, updated_at: row.updated_at }))
    .execute();
}

export async function deleteCarrierTemplate(db: Db, organizationId: string, carrier: string): Promise<void> {
  await db.deleteFrom('carrier_templates').where('organization_id', '=', organizationId).where('carrier', '=', carrier).execute();
}

// What the portal shows of packages: plain rows with the organization's template for their carrier.

export interface ShipmentRow {
  id: string;
  sales_order_id: string;
  sales_order_number: string;
  number: string;
  status: PackageStatus;
  package_date: string;
  carrier: string | null;
  /** The organization's own name and template for the carrier, when it has one. */
  carrier_template_name: string | null;
  carrier_template: string | null;
  tracking_number: string | null;
  shipped_on: string | null;
  shipped_at: string | null;
  delivered_at: string | null;
  created_at: string;
}

function shipmentRows(db: Db, organizationId: string) {
  return db
    .selectFrom('packages')
    .innerJoin('sales_orders', 'sales_orders.id', 'packages.sales_order_id')
    .leftJoin('carrier_templates', (join) =>
      join.onRef('carrier_templates.organization_id', '=', 'packages.organization_id').onRef('carrier_templates.carrier', '=', 'packages.carrier'),
    )
    .select([
      'packages.id',
      'packages.sales_order_id',
      'sales_orders.number as sales_order_number',
      'packages.number',
      'packages.status',
      'packages.package_date',
      'packages.carrier',
      'carrier_templates.name as carrier_template_name',
      'carrier_templates.tracking_url_template as carrier_template',
      'packages.tracking_number',
      'packages.shipped_on',
      'packages.shipped_at',
      'packages.delivered_at',
      'packages.created_at',
    ])
    .where('packages.organization_id', '=', organizationId);
}

/** The packages of these orders, oldest first per order. */
export async function listShipmentRowsOfOrders(db: Db, organizationId: string, orderIds: readonly string[]): Promise<ShipmentRow[]> {
  if (orderIds.length === 0) return [];
  return shipmentRows(db, organizationId)
    .where('packages.sales_order_id', 'in', orderIds)
    .orderBy('packages.sales_order_id')
    .orderBy('packages.created_at')
    .orderBy('packages.id')
    .execute();
}

const shipmentList = defineKeyset<ShipmentRow>()({
  list: 'customer-shipments',
  id: { column: 'packages.id', of: (row) => row.id },
  keys: { shipped_at: { column: 'packages.shipped_at', type: 'string', of: (row) => row.shipped_at ?? '' } },
});

/** One page of a customer's packages that have left (shipped or delivered), most recently shipped first. */
export async function listShipmentRowsOfCustomer(db: Db, organizationId: string, customerId: string, page: { limit: number; cursor?: string | undefined }): Promise<Page<ShipmentRow>> {
  const query = shipmentRows(db, organizationId)
    .where('packages.customer_id', '=', customerId)
    .where('packages.status', 'in', ['shipped', 'delivered'])
    .where('packages.shipped_at', 'is not', null);
  return selectPage(query, shipmentList, { sort: '-shipped_at', limit: page.limit, cursor: page.cursor });
}


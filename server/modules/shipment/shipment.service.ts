import { quantityToMilli } from '../../../contract/units.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { presentPage, type Page } from '../../db/keyset.ts';
import type { PackageLinesTable, PackagesTable } from '../../db/order-tables.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { nextDocumentNumber } from '../number-series/number-series.service.ts';
import { organizationToday } from '../organization/organization-today.ts';
import { findStaffUser } from '../organization/organization.service.ts';
import { refreshShipmentStatus } from '../sales-order/sales-order.service.ts';
import { shipStock } from '../stock/stock.service.ts';
import { loadCarriers, trackingOf, type OrganizationCarriers } from './carrier.service.ts';
import { mailShipmentToCustomer } from './shipment-mail.service.ts';
import { presentPackage, presentPackageLine, presentPackageSummaries } from './shipment.presenter.ts';
import * as repo from './shipment.repository.ts';
import type { CreatePackageBody, ListPackagesQuery, PackageResponse, PackageSummaryResponse, ShipPackageBody, UpdatePackageBody } from './shipment.schemas.ts';
import { beyondRemaining, checkPackLines, packableOrderStatuses, releaseOnShipment, shippingOrderStatuses } from './shipment.ts';
import { emitWebhookEvent } from '../outgoing-webhook/outgoing-webhook.service.ts';

/** Who the order's history names for a shipment or a delivery. */
interface ShipmentActor {
  type: 'staff' | 'api';
  name: string | null;
}

async function actorOf(db: Db, staff: StaffPrincipal): Promise<ShipmentActor> {
  if (staff.via === 'api_key' || !staff.staffUserId) return { type: 'api', name: null };
  const user = await findStaffUser(db, staff.staffUserId);
  return { type: 'staff', name: user?.name ?? null };
}

async function packageOrThrow(db: Db, organizationId: string, id: string): Promise<repo.PackageListRow> {
  const row = await repo.findPackage(db, organizationId, id);
  if (!row) throw notFound('Package');
  return row;
}

function orderStateConflict(order: repo.OrderForShipment, action: string): AppError {
  return new AppError('STATE_CONFLICT', `${order.number} is ${order.status.replace(/_/g, ' ')}; only confirmed or partly shipped orders can ${action}`, {
    sales_order_id: order.id,
    status: order.status,
  });
}

/**
 * Packs picked quantities of an order's lines into a new package. Each line's packed quantity grows
 * by one conditional UPDATE (never past what was ordered), under the order's row lock: of two packers
 * asking for the last units at once, one gets them and the other is told what is left (409).
 */
export async function createPackage(ctx: AppContext, staff: StaffPrincipal, orderId: string, input: CreatePackageBody): Promise<PackageResponse> {
  const requested = input.lines.map((line) => ({ sales_order_line_id: line.sales_order_line_id, quantity_milli: quantityToMilli(line.quantity) }));
  return ctx.db.transaction().execute(async (trx) => {
    const order = await repo.findOrderForShipment(trx, staff.organizationId, orderId);
    if (!order) throw notFound('Sales order');
    const now = isoNow(ctx.clock);
    if (!(await repo.lockOrderInStatuses(trx, staff.organizationId, order.id, packableOrderStatuses, now))) {
      const current = (await repo.findOrderForShipment(trx, staff.organizationId, orderId)) ?? order;
      throw orderStateConflict(current, 'be packed');
    }
    const lines = await repo.listOrderLines(trx, order.id);
    checkPackLines(requested, lines);
    const byId = new Map(lines.map((line) => [line.id, line]));
    for (const [index, entry] of requested.entries()) {
      if (!(await repo.addPacked(trx, order.id, entry.sales_order_line_id, entry.quantity_milli))) {
        const current = (await repo.listOrderLines(trx, order.id)).find((line) => line.id === entry.sales_order_line_id) ?? byId.get(entry.sales_order_line_id)!;
        throw beyondRemaining(index, current, entry.quantity_milli);
      }
    }
    const number = await nextDocumentNumber(trx, staff.organizationId, 'package', (candidate) => repo.isPackageNumberTaken(trx, staff.organizationId, candidate));
    const pkg: PackagesTable = {
      id: newId(),
      organization_id: staff.organizationId,
      external_id: input.external_id ?? null,
      customer_id: order.customer_id,
      sales_order_id: order.id,
      number,
      status: 'packed',
      package_date: input.package_date ?? (await organizationToday(ctx, staff.organizationId, trx)),
      notes: input.notes ?? null,
      carrier: null,
      tracking_number: null,
      shipped_on: null,
      shipped_at: null,
      delivered_at: null,
      created_by: staff.staffUserId,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    const packageLines: PackageLinesTable[] = requested.map((entry) => ({
      id: newId(),
      package_id: pkg.id,
      sales_order_line_id: entry.sales_order_line_id,
      item_id: byId.get(entry.sales_order_line_id)?.item_id ?? null,
      quantity_milli: entry.quantity_milli,
    }));
    await repo.insertPackage(trx, pkg, packageLines);
    return presentPackage(trx, await packageOrThrow(trx, staff.organizationId, pkg.id));
  });
}

function alreadyShipped(pkg: { number: string; status: string; id: string }): AppError {
  return new AppError('STATE_CONFLICT', `${pkg.number} is already ${pkg.status}`, { package_id: pkg.id, status: pkg.status });
}

/**
 * Ships a packed package: packed → shipped is one conditional UPDATE, so of two shipments at once one
 * goes through and the other answers 409. Then, under the order's lock, each line's shipped quantity
 * grows and its stock leaves the warehouse (on hand drops, what the line held is released, a
 * shipment movement is written); the order's status follows, and the customer's contacts are mailed
 * the tracking link, all in one transaction. The stock signal goes out after it commits.
 */
export async function shipPackage(ctx: AppContext, staff: StaffPrincipal, id: string, input: ShipPackageBody): Promise<PackageResponse> {
  const { answer, itemIds } = await ctx.db.transaction().execute(async (trx) => {
    const pkg = await packageOrThrow(trx, staff.organizationId, id);
    if (pkg.status !== 'packed') throw alreadyShipped(pkg);
    const now = isoNow(ctx.clock);
    const shippedOn = input.shipped_on ?? (await organizationToday(ctx, staff.organizationId, trx));
    if (!(await repo.markPackageShipped(trx, pkg.id, { carrier: input.carrier, tracking_number: input.tracking_number, shipped_on: shippedOn, now }))) {
      throw alreadyShipped((await repo.findPackage(trx, staff.organizationId, id)) ?? { ...pkg, status: 'shipped' });
    }
    const order = await repo.findOrderForShipment(trx, staff.organizationId, pkg.sales_order_id);
    if (!order) throw notFound('Package');
    if (!(await repo.lockOrderInStatuses(trx, staff.organizationId, order.id, shippingOrderStatuses, now))) throw orderStateConflict(order, 'ship');
    const lines = await repo.listPackageLines(trx, [pkg.id]);
    // Lines first (they belong to this order, whose lock is held), then stock in item order, so that
    // shipments of different orders never wait on each other's stock rows in a circle.
    const leaving: { itemId: string; quantityMilli: number; releaseMilli: number }[] = [];
    for (const line of [...lines].sort((a, b) => a.sales_order_line_id.localeCompare(b.sales_order_line_id))) {
      const shipped = await repo.addShipped(trx, line.sales_order_line_id, line.quantity_milli);
      if (!shipped) throw new AppError('STATE_CONFLICT', `${line.name} of ${pkg.number} is no longer packed`, { package_id: pkg.id, sales_order_line_id: line.sales_order_line_id });
      const release = releaseOnShipment(shipped.committed_milli, line.quantity_milli);
      if (release > 0) await repo.releaseLineCommitment(trx, line.sales_order_line_id, release);
      if (shipped.item_id) leaving.push({ itemId: shipped.item_id, quantityMilli: line.quantity_milli, releaseMilli: release });
    }
    for (const stock of leaving.sort((a, b) => a.itemId.localeCompare(b.itemId))) {
      await shipStock(trx, {
        organizationId: staff.organizationId,
        warehouseId: order.warehouse_id,
        itemId: stock.itemId,
        quantityMilli: stock.quantityMilli,
        releaseMilli: stock.releaseMilli,
        salesOrderId: order.id,
        packageId: pkg.id,
        staffUserId: staff.staffUserId,
        now,
      });
    }
    await refreshShipmentStatus(trx, { organizationId: staff.organizationId, salesOrderId: order.id, now, actor: await actorOf(trx, staff) });
    const shippedPackage = await packageOrThrow(trx, staff.organizationId, pkg.id);
    const carriers = await loadCarriers(trx, staff.organizationId);
    await mailShipmentToCustomer(ctx, trx, { order, pkg: shippedPackage, lines: lines.map(presentPackageLine), tracking: trackingOf(carriers, shippedPackage) });
    const shipped = await presentPackage(trx, shippedPackage);
    await emitWebhookEvent(ctx, trx, staff.organizationId, 'shipment.shipped', { shipment: shipped });
    return { answer: shipped, itemIds: [...new Set(leaving.map((stock) => stock.itemId))] };
  });
  if (itemIds.length > 0) await ctx.signals.publish({ topic: 'stock', organizationId: staff.organizationId, ids: itemIds });
  return answer;
}

/** A shipped package arrived: shipped → delivered (conditional); the order is delivered once all its packages are. */
export async function deliverPackage(ctx: AppContext, staff: StaffPrincipal, id: string): Promise<PackageResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const pkg = await packageOrThrow(trx, staff.organizationId, id);
    const now = isoNow(ctx.clock);
    if (pkg.status !== 'shipped' || !(await repo.markPackageDelivered(trx, pkg.id, now))) {
      const current = (await repo.findPackage(trx, staff.organizationId, id)) ?? pkg;
      const message = current.status === 'packed' ? `${current.number} has not shipped yet` : `${current.number} is already delivered`;
      throw new AppError('STATE_CONFLICT', message, { package_id: current.id, status: current.status });
    }
    await refreshShipmentStatus(trx, { organizationId: staff.organizationId, salesOrderId: pkg.sales_order_id, now, actor: await actorOf(trx, staff) });
    return presentPackage(trx, await packageOrThrow(trx, staff.organizationId, pkg.id));
  });
}

/** Unpacks a package that has not shipped: its quantities go back to the order's lines to pack again. */
export async function deletePackage(ctx: AppContext, staff: StaffPrincipal, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const pkg = await packageOrThrow(trx, staff.organizationId, id);
    if (pkg.status !== 'packed') throw new AppError('STATE_CONFLICT', `${pkg.number} has shipped and can no longer be deleted`, { package_id: pkg.id, status: pkg.status });
    const lines = await repo.listPackageLines(trx, [pkg.id]);
    if (!(await repo.deletePackedPackage(trx, pkg.id))) throw alreadyShipped((await repo.findPackage(trx, staff.organizationId, id)) ?? { ...pkg, status: 'shipped' });
    for (const line of [...lines].sort((a, b) => a.sales_order_line_id.localeCompare(b.sales_order_line_id))) {
      if (!(await repo.removePacked(trx, line.sales_order_line_id, line.quantity_milli))) {
        throw new AppError('STATE_CONFLICT', `${line.name} of ${pkg.number} has shipped`, { package_id: pkg.id, sales_order_line_id: line.sales_order_line_id });
      }
    }
  });
}

/** Changes a package's notes or external id, whatever its status; a body that changes nothing writes nothing. */
export async function updatePackage(ctx: AppContext, staff: StaffPrincipal, id: string, input: UpdatePackageBody): Promise<PackageResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const pkg = await packageOrThrow(trx, staff.organizationId, id);
    const changes: { notes?: string | null; external_id?: string | null } = {};
    if (input.notes !== undefined && input.notes !== pkg.notes) changes.notes = input.notes;
    if (input.external_id !== undefined && input.external_id !== pkg.external_id) changes.external_id = input.external_id;
    if (Object.keys(changes).length > 0 && !(await repo.updatePackageFields(trx, staff.organizationId, pkg.id, changes, isoNow(ctx.clock)))) throw notFound('Package');
    return presentPackage(trx, await packageOrThrow(trx, staff.organizationId, pkg.id));
  });
}

export async function getPackage(ctx: AppContext, organizationId: string, id: string): Promise<PackageResponse> {
  return presentPackage(ctx.db, await packageOrThrow(ctx.db, organizationId, id));
}

export async function listPackages(ctx: AppContext, organizationId: string, query: ListPackagesQuery): Promise<Page<PackageSummaryResponse>> {
  const page = await repo.listPackagePage(ctx.db, organizationId, {
    status: query.status,
    salesOrderId: query.sales_order_id,
    customerId: query.customer_id,
    updatedSince: query.updated_since,
    limit: query.limit,
    cursor: query.cursor,
  });
  return presentPage(page, (rows) => presentPackageSummaries(ctx.db, organizationId, rows));
}

// For the portal (and the staff order page): plain rows with their tracking links.

export interface ShipmentLine {
  sales_order_line_id: string;
  item_id: string | null;
  name: string;
  sku: string | null;
  unit: string | null;
  quantity_milli: number;
}

export interface Shipment {
  id: string;
  sales_order_id: string;
  sales_order_number: string;
  number: string;
  status: 'packed' | 'shipped' | 'delivered';
  package_date: string;
  carrier: string | null;
  carrier_name: string | null;
  tracking_number: string | null;
  tracking_url: string | null;
  shipped_on: string | null;
  shipped_at: string | null;
  delivered_at: string | null;
  created_at: string;
  lines: ShipmentLine[];
}

async function withLines(db: Db, rows: repo.ShipmentRow[]): Promise<Shipment[]> {
  const lines = await repo.listPackageLines(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const { carrier_template: template, carrier_template_name: name, ...plain } = row;
    const own: OrganizationCarriers = { templates: new Map(row.carrier && template ? [[row.carrier, template]] : []), names: row.carrier && name ? { [row.carrier]: name } : {} };
    return {
      ...plain,
      ...trackingOf(own, row),
      lines: lines
        .filter((line) => line.package_id === row.id)
        .map((line) => ({ sales_order_line_id: line.sales_order_line_id, item_id: line.item_id, name: line.name, sku: line.sku, unit: line.unit, quantity_milli: line.quantity_milli })),
    };
  });
}

/** The packages of these orders of the organization (all statuses), oldest first per order: two queries. */
export async function listPackagesOfOrders(db: Db, organizationId: string, orderIds: readonly string[]): Promise<Shipment[]> {
  if (orderIds.length === 0) return [];
  return withLines(db, await repo.listShipmentRowsOfOrders(db, organizationId, orderIds));
}

/** A customer's packages that have left (shipped or delivered), most recently shipped first, by cursor: two queries. */
export async function listShipmentsOfCustomer(db: Db, organizationId: string, customerId: string, page: { limit: number; cursor?: string | undefined }): Promise<Page<Shipment>> {
  const rows = await repo.listShipmentRowsOfCustomer(db, organizationId, customerId, page);
  return presentPage(rows, (data) => withLines(db, data));
}

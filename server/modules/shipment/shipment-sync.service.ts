import { quantityToMilli } from '../../../contract/units.ts';
import type { AppContext } from '../../context.ts';
import { isExternalIdConflict } from '../../db/external-id.ts';
import { tryWrite, withTransaction } from '../../db/transaction.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import { AppError, fieldIssue, notFound, validationError } from '../../lib/app-error.ts';
import { itemIdsByExternalId } from '../item/item.service.ts';
import * as repo from './shipment.repository.ts';
import type { PackageResponse, PutPackageBody } from './shipment.schemas.ts';
import { createPackage, getPackage, shipPackage, updatePackage } from './shipment.service.ts';

/*
 * A package by external id (docs/api.md "Sync by external id"): a shipment as the ERP has it. The first
 * PUT packs it as POST /sales-orders/{id}/packages does, and ships it as POST /packages/{id}/ship does when
 * `shipment` is given (stock leaves, the order follows, the customer is mailed, the webhook fires), all
 * in one transaction. Later PUTs write nothing when the body is what is stored, change the notes as
 * PATCH does, and ship a package not yet shipped; packed lines and a shipment that happened do not
 * change (409 STATE_CONFLICT).
 */

const ATTEMPTS = 3;

type OrderField = 'sales_order_id' | 'sales_order_external_id';

interface PackLine {
  sales_order_line_id: string;
  quantity_milli: number;
}

/** The order the PUT names: by id as POST does (404 for one the organization does not have), or by its external id (400 naming the field). */
async function orderOfPut(ctx: AppContext, organizationId: string, body: PutPackageBody): Promise<{ order: repo.OrderForShipment; field: OrderField }> {
  if ((body.sales_order_id === undefined) === (body.sales_order_external_id === undefined)) {
    throw validationError('sales_order_id', 'required', 'name the sales order by sales_order_id or by sales_order_external_id (one of them)');
  }
  if (body.sales_order_id !== undefined) {
    const order = await repo.findOrderForShipment(ctx.db, organizationId, body.sales_order_id);
    if (!order) throw notFound('Sales order');
    return { order, field: 'sales_order_id' };
  }
  const order = await repo.findOrderForShipmentByExternalId(ctx.db, organizationId, body.sales_order_external_id ?? '');
  if (!order) throw validationError('sales_order_external_id', 'unknown_reference', 'is not the external id of a sales order of this organization');
  return { order, field: 'sales_order_external_id' };
}

/**
 * The lines with every one named by the order's line id: a line by `item_external_id` is the order's
 * line of that item (400 naming the field when the item is unknown, not on the order, or on several of
 * its lines). A line of another order, or one named twice, is a 400 too.
 */
async function resolveLines(ctx: AppContext, organizationId: string, orderId: string, lines: PutPackageBody['lines']): Promise<PackLine[]> {
  const byExternalId = await itemIdsByExternalId(ctx, organizationId, lines.flatMap((line) => (line.item_external_id === undefined ? [] : [line.item_external_id])));
  const orderLines = await repo.listOrderLines(ctx.db, orderId);
  const seen = new Set<string>();
  return lines.map((line, index) => {
    if ((line.sales_order_line_id === undefined) === (line.item_external_id === undefined)) {
      throw validationError(`lines.${index}.sales_order_line_id`, 'required', 'name the line by sales_order_line_id or by item_external_id (one of them)');
    }
    let lineId = line.sales_order_line_id;
    let field = `lines.${index}.sales_order_line_id`;
    if (lineId === undefined) {
      field = `lines.${index}.item_external_id`;
      const itemId = byExternalId.get(line.item_external_id ?? '');
      if (itemId === undefined) throw validationError(field, 'unknown_reference', 'is not the external id of an item of this organization');
      const ofItem = orderLines.filter((orderLine) => orderLine.item_id === itemId);
      if (ofItem.length === 0) throw validationError(field, 'unknown_reference', 'is not the item of a line of this order');
      if (ofItem.length > 1) throw validationError(field, 'invalid', `is the item of ${ofItem.length} lines of this order; name the line by sales_order_line_id`);
      lineId = ofItem[0]!.id;
    } else if (!orderLines.some((orderLine) => orderLine.id === lineId)) {
      throw validationError(field, 'unknown_reference', 'is not a line of this order');
    }
    if (seen.has(lineId)) throw validationError(field, 'duplicate', 'names a line already packed in this request; give its whole quantity once');
    seen.add(lineId);
    return { sales_order_line_id: lineId, quantity_milli: quantityToMilli(line.quantity) };
  });
}

const lineKeys = (lines: readonly PackLine[]) => lines.map((line) => `${line.sales_order_line_id}|${line.quantity_milli}`).sort();

/** What of a package that exists cannot follow the body (lines, the day packed, a shipment that happened), as words for the 409. */
function fixedDifferences(pkg: repo.PackageListRow, stored: readonly PackLine[], body: PutPackageBody, lines: readonly PackLine[]): string[] {
  const differing: string[] = [];
  const [had, wanted] = [lineKeys(stored), lineKeys(lines)];
  if (had.length !== wanted.length || had.some((key, index) => key !== wanted[index])) differing.push('its lines');
  if (body.package_date !== undefined && body.package_date !== pkg.package_date) differing.push('package_date');
  const shipment = body.shipment;
  if (shipment && pkg.status !== 'packed') {
    if (shipment.carrier !== pkg.carrier || shipment.tracking_number !== pkg.tracking_number || (shipment.shipped_on !== undefined && shipment.shipped_on !== pkg.shipped_on)) {
      differing.push(`the shipment it left with (${pkg.carrier ?? ''} ${pkg.tracking_number ?? ''} on ${pkg.shipped_on ?? ''})`);
    }
  }
  return differing;
}

/** Brings an existing package to the body: nothing, its notes (as PATCH), its shipment (as shipping), or a 409 for what cannot change. */
async function syncPackage(ctx: AppContext, staff: StaffPrincipal, pkg: repo.PackageListRow, order: { row: repo.OrderForShipment; field: OrderField }, body: PutPackageBody, lines: readonly PackLine[]): Promise<PackageResponse> {
  if (pkg.sales_order_id !== order.row.id) {
    throw new AppError('CONFLICT', `${order.field}: ${pkg.number} is a package of another sales order; packages do not move between orders`, [
      fieldIssue(order.field, 'invalid', 'is not the sales order of this package'),
    ]);
  }
  const stored = (await repo.listPackageLines(ctx.db, [pkg.id])).map((line) => ({ sales_order_line_id: line.sales_order_line_id, quantity_milli: line.quantity_milli }));
  const differing = fixedDifferences(pkg, stored, body, lines);
  if (differing.length > 0) {
    throw new AppError('STATE_CONFLICT', `${pkg.number} is ${pkg.status} and this PUT differs from it in ${differing.join(', ')}, which do not change once packed or shipped (a package that has not shipped can be deleted and packed again)`, {
      package_id: pkg.id,
      status: pkg.status,
    });
  }
  const notes = body.notes ?? null;
  const ship = body.shipment !== undefined && pkg.status === 'packed' ? body.shipment : undefined;
  if (notes === pkg.notes && !ship) return getPackage(ctx, staff.organizationId, pkg.id);
  return tryWrite(ctx, () =>
    withTransaction(ctx, async (trx) => {
      let answer = notes !== pkg.notes ? await updatePackage(trx, staff, pkg.id, { notes }) : undefined;
      if (ship) answer = await shipPackage(trx, staff, pkg.id, ship);
      return answer ?? getPackage(trx, staff.organizationId, pkg.id);
    }),
  );
}

/**
 * Packs (and ships) the package with this external id (created) or brings it to the body (see above).
 * Two PUTs of a new package at once: the second waits for the order's lock that packing takes, and then
 * finds the quantities packed or the external id taken; it reads the package again and compares. A
 * change that loses a race (the package's version moved meanwhile) is tried again the same way.
 */
export async function putPackageByExternalId(ctx: AppContext, staff: StaffPrincipal, externalId: string, body: PutPackageBody): Promise<{ pkg: PackageResponse; created: boolean }> {
  const order = await orderOfPut(ctx, staff.organizationId, body);
  const lines = await resolveLines(ctx, staff.organizationId, order.order.id, body.lines);
  for (let attempt = 1; ; attempt++) {
    const existing = await repo.findPackageByExternalId(ctx.db, staff.organizationId, externalId);
    if (existing) {
      try {
        return { pkg: await syncPackage(ctx, staff, existing, { row: order.order, field: order.field }, body, lines), created: false };
      } catch (error) {
        const now = attempt < ATTEMPTS ? await repo.findPackage(ctx.db, staff.organizationId, existing.id) : undefined;
        if (now && now.version !== existing.version) continue;
        throw error;
      }
    }
    try {
      const pkg = await tryWrite(ctx, () =>
        withTransaction(ctx, async (trx) => {
          const packed = await createPackage(trx, staff, order.order.id, {
            lines: body.lines.map((line, index) => ({ sales_order_line_id: lines[index]!.sales_order_line_id, quantity: line.quantity })),
            ...(body.package_date !== undefined ? { package_date: body.package_date } : {}),
            notes: body.notes ?? null,
            external_id: externalId,
          });
          return body.shipment ? shipPackage(trx, staff, packed.id, body.shipment) : packed;
        }),
      );
      return { pkg, created: true };
    } catch (error) {
      if (attempt < ATTEMPTS && (isExternalIdConflict(error) || (await repo.findPackageByExternalId(ctx.db, staff.organizationId, externalId)) !== undefined)) continue;
      throw error;
    }
  }
}

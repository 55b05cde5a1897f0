import type { AppContext } from '../../context.ts';
import type { CustomerRow } from '../../db/database.ts';
import { isExternalIdConflict } from '../../db/external-id.ts';
import type { SalesOrderLinesTable, SalesOrdersTable } from '../../db/order-tables.ts';
import { tryWrite, withTransaction } from '../../db/transaction.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import { AppError, fieldIssue, validationError } from '../../lib/app-error.ts';
import { customerByReference } from '../customer/customer-sync.service.ts';
import { itemIdsByExternalId } from '../item/item.service.ts';
import { nextOrderStatus } from './sales-order.ts';
import * as repo from './sales-order.repository.ts';
import type { OrderLineInput, PutSalesOrderBody } from './sales-order.schemas.ts';
import {
  approveSalesOrder,
  confirmSalesOrder,
  createStaffSalesOrder,
  orderLinesOf,
  staffOrderActor,
  updateSalesOrder,
  type NewOrderLine,
  type OrderActor,
  type OrderChanges,
} from './sales-order.service.ts';
import { orderStateConflict } from './sales-order-writes.ts';

/*
 * A sales order by external id (docs/api.md "Sync by external id"): the first PUT creates the order as
 * POST /sales-orders does; later ones compare the body with what is stored and write nothing when it is
 * the same. A different body changes a draft or pending order through the PATCH rules (new lines
 * replace the old ones, stock held again); an order past that (confirmed, shipped, cancelled…) is a
 * 409 STATE_CONFLICT, as orders change there only through their own steps. Two PUTs of a new external
 * id at once: the unique index lets one create, the other reads the order again.
 */

const ATTEMPTS = 3;

type CustomerField = 'customer_id' | 'customer_external_id';

/** The lines with every item named by id (400 naming lines.{i}.item_external_id for an unknown one). */
async function resolveLines(ctx: AppContext, organizationId: string, lines: PutSalesOrderBody['lines']): Promise<OrderLineInput[]> {
  const byExternalId = await itemIdsByExternalId(ctx, organizationId, lines.flatMap((line) => (line.item_external_id === undefined ? [] : [line.item_external_id])));
  return lines.map(({ item_external_id: itemExternalId, ...line }, index) => {
    if (itemExternalId === undefined) return line;
    if (line.item_id !== undefined) throw validationError(`lines.${index}.item_external_id`, 'invalid', 'name the item by item_id or by item_external_id, not both');
    const itemId = byExternalId.get(itemExternalId);
    if (itemId === undefined) throw validationError(`lines.${index}.item_external_id`, 'unknown_reference', 'is not the external id of an item of this organization');
    return { ...line, item_id: itemId };
  });
}

/**
 * Whether a stored line is other than the body's: what the body gives is compared; what it leaves to the
 * item (name, description, tax) is what the line took from it when written, and a line without a rate
 * is one priced for the customer (whatever the price was then).
 */
function lineDiffers(stored: SalesOrderLinesTable, wanted: NewOrderLine): boolean {
  if (stored.item_id !== wanted.item_id || stored.quantity_milli !== wanted.quantity_milli) return true;
  if (wanted.name !== undefined && stored.name !== wanted.name) return true;
  if (wanted.description !== undefined && stored.description !== wanted.description) return true;
  if (wanted.rate_minor !== undefined ? stored.price_source !== 'manual' || stored.rate_minor !== wanted.rate_minor : stored.price_source === 'manual') return true;
  if (stored.discount_type !== (wanted.discount_type ?? null)) return true;
  if (wanted.discount_type && stored.discount_value !== wanted.discount_value) return true;
  return wanted.tax_id !== undefined && stored.tax_id !== wanted.tax_id;
}

/** What of the order differs from the body, as PATCH changes, and the names of the fields that do. */
function orderDifferences(order: SalesOrdersTable, stored: readonly SalesOrderLinesTable[], body: PutSalesOrderBody, lines: readonly NewOrderLine[]): { changes: OrderChanges; differing: string[] } {
  const changes: OrderChanges = {};
  const differing: string[] = [];
  if (body.order_date !== undefined && body.order_date !== order.order_date) {
    changes.orderDate = body.order_date;
    differing.push('order_date');
  }
  const expected = body.expected_shipment_date ?? null;
  if (expected !== order.expected_shipment_date) {
    changes.expectedShipmentDate = expected;
    differing.push('expected_shipment_date');
  }
  if ((body.po_number ?? null) !== order.po_number) {
    changes.poNumber = body.po_number ?? null;
    differing.push('po_number');
  }
  if ((body.notes ?? null) !== order.notes) {
    changes.notes = body.notes ?? null;
    differing.push('notes');
  }
  if (body.shipping_address_id) {
    if (body.shipping_address_id !== order.shipping_address_id) {
      changes.shippingAddressId = body.shipping_address_id;
      differing.push('shipping_address_id');
    }
  } else if (body.shipping_address !== undefined && (order.shipping_address_id !== null || order.shipping_address !== body.shipping_address)) {
    changes.shippingAddress = body.shipping_address;
    differing.push('shipping_address');
  }
  if (stored.length !== lines.length || stored.some((line, index) => lineDiffers(line, lines[index]!))) {
    changes.lines = lines;
    differing.push('lines');
  }
  return { changes, differing };
}

/**
 * Brings an existing order to the body: nothing when it is the same; the changes (and a confirmation the
 * body's `confirmed` asks of a draft or pending order) in one transaction otherwise.
 */
async function syncOrder(ctx: AppContext, actor: OrderActor, order: SalesOrdersTable, customer: { row: CustomerRow; field: CustomerField }, body: PutSalesOrderBody, lines: readonly NewOrderLine[]): Promise<SalesOrdersTable> {
  if (order.customer_id !== customer.row.id) {
    throw new AppError('CONFLICT', `${customer.field}: ${order.number} is an order of another customer; orders do not move between customers`, [
      fieldIssue(customer.field, 'invalid', 'is not the customer of this sales order'),
    ]);
  }
  const { changes, differing } = orderDifferences(order, await repo.findLines(ctx.db, order.id), body, lines);
  const confirm = body.status === 'confirmed' && (order.status === 'draft' || order.status === 'pending_approval');
  if (differing.length === 0 && !confirm) return order;
  if (differing.length > 0 && nextOrderStatus('edit', order.status) === undefined) {
    throw orderStateConflict(
      order,
      'edit',
      `${order.number} is ${order.status.replace(/_/g, ' ')} and can no longer be changed (only draft and pending orders can); the PUT differs from it in ${differing.join(', ')}`,
    );
  }
  return tryWrite(ctx, () =>
    withTransaction(ctx, async (trx) => {
      let current = order;
      if (differing.length > 0) current = await updateSalesOrder(trx, actor, order.id, changes, order.version);
      if (confirm) {
        current = current.status === 'draft' ? await confirmSalesOrder(trx, actor, order.id, current.version) : await approveSalesOrder(trx, actor, order.id, current.version);
      }
      return current;
    }),
  );
}

/**
 * Creates the order with this external id (created) or brings it to the body (see above). A change that
 * loses a race with another one (the order's version moved meanwhile) is tried again on the order as it
 * is now.
 */
export async function putSalesOrderByExternalId(
  ctx: AppContext,
  staff: Pick<StaffPrincipal, 'organizationId' | 'staffUserId' | 'via'>,
  externalId: string,
  body: PutSalesOrderBody,
): Promise<{ order: SalesOrdersTable; created: boolean }> {
  const customer = await customerByReference(ctx, staff.organizationId, body);
  const lineInputs = await resolveLines(ctx, staff.organizationId, body.lines);
  const lines = orderLinesOf(lineInputs);
  const actor = await staffOrderActor(ctx, staff);
  for (let attempt = 1; ; attempt++) {
    const existing = await repo.findOrderByExternalId(ctx.db, staff.organizationId, externalId);
    if (existing) {
      try {
        return { order: await syncOrder(ctx, actor, existing, { row: customer.customer, field: customer.field }, body, lines), created: false };
      } catch (error) {
        const now = attempt < ATTEMPTS ? await repo.findOrder(ctx.db, staff.organizationId, existing.id) : undefined;
        if (now && now.version !== existing.version) continue;
        throw error;
      }
    }
    try {
      const { customer_id: _id, customer_external_id: _externalId, lines: _lines, ...fields } = body;
      const order = await tryWrite(ctx, () => createStaffSalesOrder(ctx, actor, { ...fields, customer_id: customer.customer.id, lines: lineInputs, external_id: externalId }));
      return { order, created: true };
    } catch (error) {
      if (attempt < ATTEMPTS && isExternalIdConflict(error)) continue;
      throw error;
    }
  }
}

import { computeDocumentAmounts, type LineAmountsInput } from '../../../contract/document-totals.ts';
import type { UnitPrice } from '../../../contract/pricing.ts';
import { quantityToMilli } from '../../../contract/units.ts';
import type { AppContext } from '../../context.ts';
import type { ItemsTable } from '../../db/billing-tables.ts';
import type { CustomerRow, Db } from '../../db/database.ts';
import type { Page } from '../../db/keyset.ts';
import type { SalesOrderEventsTable, SalesOrderLinesTable, SalesOrderStatus, SalesOrdersTable } from '../../db/order-tables.ts';
import { AppError, fieldIssue, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { Address } from '../customer/customer.schemas.ts';
import { findCustomerById } from '../customer/customer.service.ts';
import { nextDocumentNumber } from '../number-series/number-series.service.ts';
import { organizationToday } from '../organization/organization-today.ts';
import { customerPrices } from '../price-list/pricing.service.ts';
import { commitStock, defaultWarehouseId, releaseStock } from '../stock/stock.service.ts';
import { shipmentStatus, stockHoldingStatuses } from './sales-order.ts';
import * as repo from './sales-order.repository.ts';
import type { CreateSalesOrderBody, ListSalesOrdersQuery, OrderLineInput } from './sales-order.schemas.ts';
import { checkOrderTransition, orderStateConflict, writeOrderAt } from './sales-order-writes.ts';

/** A line of a new or changed order. Without `rate_minor` an item's line is priced for the customer. */
export interface NewOrderLine {
  item_id: string | null;
  name?: string;
  description?: string | null;
  quantity_milli: number;
  rate_minor?: number;
  discount_type?: 'percent' | 'amount' | null;
  /** Basis points for a percent discount, minor units for an amount. */
  discount_value?: number;
  /** Undefined: the item's tax; null: none. */
  tax_id?: string | null;
}

/** Who a status change is recorded as. */
export interface OrderEventActor {
  type: SalesOrderEventsTable['actor_type'];
  name: string | null;
}

/** The organization and person acting on an order, and how they are named in its history. */
export interface OrderActor {
  organizationId: string;
  staffUserId: string | null;
  actor: OrderEventActor;
}

export interface SalesOrderWithLines {
  order: SalesOrdersTable;
  lines: SalesOrderLinesTable[];
}

const itemUnavailable = (index: number, itemId: string, why: string) =>
  new AppError('ITEM_UNAVAILABLE', `lines.${index}.item_id: ${why}`, [fieldIssue(`lines.${index}.item_id`, 'unknown_reference', why, { item_id: itemId })]);

/**
 * Resolves items, prices and taxes and computes every line's amounts and the order's totals by the same
 * rules as invoices (contract/document-totals.ts). Lines of items without a rate are priced for the
 * customer (its price list, else the item's base rate); an archived item, or one the customer cannot
 * buy in its currency, is refused with 422 ITEM_UNAVAILABLE naming the line.
 */
async function buildLines(db: Db, organizationId: string, customer: CustomerRow, orderId: string, inputs: readonly NewOrderLine[], today: string) {
  const itemIds = [...new Set(inputs.flatMap((line) => (line.item_id ? [line.item_id] : [])))];
  const items = new Map((await repo.listItemsByIds(db, organizationId, itemIds)).map((item) => [item.id, item]));
  inputs.forEach((line, index) => {
    if (line.item_id) {
      const item = items.get(line.item_id);
      if (!item) throw itemUnavailable(index, line.item_id, 'is not an item of this organization');
      if (item.archived_at !== null) throw itemUnavailable(index, line.item_id, 'is no longer sold');
    } else {
      if (!line.name) throw validationError(`lines.${index}.name`, 'required', 'is required for a line without an item');
      if (line.rate_minor === undefined) throw validationError(`lines.${index}.rate_minor`, 'required', 'is required for a line without an item');
    }
  });
  const prices = await priceLines(db, organizationId, customer.id, inputs, today);
  const taxOf = (line: NewOrderLine, item: ItemsTable | undefined) => (line.tax_id !== undefined ? line.tax_id : (item?.tax_id ?? null));
  const taxIds = [...new Set(inputs.flatMap((line) => taxOf(line, line.item_id ? items.get(line.item_id) : undefined) ?? []))];
  const taxes = new Map((await repo.listTaxesByIds(db, organizationId, taxIds)).map((tax) => [tax.id, tax]));

  const resolved = inputs.map((line, index) => {
    const item = line.item_id ? items.get(line.item_id) : undefined;
    const taxId = taxOf(line, item);
    const tax = taxId ? taxes.get(taxId) : undefined;
    if (taxId && !tax) throw validationError(`lines.${index}.tax_id`, 'unknown_reference', 'is not a tax of this organization');
    let price: { rate_minor: number; source: 'base' | 'price_list' | 'manual'; listId: string | null; listName: string | null; breakMin: number | null };
    if (line.rate_minor !== undefined) {
      price = { rate_minor: line.rate_minor, source: 'manual', listId: null, listName: null, breakMin: null };
    } else {
      const unit = prices.get(index);
      if (!unit) throw itemUnavailable(index, line.item_id!, `is not sold in ${customer.currency}`);
      price = { rate_minor: unit.rate_minor, source: unit.source, listId: unit.price_list_id, listName: unit.price_list_name, breakMin: unit.break_min_milli };
    }
    const amounts: LineAmountsInput = {
      quantity_milli: line.quantity_milli,
      rate_minor: price.rate_minor,
      discount_type: line.discount_type ?? null,
      discount_value: line.discount_type ? (line.discount_value ?? 0) : 0,
      tax_rate_millipercent: tax?.rate_millipercent ?? 0,
    };
    return { line, item, tax, price, amounts };
  });
  let totals;
  try {
    totals = computeDocumentAmounts(resolved.map((entry) => entry.amounts));
  } catch {
    throw validationError('lines', 'amounts_too_large', 'the amounts are too large');
  }
  const lines: SalesOrderLinesTable[] = resolved.map(({ line, item, tax, price, amounts }, index) => ({
    id: newId(),
    sales_order_id: orderId,
    position: index + 1,
    item_id: item?.id ?? null,
    name: line.name ?? item?.name ?? '',
    description: line.description !== undefined ? line.description : (item?.description ?? null),
    sku: item?.sku ?? null,
    unit: item?.unit ?? null,
    quantity_milli: amounts.quantity_milli,
    rate_minor: amounts.rate_minor,
    discount_type: amounts.discount_type,
    discount_value: amounts.discount_value,
    tax_id: tax?.id ?? null,
    tax_name: tax?.name ?? null,
    tax_rate_millipercent: amounts.tax_rate_millipercent,
    ...totals.lines[index]!,
    price_source: price.source,
    price_list_id: price.listId,
    price_list_name: price.listName,
    price_break_min_milli: price.breakMin,
    committed_milli: 0,
    packed_milli: 0,
    shipped_milli: 0,
    invoiced_milli: 0,
  }));
  const tracked = new Set([...items.values()].filter((item) => item.track_stock === 1).map((item) => item.id));
  return { lines, totals, tracked };
}

/**
 * The customer's unit price of each line of an item that has no rate, by the line's index. Prices are
 * asked for one line per item at a time (an item on two lines may fall in different quantity breaks):
 * one round for an order with each item once.
 */
async function priceLines(db: Db, organizationId: string, customerId: string, inputs: readonly NewOrderLine[], today: string): Promise<Map<number, UnitPrice | null>> {
  const prices = new Map<number, UnitPrice | null>();
  let pending = inputs.flatMap((line, index) => (line.item_id && line.rate_minor === undefined ? [{ index, item_id: line.item_id, quantity_milli: line.quantity_milli }] : []));
  while (pending.length > 0) {
    const seen = new Set<string>();
    const round = pending.filter((line) => !seen.has(line.item_id) && Boolean(seen.add(line.item_id)));
    const answered = await customerPrices(db, organizationId, customerId, round, today);
    for (const line of round) prices.set(line.index, answered.get(line.item_id) ?? null);
    pending = pending.filter((line) => !round.includes(line));
  }
  return prices;
}

/** Items among the lines' whose stock is counted. */
async function trackedItems(db: Db, organizationId: string, lines: readonly SalesOrderLinesTable[]): Promise<Set<string>> {
  const ids = [...new Set(lines.flatMap((line) => (line.item_id ? [line.item_id] : [])))];
  const items = await repo.listItemsByIds(db, organizationId, ids);
  return new Set(items.filter((item) => item.track_stock === 1).map((item) => item.id));
}

/** In item order, so that two orders committing the same items lock their stock rows in the same order. */
const byItem = (lines: readonly SalesOrderLinesTable[]) => [...lines].sort((a, b) => (a.item_id ?? '').localeCompare(b.item_id ?? '') || a.position - b.position);

/**
 * Holds stock for every line of a tracked item (what is not shipped yet), all or nothing: the first line
 * short of stock refuses with 409 INSUFFICIENT_STOCK naming it, and the caller's transaction rolls
 * everything back. Answers the item ids whose stock changed.
 */
async function commitLines(db: Db, order: SalesOrdersTable, lines: SalesOrderLinesTable[], tracked: Set<string>, now: string): Promise<string[]> {
  const changed: string[] = [];
  for (const line of byItem(lines)) {
    if (!line.item_id || !tracked.has(line.item_id)) continue;
    const quantityMilli = line.quantity_milli - line.shipped_milli;
    if (quantityMilli <= 0) continue;
    try {
      await commitStock(db, { organizationId: order.organization_id, warehouseId: order.warehouse_id, itemId: line.item_id, quantityMilli, now });
    } catch (error) {
      if (error instanceof AppError && error.code === 'INSUFFICIENT_STOCK') {
        const details = typeof error.details === 'object' && error.details !== null ? error.details : {};
        throw new AppError('INSUFFICIENT_STOCK', `lines.${line.position - 1}.quantity: ${error.message}`, { ...details, field: `lines.${line.position - 1}.quantity`, line_id: line.id });
      }
      throw error;
    }
    await repo.setLineCommitted(db, line.id, quantityMilli);
    line.committed_milli = quantityMilli;
    changed.push(line.item_id);
  }
  return changed;
}

/** Gives back exactly what each line holds and sets its committed quantity to 0. Answers the item ids whose stock changed. */
async function releaseLines(db: Db, order: SalesOrdersTable, lines: SalesOrderLinesTable[], now: string): Promise<string[]> {
  const changed: string[] = [];
  for (const line of byItem(lines)) {
    if (!line.item_id || line.committed_milli <= 0) continue;
    await releaseStock(db, { organizationId: order.organization_id, warehouseId: order.warehouse_id, itemId: line.item_id, quantityMilli: line.committed_milli, now });
    await repo.setLineCommitted(db, line.id, 0);
    line.committed_milli = 0;
    changed.push(line.item_id);
  }
  return changed;
}

async function recordEvent(db: Db, orderId: string, status: string, actor: OrderEventActor, at: string, note: string | null = null): Promise<void> {
  await repo.insertEvent(db, { id: newId(), sales_order_id: orderId, status, note, actor_type: actor.type, actor_name: actor.name, created_at: at });
}

/** A customer's address JSON as lines of text. */
function addressText(json: string | null): string | null {
  if (!json) return null;
  try {
    const address = JSON.parse(json) as Address;
    const cityLine = [address.postal_code, address.city].filter(Boolean).join(' ');
    const lines = [address.attention, address.street, cityLine, address.state, address.country].filter((line): line is string => Boolean(line?.trim()));
    return lines.length > 0 ? lines.join('\n') : null;
  } catch {
    return null;
  }
}

/** The address an order ships to: the one named, the text given, else the customer's default shipping address. */
async function shippingOf(db: Db, customer: CustomerRow, id: string | null | undefined, text: string | null | undefined): Promise<{ id: string | null; address: string | null }> {
  if (id) {
    const row = await repo.findCustomerAddress(db, customer.id, id);
    if (!row) throw validationError('shipping_address_id', 'unknown_reference', 'is not a shipping address of this customer');
    return { id: row.id, address: row.address };
  }
  if (text !== undefined) return { id: null, address: text };
  const fallback = await repo.findCustomerAddress(db, customer.id);
  return fallback ? { id: fallback.id, address: fallback.address } : { id: null, address: addressText(customer.shipping_address) };
}

const checkDates = (orderDate: string, expected: string | null) => {
  if (expected && expected < orderDate) throw validationError('expected_shipment_date', 'invalid_value', 'cannot be before the order date');
};

/**
 * A new order inside the caller's transaction: lines priced (lines without a rate, through the
 * customer's prices) and totalled, the next SO- number, stock held for pending and confirmed orders
 * (all or nothing), and the first entry of its history. Publishes nothing: the caller announces the
 * stock change once its transaction has committed.
 */
export async function createSalesOrder(
  ctx: AppContext,
  db: Db,
  input: {
    organizationId: string;
    customerId: string;
    status: 'draft' | 'pending_approval' | 'confirmed';
    lines: readonly NewOrderLine[];
    notes?: string | null;
    poNumber?: string | null;
    shippingAddressId?: string | null;
    shippingAddress?: string | null;
    orderDate?: string;
    expectedShipmentDate?: string | null;
    placedVia: 'staff' | 'portal' | 'api';
    externalId?: string | null;
    contact?: { id: string; name: string } | null;
    staff?: { id: string | null; name: string } | null;
  },
): Promise<SalesOrderWithLines> {
  const customer = await findCustomerById(db, input.organizationId, input.customerId);
  if (!customer) throw notFound('Customer');
  if (input.lines.length === 0) throw validationError('lines', 'too_small', 'add at least one line');
  const now = isoNow(ctx.clock);
  const today = await organizationToday(ctx, input.organizationId, db);
  const orderDate = input.orderDate ?? today;
  const expected = input.expectedShipmentDate ?? null;
  checkDates(orderDate, expected);
  const shipping = await shippingOf(db, customer, input.shippingAddressId, input.shippingAddress);
  const id = newId();
  const { lines, totals, tracked } = await buildLines(db, input.organizationId, customer, id, input.lines, today);
  const warehouseId = await defaultWarehouseId(db, input.organizationId, now);
  const number = await nextDocumentNumber(db, input.organizationId, 'sales_order', (candidate) => repo.isOrderNumberTaken(db, input.organizationId, candidate));
  const order: SalesOrdersTable = {
    id,
    organization_id: input.organizationId,
    external_id: input.externalId ?? null,
    customer_id: customer.id,
    number,
    status: input.status,
    currency: customer.currency,
    order_date: orderDate,
    expected_shipment_date: expected,
    po_number: input.poNumber ?? null,
    notes: input.notes ?? null,
    terms: null,
    shipping_address_id: shipping.id,
    shipping_address: shipping.address,
    warehouse_id: warehouseId,
    subtotal_minor: totals.subtotal_minor,
    discount_minor: totals.discount_minor,
    tax_minor: totals.tax_minor,
    total_minor: totals.total_minor,
    placed_via: input.placedVia,
    placed_by_contact_id: input.contact?.id ?? null,
    confirmed_at: input.status === 'confirmed' ? now : null,
    shipped_at: null,
    delivered_at: null,
    cancelled_at: null,
    cancel_reason: null,
    created_by: input.staff?.id ?? null,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await repo.insertOrder(db, order);
  await repo.insertLines(db, lines);
  if (stockHoldingStatuses.includes(input.status)) await commitLines(db, order, lines, tracked, now);
  const actor: OrderEventActor = input.contact
    ? { type: 'contact', name: input.contact.name }
    : input.staff
      ? { type: input.placedVia === 'api' ? 'api' : 'staff', name: input.staff.name || null }
      : { type: 'system', name: null };
  await recordEvent(db, id, input.status, actor, now);
  return { order, lines };
}

/** An order of the organization (404 otherwise, whatever another organization holds). */
export async function getSalesOrder(db: Db, organizationId: string, id: string): Promise<SalesOrdersTable> {
  const order = await repo.findOrder(db, organizationId, id);
  if (!order) throw notFound('Sales order');
  return order;
}

export async function findSalesOrderLines(db: Db, orderId: string): Promise<SalesOrderLinesTable[]> {
  return repo.findLines(db, orderId);
}

export async function listSalesOrders(ctx: AppContext, organizationId: string, query: ListSalesOrdersQuery): Promise<Page<SalesOrdersTable>> {
  return repo.listOrderPage(ctx.db, {
    organizationId,
    customerId: query.customer_id,
    status: query.status,
    search: query.search,
    updatedSince: query.updated_since,
    sort: query.updated_since === undefined ? query.sort : 'updated_at',
    limit: query.limit,
    cursor: query.cursor,
  });
}

/** Announces, after the transaction committed, that these items' stock changed. */
async function announceStock(ctx: AppContext, organizationId: string, itemIds: string[]): Promise<void> {
  if (itemIds.length > 0) await ctx.signals.publish({ topic: 'stock', organizationId, ids: [...new Set(itemIds)] });
}

export interface OrderChanges {
  lines?: readonly NewOrderLine[] | undefined;
  orderDate?: string | undefined;
  expectedShipmentDate?: string | null | undefined;
  poNumber?: string | null | undefined;
  notes?: string | null | undefined;
  shippingAddressId?: string | null | undefined;
  shippingAddress?: string | null | undefined;
  externalId?: string | null | undefined;
}

/**
 * Changes a draft or pending order. New lines replace the old ones; a pending order gives back what its
 * old lines held and holds stock for the new ones (all or nothing). Conditional on the status and
 * version read here (409 when another change got there first, or the caller saw an older version).
 */
export async function updateSalesOrder(ctx: AppContext, actor: OrderActor, id: string, changes: OrderChanges, seen?: number): Promise<SalesOrdersTable> {
  const { order, stockChanged } = await ctx.db.transaction().execute(async (trx) => {
    const order = await getSalesOrder(trx, actor.organizationId, id);
    checkOrderTransition(order, 'edit', seen);
    const customer = await findCustomerById(trx, actor.organizationId, order.customer_id);
    if (!customer) throw notFound('Sales order');
    const now = isoNow(ctx.clock);
    const update: Partial<SalesOrdersTable> = { updated_at: now };
    if (changes.orderDate !== undefined) update.order_date = changes.orderDate;
    if (changes.expectedShipmentDate !== undefined) update.expected_shipment_date = changes.expectedShipmentDate;
    if (changes.poNumber !== undefined) update.po_number = changes.poNumber;
    if (changes.notes !== undefined) update.notes = changes.notes;
    if (changes.externalId !== undefined) update.external_id = changes.externalId;
    if (changes.shippingAddressId !== undefined || changes.shippingAddress !== undefined) {
      const shipping = await shippingOf(trx, customer, changes.shippingAddressId, changes.shippingAddress !== undefined ? changes.shippingAddress : changes.shippingAddressId === null ? null : undefined);
      update.shipping_address_id = shipping.id;
      update.shipping_address = shipping.address;
    }
    checkDates(update.order_date ?? order.order_date, update.expected_shipment_date !== undefined ? update.expected_shipment_date : order.expected_shipment_date);
    let built: Awaited<ReturnType<typeof buildLines>> | undefined;
    if (changes.lines) {
      built = await buildLines(trx, actor.organizationId, customer, id, changes.lines, await organizationToday(ctx, actor.organizationId, trx));
      Object.assign(update, { subtotal_minor: built.totals.subtotal_minor, discount_minor: built.totals.discount_minor, tax_minor: built.totals.tax_minor, total_minor: built.totals.total_minor });
    }
    await writeOrderAt(trx, order, 'edit', update);
    const stockChanged: string[] = [];
    if (built) {
      const holding = stockHoldingStatuses.includes(order.status);
      if (holding) stockChanged.push(...(await releaseLines(trx, order, await repo.findLines(trx, id), now)));
      await repo.deleteLines(trx, id);
      await repo.insertLines(trx, built.lines);
      if (holding) stockChanged.push(...(await commitLines(trx, order, built.lines, built.tracked, now)));
    }
    return { order: await getSalesOrder(trx, actor.organizationId, id), stockChanged };
  });
  await announceStock(ctx, actor.organizationId, stockChanged);
  return order;
}

/** Confirms a draft: it holds stock for every line (409 INSUFFICIENT_STOCK, and nothing changes, when a line is short). */
export async function confirmSalesOrder(ctx: AppContext, actor: OrderActor, id: string, seen?: number): Promise<SalesOrdersTable> {
  const { order, stockChanged } = await ctx.db.transaction().execute(async (trx) => {
    const order = await getSalesOrder(trx, actor.organizationId, id);
    const status = checkOrderTransition(order, 'confirm', seen);
    const now = isoNow(ctx.clock);
    // The status is written first: of two confirmations at once only one gets to hold stock.
    await writeOrderAt(trx, order, 'confirm', { status, confirmed_at: now, updated_at: now });
    const lines = await repo.findLines(trx, id);
    const stockChanged = await commitLines(trx, order, lines, await trackedItems(trx, actor.organizationId, lines), now);
    await recordEvent(trx, id, status, actor.actor, now);
    return { order: await getSalesOrder(trx, actor.organizationId, id), stockChanged };
  });
  await announceStock(ctx, actor.organizationId, stockChanged);
  return order;
}

/** Approves an order pending approval (a portal order): it is confirmed; the stock it holds stays held. */
export async function approveSalesOrder(ctx: AppContext, actor: OrderActor, id: string, seen?: number): Promise<SalesOrdersTable> {
  return ctx.db.transaction().execute(async (trx) => {
    const order = await getSalesOrder(trx, actor.organizationId, id);
    const status = checkOrderTransition(order, 'approve', seen);
    const now = isoNow(ctx.clock);
    await writeOrderAt(trx, order, 'approve', { status, confirmed_at: now, updated_at: now });
    await recordEvent(trx, id, status, actor.actor, now);
    return getSalesOrder(trx, actor.organizationId, id);
  });
}

/**
 * Cancels a draft, pending or confirmed order nothing of which is packed or shipped, with the reason:
 * each line gives back exactly what it holds. `customerId` limits it to that customer's orders (the
 * portal).
 */
export async function cancelSalesOrder(ctx: AppContext, actor: OrderActor & { customerId?: string }, id: string, reason: string, seen?: number): Promise<SalesOrdersTable> {
  const { order, stockChanged } = await ctx.db.transaction().execute(async (trx) => {
    const order = await getSalesOrder(trx, actor.organizationId, id);
    if (actor.customerId !== undefined && order.customer_id !== actor.customerId) throw notFound('Sales order');
    const status = checkOrderTransition(order, 'cancel', seen);
    const lines = await repo.findLines(trx, id);
    if (lines.some((line) => line.packed_milli > 0 || line.shipped_milli > 0)) {
      throw orderStateConflict(order, 'cancel', `${order.number} has packages; delete the packages that have not shipped before cancelling it`);
    }
    const now = isoNow(ctx.clock);
    await writeOrderAt(trx, order, 'cancel', { status, cancelled_at: now, cancel_reason: reason, updated_at: now });
    const stockChanged = await releaseLines(trx, order, lines, now);
    await recordEvent(trx, id, status, actor.actor, now, reason);
    return { order: await getSalesOrder(trx, actor.organizationId, id), stockChanged };
  });
  await announceStock(ctx, actor.organizationId, stockChanged);
  return order;
}

/**
 * After packages shipped or were delivered (in the caller's transaction): derives partially shipped,
 * shipped or delivered from the lines' shipped quantities and the packages, and records the change in
 * the order's history. Answers the order as it is now.
 */
export async function refreshShipmentStatus(
  db: Db,
  input: { organizationId: string; salesOrderId: string; now: string; actor: { type: 'staff' | 'system' | 'api'; name: string | null } },
): Promise<SalesOrdersTable> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const order = await getSalesOrder(db, input.organizationId, input.salesOrderId);
    const [lines, packages] = await Promise.all([repo.findLines(db, order.id), repo.findPackages(db, order.id)]);
    const status: SalesOrderStatus = shipmentStatus(order, lines, packages);
    if (status === order.status) return order;
    const changes: Partial<SalesOrdersTable> = {
      status,
      updated_at: input.now,
      shipped_at: status === 'shipped' || status === 'delivered' ? (order.shipped_at ?? input.now) : null,
      delivered_at: status === 'delivered' ? (order.delivered_at ?? input.now) : null,
    };
    if (await repo.updateOrderAt(db, order.id, { version: order.version, status: order.status }, changes)) {
      await recordEvent(db, order.id, status, input.actor, input.now);
      return { ...order, ...changes, version: order.version + 1 };
    }
  }
  throw new AppError('CONFLICT', 'The sales order kept changing; try again');
}

/** How a staff member (or an API key) acting on orders is named in their history. */
export async function staffOrderActor(ctx: AppContext, staff: { organizationId: string; staffUserId: string | null; via: 'session' | 'api_key' }): Promise<OrderActor> {
  if (staff.via === 'api_key' || staff.staffUserId === null) return { organizationId: staff.organizationId, staffUserId: staff.staffUserId, actor: { type: 'api', name: null } };
  return { organizationId: staff.organizationId, staffUserId: staff.staffUserId, actor: { type: 'staff', name: await repo.staffName(ctx.db, staff.staffUserId, '') } };
}

/** Turns the API's lines (quantities as decimals, discounts as objects) into order lines. */
export function orderLinesOf(lines: readonly OrderLineInput[]): NewOrderLine[] {
  return lines.map((line) => ({
    item_id: line.item_id ?? null,
    ...(line.name !== undefined ? { name: line.name } : {}),
    ...(line.description !== undefined ? { description: line.description } : {}),
    quantity_milli: quantityToMilli(line.quantity),
    ...(line.rate_minor !== undefined ? { rate_minor: line.rate_minor } : {}),
    discount_type: line.discount?.type ?? null,
    discount_value: line.discount ? (line.discount.type === 'percent' ? Math.round(line.discount.percent * 100) : line.discount.amount_minor) : 0,
    ...(line.tax_id !== undefined ? { tax_id: line.tax_id } : {}),
  }));
}

/** A staff member creates an order (a draft, or confirmed at once, holding stock). */
export async function createStaffSalesOrder(ctx: AppContext, actor: OrderActor, body: CreateSalesOrderBody): Promise<SalesOrdersTable> {
  const { order, lines } = await ctx.db.transaction().execute((trx) =>
    createSalesOrder(ctx, trx, {
      organizationId: actor.organizationId,
      customerId: body.customer_id,
      status: body.status,
      lines: orderLinesOf(body.lines),
      notes: body.notes ?? null,
      poNumber: body.po_number ?? null,
      ...(body.shipping_address_id !== undefined ? { shippingAddressId: body.shipping_address_id } : {}),
      ...(body.shipping_address !== undefined ? { shippingAddress: body.shipping_address } : {}),
      ...(body.order_date !== undefined ? { orderDate: body.order_date } : {}),
      expectedShipmentDate: body.expected_shipment_date ?? null,
      placedVia: actor.actor.type === 'api' ? 'api' : 'staff',
      externalId: body.external_id ?? null,
      staff: { id: actor.staffUserId, name: actor.actor.name ?? '' },
    }),
  );
  if (body.status === 'confirmed') await announceStock(ctx, actor.organizationId, lines.filter((line) => line.committed_milli > 0).map((line) => line.item_id!));
  return order;
}

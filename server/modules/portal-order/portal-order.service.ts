import { quantityFromMilli, quantityToMilli } from '../../../contract/units.ts';
import type { AppContext, RequestMeta } from '../../context.ts';
import type { Db, OrganizationRow } from '../../db/database.ts';
import type { SalesOrdersTable } from '../../db/order-tables.ts';
import { presentPage, type Page } from '../../db/keyset.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { AppError, fieldIssue, notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { listShippingAddresses as listCustomerShippingAddresses } from '../customer-address/customer-address.service.ts';
import { contactName } from '../customer/customer.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { customerPrices } from '../price-list/pricing.service.ts';
import { createSalesOrder } from '../sales-order/sales-order.service.ts';
import { listPackagesOfOrders, listShipmentsOfCustomer, type Shipment } from '../shipment/shipment.service.ts';
import { availableMilliOf, contactToday } from './catalog.service.ts';
import { isSellable, readCart } from './cart.service.ts';
import { assertMayOrder, assertMayRead, ownerOf } from './ordering-access.ts';
import { addableMilli, openOrderStatuses, quantitiesByItem, statusesOfFilter, type PortalOrderFilter } from './portal-order.ts';
import * as repo from './portal-order.repository.ts';
import type { DashboardOrders, OrderDetail, OrderSummary, PlaceOrderBody, ReorderAnswer, ShipmentResponse } from './portal-order.schemas.ts';

export function presentOrderSummary(order: SalesOrdersTable): OrderSummary {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    order_date: order.order_date,
    expected_shipment_date: order.expected_shipment_date,
    po_number: order.po_number,
    currency: order.currency,
    subtotal_minor: Number(order.subtotal_minor),
    tax_minor: Number(order.tax_minor),
    total_minor: Number(order.total_minor),
    placed_via: order.placed_via,
    created_at: order.created_at,
  };
}

export function presentShipment(shipment: Shipment): ShipmentResponse {
  return {
    id: shipment.id,
    sales_order_id: shipment.sales_order_id,
    sales_order_number: shipment.sales_order_number,
    number: shipment.number,
    status: shipment.status,
    carrier: shipment.carrier,
    carrier_name: shipment.carrier_name,
    tracking_number: shipment.tracking_number,
    tracking_url: shipment.tracking_url,
    shipped_on: shipment.shipped_on,
    delivered_at: shipment.delivered_at,
    lines: shipment.lines.map((line) => ({ sales_order_line_id: line.sales_order_line_id, item_id: line.item_id, name: line.name, sku: line.sku, unit: line.unit, quantity: quantityFromMilli(Number(line.quantity_milli)) })),
  };
}

/** The customer's orders, newest first: one query whatever the page's length. */
export async function listPortalOrders(
  ctx: AppContext,
  contact: ContactPrincipal,
  query: { filter: PortalOrderFilter; search?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<OrderSummary>> {
  const owner = ownerOf(contact);
  const page = await repo.listPortalOrderPage(ctx.db, {
    organizationId: owner.organizationId,
    customerId: owner.customerId,
    statuses: statusesOfFilter(query.filter),
    search: query.search,
    limit: query.limit,
    cursor: query.cursor,
  });
  return presentPage(page, (rows) => rows.map(presentOrderSummary));
}

/** The customer's own order (never a draft), or 404 — before any permission, so a 403 never confirms another's order exists. */
export async function findOwnOrder(db: Db, contact: ContactPrincipal, id: string): Promise<SalesOrdersTable> {
  const owner = ownerOf(contact);
  const order = await repo.findPortalOrder(db, owner.organizationId, owner.customerId, id);
  if (!order) throw notFound('Sales order');
  return order;
}

async function presentOrderDetail(db: Db, order: SalesOrdersTable): Promise<OrderDetail> {
  const lines = await repo.listOrderLines(db, order.id);
  const events = await repo.listOrderEvents(db, order.id);
  const invoices = await repo.listOrderInvoices(db, order.organization_id, order.id);
  const packages = await listPackagesOfOrders(db, order.organization_id, [order.id]);
  return {
    ...presentOrderSummary(order),
    notes: order.notes,
    shipping_address: order.shipping_address,
    cancel_reason: order.cancel_reason,
    lines: lines.map((line) => ({
      id: line.id,
      item_id: line.item_id,
      name: line.name,
      description: line.description,
      sku: line.sku,
      unit: line.unit,
      quantity: quantityFromMilli(Number(line.quantity_milli)),
      unit_price_minor: Number(line.rate_minor),
      discount_minor: Number(line.discount_minor),
      tax_name: line.tax_name,
      tax_minor: Number(line.tax_minor),
      total_minor: Number(line.total_minor),
      shipped_quantity: quantityFromMilli(Number(line.shipped_milli)),
    })),
    events,
    invoices: invoices.map((invoice) => ({ ...invoice, total_minor: Number(invoice.total_minor), balance_minor: Number(invoice.balance_minor) })),
    packages: packages.map(presentShipment),
  };
}

/** An order with its lines, status history, invoices and packages: 404 if not the customer's, 403 without reading rights. */
export async function getPortalOrder(ctx: AppContext, contact: ContactPrincipal, id: string): Promise<OrderDetail> {
  const order = await findOwnOrder(ctx.db, contact, id);
  assertMayRead(contact);
  return presentOrderDetail(ctx.db, order);
}

const unavailable = (index: number, itemId: string, why: string) =>
  new AppError('ITEM_UNAVAILABLE', `lines.${index}.item_id: ${why}`, [fieldIssue(`lines.${index}.item_id`, 'unknown_reference', why, { item_id: itemId })]);

/**
 * Places an order from the portal: every line priced again for today (a price that differs from the
 * one the contact was shown refuses the whole order with 409 PRICES_CHANGED, listing each difference),
 * stock held for every line (409 INSUFFICIENT_STOCK when short, nothing created), staff notified, the
 * ordered items taken out of the cart; once committed, open catalogue pages hear of the new stock.
 */
export async function placePortalOrder(
  ctx: AppContext,
  organization: OrganizationRow,
  contact: ContactPrincipal,
  body: PlaceOrderBody,
  meta: RequestMeta,
): Promise<{ status: number; body: OrderDetail }> {
  const owner = ownerOf(contact);
  assertMayOrder(contact);
  const confirm = parsePortalSettings(organization.portal_settings).confirm_portal_orders;
  const lines = body.lines.map((line) => ({ ...line, quantity_milli: quantityToMilli(line.quantity) }));
  const { detail, tracked } = await ctx.db.transaction().execute(async (trx) => {
    const items = new Map((await repo.listItemsByIds(trx, owner.organizationId, lines.map((line) => line.item_id))).map((item) => [item.id, item]));
    lines.forEach((line, index) => {
      const item = items.get(line.item_id);
      if (!item) throw unavailable(index, line.item_id, 'is not an item of this catalogue');
      if (!isSellable(item)) throw unavailable(index, line.item_id, 'is no longer sold');
    });
    const prices = await customerPrices(trx, owner.organizationId, owner.customerId, lines, contactToday(ctx, contact));
    const changed: { item_id: string; expected_unit_price_minor: number; unit_price_minor: number }[] = [];
    lines.forEach((line, index) => {
      const price = prices.get(line.item_id);
      if (!price) throw unavailable(index, line.item_id, 'is not sold to this customer');
      if (line.expected_unit_price_minor !== undefined && line.expected_unit_price_minor !== price.rate_minor) {
        changed.push({ item_id: line.item_id, expected_unit_price_minor: line.expected_unit_price_minor, unit_price_minor: price.rate_minor });
      }
    });
    if (changed.length > 0) throw new AppError('PRICES_CHANGED', 'Prices have changed since they were shown; review the new prices and order again', changed);
    const name = await contactName(trx, owner.contactPersonId);
    const created = await createSalesOrder(ctx, trx, {
      organizationId: owner.organizationId,
      customerId: owner.customerId,
      status: confirm ? 'confirmed' : 'pending_approval',
      lines: lines.map((line) => ({ item_id: line.item_id, quantity_milli: line.quantity_milli })),
      notes: body.notes ?? null,
      poNumber: body.po_number ?? null,
      shippingAddressId: body.shipping_address_id ?? null,
      placedVia: 'portal',
      contact: { id: owner.contactPersonId, name },
    });
    const order = created.order;
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: 'portal.order_placed',
        module: 'sales_orders',
        action: 'order_placed',
        customerId: owner.customerId,
        contactPersonId: owner.contactPersonId,
        actorName: name,
        message: {
          code: 'sales_order.placed',
          params: { actor: name, customer: contact.account?.customer_name ?? '', number: order.number, amount: { amount_minor: Number(order.total_minor), currency: order.currency }, awaiting_approval: !confirm },
        },
        link: `/admin/sales-orders/${order.id}`,
        details: { sales_order_id: order.id, number: order.number },
      },
      meta,
    );
    await repo.deleteCartItems(trx, owner, lines.map((line) => line.item_id));
    return {
      detail: await presentOrderDetail(trx, order),
      tracked: [...items.values()].filter((item) => item.track_stock === 1).map((item) => item.id),
    };
  });
  if (tracked.length > 0) await ctx.signals.publish({ topic: 'stock', organizationId: owner.organizationId, ids: tracked });
  return { status: 201, body: detail };
}

/**
 * Fills the cart again with what an earlier order had, at today's prices and within today's stock. An
 * item no longer sold is left out, a price that changed or a quantity short of stock is added as it is
 * today; each is listed among the differences. Never fails because of what became of an item.
 */
export async function reorder(ctx: AppContext, contact: ContactPrincipal, orderId: string): Promise<ReorderAnswer> {
  const owner = ownerOf(contact);
  return ctx.db.transaction().execute(async (trx) => {
    const order = await findOwnOrder(trx, contact, orderId);
    assertMayOrder(contact);
    const wanted = quantitiesByItem((await repo.listOrderLines(trx, order.id)).map((line) => ({ ...line, quantity_milli: Number(line.quantity_milli), rate_minor: Number(line.rate_minor) })));
    const items = new Map((await repo.listItemsByIds(trx, owner.organizationId, wanted.map((line) => line.item_id))).map((item) => [item.id, item]));
    const inCart = new Map((await repo.listCartLines(trx, owner)).map((line) => [line.item_id, Number(line.quantity_milli)]));
    const sellable = wanted.filter((line) => {
      const item = items.get(line.item_id);
      return item !== undefined && isSellable(item);
    });
    const available = await availableMilliOf(trx, owner.organizationId, sellable.map((line) => items.get(line.item_id) ?? { id: line.item_id, track_stock: 0 }));
    const target = new Map(
      sellable.map((line) => {
        const item = items.get(line.item_id);
        const limit = item?.allow_backorders === 1 ? null : (available.get(line.item_id) ?? null);
        const existing = inCart.get(line.item_id) ?? 0;
        return [line.item_id, { existing, adding: addableMilli(line.quantity_milli, existing, limit) }];
      }),
    );
    const prices = await customerPrices(
      trx,
      owner.organizationId,
      owner.customerId,
      sellable.map((line) => {
        const plan = target.get(line.item_id);
        return { item_id: line.item_id, quantity_milli: Math.max(1, (plan?.existing ?? 0) + (plan?.adding ?? 0)) };
      }),
      contactToday(ctx, contact),
    );
    const answer: Omit<ReorderAnswer, 'cart'> = { added: [], differences: [] };
    const now = isoNow(ctx.clock);
    for (const line of wanted) {
      const item = items.get(line.item_id);
      const name = item?.name ?? line.name;
      const price = item && isSellable(item) ? prices.get(line.item_id) : null;
      const plan = target.get(line.item_id);
      if (!item || !price || !plan) {
        answer.differences.push({ item_id: line.item_id, name, kind: 'unavailable' });
        continue;
      }
      if (plan.adding < line.quantity_milli) {
        answer.differences.push({ item_id: line.item_id, name, kind: 'short_stock', available: quantityFromMilli(available.get(line.item_id) ?? 0) });
      }
      if (plan.adding === 0) continue;
      if (price.rate_minor !== line.rate_minor) {
        answer.differences.push({ item_id: line.item_id, name, kind: 'price_changed', old_unit_price_minor: line.rate_minor, unit_price_minor: price.rate_minor });
      }
      await repo.upsertCartLine(trx, owner, { id: newId(), item_id: line.item_id, quantity_milli: plan.existing + plan.adding, now });
      answer.added.push({ item_id: line.item_id, name, quantity: quantityFromMilli(plan.adding), unit_price_minor: price.rate_minor });
    }
    return { ...answer, cart: await readCart(ctx, trx, contact, contact.account?.customer_currency ?? order.currency) };
  });
}

export async function listShippingAddresses(ctx: AppContext, contact: ContactPrincipal) {
  const owner = ownerOf(contact);
  return { data: await listCustomerShippingAddresses(ctx.db, owner.organizationId, owner.customerId) };
}

/** The customer's packages that have left, most recently shipped first. */
export async function listPortalShipments(ctx: AppContext, contact: ContactPrincipal, page: { limit: number; cursor?: string | undefined }): Promise<Page<ShipmentResponse>> {
  const owner = ownerOf(contact);
  return presentPage(await listShipmentsOfCustomer(ctx.db, owner.organizationId, owner.customerId, page), (rows) => rows.map(presentShipment));
}

/**
 * The dashboard's ordering card: how many orders are still open and the package that left last (with
 * its tracking link). Null while the portal's sales orders are switched off or the contact may not read them.
 */
export async function orderingDashboard(db: Db, organization: OrganizationRow, contact: ContactPrincipal): Promise<DashboardOrders | null> {
  if (!parsePortalSettings(organization.portal_settings).show_sales_orders) return null;
  if (!contact.permissions.includes('view_documents') && !contact.permissions.includes('place_orders')) return null;
  const owner = ownerOf(contact);
  const [openCount, latest] = await Promise.all([
    repo.countOrdersInStatuses(db, owner.organizationId, owner.customerId, openOrderStatuses),
    listShipmentsOfCustomer(db, owner.organizationId, owner.customerId, { limit: 1 }),
  ]);
  const shipment = latest.data[0];
  return { open_count: openCount, latest_shipment: shipment ? presentShipment(shipment) : null };
}

import { percentFromMillipercent, quantityFromMilli } from '../../../contract/units.ts';
import type { Db } from '../../db/database.ts';
import type { SalesOrderLinesTable, SalesOrdersTable } from '../../db/order-tables.ts';
import * as repo from './sales-order.repository.ts';
import type { SalesOrderResponse, SalesOrderSummaryResponse } from './sales-order.schemas.ts';

export function toOrderLineResponse(line: SalesOrderLinesTable): SalesOrderResponse['lines'][number] {
  return {
    id: line.id,
    position: line.position,
    item_id: line.item_id,
    name: line.name,
    description: line.description,
    sku: line.sku,
    unit: line.unit,
    quantity: quantityFromMilli(line.quantity_milli),
    rate_minor: line.rate_minor,
    discount_type: line.discount_type,
    discount_percent: line.discount_type === 'percent' ? line.discount_value / 100 : null,
    discount_amount_minor: line.discount_type === 'amount' ? line.discount_value : null,
    tax_id: line.tax_id,
    tax_name: line.tax_name,
    tax_rate_percent: percentFromMillipercent(line.tax_rate_millipercent),
    gross_minor: line.gross_minor,
    discount_minor: line.discount_minor,
    tax_minor: line.tax_minor,
    total_minor: line.total_minor,
    price_source: line.price_source,
    price_list_id: line.price_list_id,
    price_list_name: line.price_list_name,
    price_break_min_quantity: line.price_break_min_milli === null ? null : quantityFromMilli(line.price_break_min_milli),
    committed_quantity: quantityFromMilli(line.committed_milli),
    packed_quantity: quantityFromMilli(line.packed_milli),
    shipped_quantity: quantityFromMilli(line.shipped_milli),
    invoiced_quantity: quantityFromMilli(line.invoiced_milli),
  };
}

function toSummary(order: SalesOrdersTable, customers: Map<string, string>): SalesOrderSummaryResponse {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    customer: { id: order.customer_id, display_name: customers.get(order.customer_id) ?? '' },
    currency: order.currency,
    order_date: order.order_date,
    expected_shipment_date: order.expected_shipment_date,
    po_number: order.po_number,
    external_id: order.external_id,
    subtotal_minor: order.subtotal_minor,
    discount_minor: order.discount_minor,
    tax_minor: order.tax_minor,
    total_minor: order.total_minor,
    placed_via: order.placed_via,
    placed_by_contact_id: order.placed_by_contact_id,
    confirmed_at: order.confirmed_at,
    shipped_at: order.shipped_at,
    delivered_at: order.delivered_at,
    cancelled_at: order.cancelled_at,
    cancel_reason: order.cancel_reason,
    created_at: order.created_at,
    updated_at: order.updated_at,
    version: order.version,
  };
}

/** A page of orders: one query for their customers' names, whatever the page's length. */
export async function presentSalesOrderSummaries(db: Db, orders: SalesOrdersTable[]): Promise<SalesOrderSummaryResponse[]> {
  const customers = await repo.customerNames(db, [...new Set(orders.map((order) => order.customer_id))]);
  return orders.map((order) => toSummary(order, customers));
}

/** An order with its lines, status history, packages and invoices. */
export async function presentSalesOrder(db: Db, order: SalesOrdersTable): Promise<SalesOrderResponse> {
  const [customers, lines, events, packages, invoices] = await Promise.all([
    repo.customerNames(db, [order.customer_id]),
    repo.findLines(db, order.id),
    repo.findEvents(db, order.id),
    repo.findPackages(db, order.id),
    repo.findInvoices(db, order.organization_id, order.id),
  ]);
  return {
    ...toSummary(order, customers),
    notes: order.notes,
    terms: order.terms,
    shipping_address_id: order.shipping_address_id,
    shipping_address: order.shipping_address,
    warehouse_id: order.warehouse_id,
    lines: lines.map(toOrderLineResponse),
    events: events.map((event) => ({ id: event.id, status: event.status, note: event.note, actor_type: event.actor_type, actor_name: event.actor_name, created_at: event.created_at })),
    packages: packages.map((pkg) => ({ ...pkg })),
    invoices: invoices.map((invoice) => ({ ...invoice })),
  };
}

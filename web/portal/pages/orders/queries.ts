/**
 * Sales orders in the portal through the typed client: the customer's orders with their lines,
 * history, invoices and packages; comments; reordering; and the customer's shipments.
 */
import { queryKeys } from '../../../ui/query/keys.ts';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { pendingApi } from '../../lib/pending-api.ts';
import type { Cart } from '../cart/queries.ts';
import type { DocumentComment } from '../documents/queries.ts';

export type OrderStatus = 'draft' | 'pending_approval' | 'confirmed' | 'partially_shipped' | 'shipped' | 'delivered' | 'cancelled';
export type PackageStatus = 'packed' | 'shipped' | 'delivered';

export interface OrderSummary {
  id: string;
  number: string;
  status: string;
  order_date: string;
  expected_shipment_date: string | null;
  po_number: string | null;
  currency: string;
  subtotal_minor: number;
  tax_minor: number;
  total_minor: number;
  placed_via: 'staff' | 'portal' | 'api';
  created_at: string;
}

export interface Shipment {
  id: string;
  sales_order_id: string;
  sales_order_number: string;
  number: string;
  status: PackageStatus;
  carrier: string | null;
  carrier_name: string | null;
  tracking_number: string | null;
  tracking_url: string | null;
  shipped_on: string | null;
  delivered_at: string | null;
  lines: { sales_order_line_id: string; item_id: string | null; name: string; sku: string | null; unit: string | null; quantity: number }[];
}

export interface OrderDetail extends OrderSummary {
  notes: string | null;
  shipping_address: string | null;
  cancel_reason: string | null;
  lines: {
    id: string;
    item_id: string | null;
    name: string;
    description: string | null;
    sku: string | null;
    unit: string | null;
    quantity: number;
    unit_price_minor: number;
    discount_minor: number;
    tax_name: string | null;
    tax_minor: number;
    total_minor: number;
    shipped_quantity: number;
  }[];
  events: { status: string; note: string | null; actor_type: string; actor_name: string | null; created_at: string }[];
  invoices: { id: string; number: string; status: string; issue_date: string; total_minor: number; balance_minor: number }[];
  packages: Shipment[];
}

export type OrderLine = OrderDetail['lines'][number];
export type OrderEvent = OrderDetail['events'][number];
export type OrderInvoice = OrderDetail['invoices'][number];

export interface ReorderAnswer {
  added: { item_id: string; name: string; quantity: number; unit_price_minor: number }[];
  differences: { item_id: string; name: string; kind: 'unavailable' | 'price_changed' | 'short_stock'; old_unit_price_minor?: number; unit_price_minor?: number; available?: number }[];
  cart: Cart;
}

const orderStatuses: readonly OrderStatus[] = ['draft', 'pending_approval', 'confirmed', 'partially_shipped', 'shipped', 'delivered', 'cancelled'];

/** The API names an order's status as a string; the pages know these. */
export function orderStatusOf(status: string): OrderStatus {
  return (orderStatuses as readonly string[]).includes(status) ? (status as OrderStatus) : 'confirmed';
}

export type OrderComment = DocumentComment;

export const orderFilters = ['all', 'open', 'shipped', 'delivered', 'cancelled'] as const;
export type OrderFilter = (typeof orderFilters)[number];

export interface OrderListFilters {
  filter: OrderFilter;
  search: string;
}

/** `orderKeys.list({ filter, search })`, `.detail(id)`, `.comments(id)` (under the order, refreshed with it). */
export const orderKeys = { ...queryKeys('sales-orders'), comments: (id: string) => ['sales-orders', 'detail', id, 'comments'] as const };
export const shipmentKeys = queryKeys('shipments');

export const orderPageSize = 25;

export function fetchOrderPage(filters: OrderListFilters, cursor: string | undefined, signal: AbortSignal, limit = orderPageSize): Promise<CursorPage<OrderSummary>> {
  const query = { filter: filters.filter === 'all' ? undefined : filters.filter, search: filters.search || undefined, limit, cursor };
  return pendingApi.get<CursorPage<OrderSummary>>('/sales-orders', { params: { query }, signal });
}

export function fetchOrder(id: string, signal?: AbortSignal): Promise<OrderDetail> {
  return pendingApi.get<OrderDetail>('/sales-orders/{id}', { params: { path: { id } }, signal });
}

export async function fetchOrderComments(id: string, signal: AbortSignal): Promise<OrderComment[]> {
  const answer = await pendingApi.get<{ data: OrderComment[] }>('/sales-orders/{id}/comments', { params: { path: { id } }, signal });
  return answer.data;
}

export function postOrderComment(id: string, body: string): Promise<OrderComment> {
  return pendingApi.post<OrderComment>('/sales-orders/{id}/comments', { params: { path: { id } }, body: { body } });
}

/** Fills the cart with the order's items at today's prices and stock. */
export function reorder(id: string): Promise<ReorderAnswer> {
  return pendingApi.post<ReorderAnswer>('/sales-orders/{id}/reorder', { params: { path: { id } } });
}

/** The address of an order's PDF, for a link the browser downloads itself. */
export function orderPdfPath(id: string): string {
  return `/sales-orders/${encodeURIComponent(id)}/pdf`;
}

export function fetchShipmentPage(cursor: string | undefined, signal: AbortSignal, limit = orderPageSize): Promise<CursorPage<Shipment>> {
  return pendingApi.get<CursorPage<Shipment>>('/shipments', { params: { query: { limit, cursor } }, signal });
}

/** The dashboard's ordering card: how many orders are open and the latest shipment. */
export interface DashboardOrders {
  open_count: number;
  latest_shipment: Shipment | null;
}

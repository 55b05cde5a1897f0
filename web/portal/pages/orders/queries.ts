/**
 * Sales orders in the portal through the typed client: the customer's orders with their lines,
 * history, invoices and packages; comments; reordering; and the customer's shipments.
 */
import { queryKeys } from '../../../ui/query/keys.ts';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { pendingApi } from '../../lib/pending-api.ts';
import type { ReorderAnswer } from '../cart/cart.ts';
import type { DocumentComment } from '../documents/queries.ts';

export type OrderStatus = 'draft' | 'pending_approval' | 'confirmed' | 'partially_shipped' | 'shipped' | 'delivered' | 'cancelled';
export type PackageStatus = 'packed' | 'shipped' | 'delivered';

export interface OrderSummary {
  id: string;
  number: string;
  status: OrderStatus;
  order_date: string;
  po_number: string | null;
  currency: string;
  total_minor: number;
}

export interface OrderLine {
  id: string;
  item_id: string | null;
  name: string;
  description: string | null;
  sku: string | null;
  unit: string | null;
  quantity: number;
  shipped_quantity: number;
  rate_minor: number;
  tax_minor: number;
  total_minor: number;
}

export interface OrderEvent {
  id: string;
  status: string;
  note: string | null;
  created_at: string;
}

export interface OrderPackage {
  id: string;
  number: string;
  status: PackageStatus;
  carrier: string | null;
  carrier_name: string | null;
  tracking_number: string | null;
  tracking_url: string | null;
  shipped_on: string | null;
  delivered_at: string | null;
}

export interface OrderInvoice {
  id: string;
  number: string;
  status: string;
  currency: string;
  total_minor: number;
  balance_minor: number;
}

export interface OrderDetail extends OrderSummary {
  notes: string | null;
  shipping_address: string | null;
  expected_shipment_date: string | null;
  subtotal_minor: number;
  discount_minor: number;
  tax_minor: number;
  confirmed_at: string | null;
  shipped_at: string | null;
  delivered_at: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  created_at: string;
  lines: OrderLine[];
  events: OrderEvent[];
  invoices: OrderInvoice[];
  packages: OrderPackage[];
}

export interface Shipment extends OrderPackage {
  sales_order: { id: string; number: string };
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

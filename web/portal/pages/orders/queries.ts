/**
 * Sales orders in the portal through the typed client: the customer's orders with their lines,
 * history, invoices and packages; comments; reordering; and the customer's shipments.
 */
import type { PortalResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { portalClient } from '../../lib/client.ts';

export type OrderStatus = 'draft' | 'pending_approval' | 'confirmed' | 'partially_shipped' | 'shipped' | 'delivered' | 'cancelled';
export type OrderSummary = RowOf<PortalResponse<'/sales-orders', 'get'>>;
export type OrderDetail = PortalResponse<'/sales-orders/{id}', 'get'>;
export type OrderLine = OrderDetail['lines'][number];
export type OrderEvent = OrderDetail['events'][number];
export type OrderInvoice = OrderDetail['invoices'][number];
export type Shipment = RowOf<PortalResponse<'/shipments', 'get'>>;
export type PackageStatus = Shipment['status'];
export type ReorderAnswer = PortalResponse<'/sales-orders/{id}/reorder', 'post'>;
export type OrderComment = RowOf<PortalResponse<'/sales-orders/{id}/comments', 'get'>>;
/** The dashboard's ordering card: how many orders are open and the latest shipment. */
export type DashboardOrders = NonNullable<PortalResponse<'/dashboard', 'get'>['orders']>;

const orderStatuses: readonly OrderStatus[] = ['draft', 'pending_approval', 'confirmed', 'partially_shipped', 'shipped', 'delivered', 'cancelled'];

/** The API names an order's status as a string; the pages know these. */
export function orderStatusOf(status: string): OrderStatus {
  return (orderStatuses as readonly string[]).includes(status) ? (status as OrderStatus) : 'confirmed';
}


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

export function fetchOrderPage(filters: OrderListFilters, cursor: string | undefined, signal: AbortSignal): Promise<CursorPage<OrderSummary>> {
  const query = { filter: filters.filter, search: filters.search || undefined, limit: orderPageSize, cursor };
  return portalClient.get('/sales-orders', { params: { query }, signal });
}

export function fetchOrder(id: string, signal?: AbortSignal): Promise<OrderDetail> {
  return portalClient.get('/sales-orders/{id}', { params: { path: { id } }, signal });
}

export async function fetchOrderComments(id: string, signal: AbortSignal): Promise<OrderComment[]> {
  const answer = await portalClient.get('/sales-orders/{id}/comments', { params: { path: { id } }, signal });
  return answer.data;
}

export function postOrderComment(id: string, body: string): Promise<OrderComment> {
  return portalClient.post('/sales-orders/{id}/comments', { params: { path: { id } }, body: { body } });
}

/** Fills the cart with the order's items at today's prices and stock. */
export function reorder(id: string): Promise<ReorderAnswer> {
  return portalClient.post('/sales-orders/{id}/reorder', { params: { path: { id } } });
}

/** The address of an order's PDF, for a link the browser downloads itself. */
export function orderPdfPath(id: string): string {
  return `/sales-orders/${encodeURIComponent(id)}/pdf`;
}

export function fetchShipmentPage(cursor: string | undefined, signal: AbortSignal): Promise<CursorPage<Shipment>> {
  return portalClient.get('/shipments', { params: { query: { limit: orderPageSize, cursor } }, signal });
}


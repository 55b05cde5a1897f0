/**
 * Sales orders through the typed client: types from the OpenAPI document, the query keys, and the
 * fetches and writes the order pages share.
 */
import type { AdminBody, AdminQuery, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

export type SalesOrderPage = AdminResponse<'/sales-orders', 'get'>;
export type SalesOrderSummary = RowOf<SalesOrderPage>;
export type SalesOrder = AdminResponse<'/sales-orders/{id}', 'get'>;
export type SalesOrderLine = SalesOrder['lines'][number];
export type SalesOrderEvent = SalesOrder['events'][number];
export type SalesOrderStatus = SalesOrder['status'];
export type SalesOrderListQuery = AdminQuery<'/sales-orders'>;
export type NewSalesOrderBody = AdminBody<'/sales-orders', 'post'>;
export type SalesOrderUpdate = AdminBody<'/sales-orders/{id}', 'patch'>;
export type OrderLineInput = NewSalesOrderBody['lines'][number];
export type SalesOrderComment = RowOf<AdminResponse<'/sales-orders/{id}/comments', 'get'>>;
export type ConvertMode = AdminBody<'/sales-orders/{id}/convert', 'post'>['mode'];
export type ConvertedInvoice = AdminResponse<'/sales-orders/{id}/convert', 'post'>;
export type ShippingAddress = RowOf<AdminResponse<'/customers/{id}/shipping-addresses', 'get'>>;

/**
 * `salesOrderKeys.list({ status, search })` for every list of orders, `salesOrderKeys.detail(id)` for one
 * order with its lines, events, packages and invoices; its comments sit under its detail key, so a change
 * to the order refreshes its thread too.
 */
export const salesOrderKeys = queryKeys('sales-orders');
export const salesOrderCommentsKey = (id: string) => [...salesOrderKeys.detail(id), 'comments'] as const;
export const shippingAddressesKey = (customerId: string) => ['customers', 'detail', customerId, 'shipping-addresses'] as const;

/** The `If-Match` of a write decided on the order as the page shows it (its ETag is its version). */
export function ifMatch(version: number): { 'if-match': string } {
  return { 'if-match': `"${version}"` };
}

export function fetchSalesOrders(query: SalesOrderListQuery, signal?: AbortSignal): Promise<SalesOrderPage> {
  return adminClient.get('/sales-orders', { params: { query }, signal });
}

export function fetchSalesOrder(id: string, signal?: AbortSignal): Promise<SalesOrder> {
  return adminClient.get('/sales-orders/{id}', { params: { path: { id } }, signal });
}

/** The query of one order, shared by the detail and edit pages. */
export function salesOrderQuery(id: string) {
  return { queryKey: salesOrderKeys.detail(id), queryFn: ({ signal }: { signal: AbortSignal }) => fetchSalesOrder(id, signal) };
}

export async function fetchShippingAddresses(customerId: string, signal?: AbortSignal): Promise<ShippingAddress[]> {
  return (await adminClient.get('/customers/{id}/shipping-addresses', { params: { path: { id: customerId } }, signal })).data;
}

export type CustomerPriceList = AdminResponse<'/customers/{id}/price-list', 'get'>;
export type PricePreview = AdminResponse<'/price-lists/{id}/preview', 'get'>;
export type UnitPrice = NonNullable<PricePreview['price']>;

/** The customer's price list, under the customer's detail key (assigning another list refreshes it). */
export const customerPriceListKey = (customerId: string) => ['customers', 'detail', customerId, 'price-list'] as const;
/** What a customer pays per unit of an item at a quantity today, under the list's key. */
export const pricePreviewKey = (listId: string, customerId: string, itemId: string, quantity: number) => ['price-lists', 'detail', listId, 'preview', { customerId, itemId, quantity }] as const;

export function fetchCustomerPriceList(customerId: string, signal?: AbortSignal): Promise<CustomerPriceList> {
  return adminClient.get('/customers/{id}/price-list', { params: { path: { id: customerId } }, signal });
}

export function fetchPricePreview(listId: string, query: { customer_id: string; item_id: string; quantity: number }, signal?: AbortSignal): Promise<PricePreview> {
  return adminClient.get('/price-lists/{id}/preview', { params: { path: { id: listId }, query }, signal });
}

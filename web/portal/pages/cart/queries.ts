/**
 * The cart through the typed client: kept by the server per contact and customer, priced with this
 * customer's prices of today; placing the order from it; the customer's shipping addresses.
 */
import { queryKeys } from '../../../ui/query/keys.ts';
import { pendingApi } from '../../lib/pending-api.ts';
import type { OrderDetail } from '../orders/queries.ts';

export interface CartLine {
  id: string;
  item_id: string;
  name: string;
  sku: string | null;
  unit: string | null;
  quantity: number;
  unit_price_minor: number | null;
  amount_minor: number | null;
  available: number | null;
  allow_backorders: boolean;
  issue: 'unavailable' | 'short_stock' | null;
}

export interface Cart {
  lines: CartLine[];
  currency: string;
  subtotal_minor: number;
}

export interface ShippingAddress {
  id: string;
  label: string;
  address: string;
  is_default: boolean;
}

export interface OrderLineInput {
  item_id: string;
  quantity: number;
  expected_unit_price_minor?: number;
}

export interface PlaceOrderBody {
  lines: OrderLineInput[];
  notes: string | null;
  shipping_address_id: string | null;
  po_number: string | null;
}


/** The one cart of the signed-in account: `cartKeys.all`. */
export const cartKeys = queryKeys('cart');
export const shippingAddressKeys = queryKeys('shipping-addresses');

export function fetchCart(signal?: AbortSignal): Promise<Cart> {
  return pendingApi.get<Cart>('/cart', { signal });
}

/** Sets a line's quantity (adding the item when it is not in the cart yet); answers the cart. */
export function putCartLine(itemId: string, quantity: number): Promise<Cart> {
  return pendingApi.put<Cart>('/cart/lines/{item_id}', { params: { path: { item_id: itemId } }, body: { quantity } });
}

export function deleteCartLine(itemId: string): Promise<Cart> {
  return pendingApi.delete<Cart>('/cart/lines/{item_id}', { params: { path: { item_id: itemId } } });
}

export async function fetchShippingAddresses(signal: AbortSignal): Promise<ShippingAddress[]> {
  const answer = await pendingApi.get<{ data: ShippingAddress[] }>('/shipping-addresses', { signal });
  return answer.data;
}

export function placeOrder(body: PlaceOrderBody, idempotencyKey: string): Promise<OrderDetail> {
  return pendingApi.post<OrderDetail>('/sales-orders', { params: { header: { 'idempotency-key': idempotencyKey } }, body });
}

/**
 * The cart through the typed client: kept by the server per contact and customer, priced with this
 * customer's prices of today; placing the order from it; the customer's shipping addresses.
 */
import type { PortalBody, PortalResponse } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { portalClient } from '../../lib/client.ts';
import type { OrderDetail } from '../orders/queries.ts';

export type Cart = PortalResponse<'/cart', 'get'>;
export type CartLine = Cart['lines'][number];
export type ShippingAddress = PortalResponse<'/shipping-addresses', 'get'>['data'][number];
export type PlaceOrderBody = PortalBody<'/sales-orders', 'post'>;
export type OrderLineInput = PlaceOrderBody['lines'][number];

/** The one cart of the signed-in account: `cartKeys.all`. */
export const cartKeys = queryKeys('cart');
export const shippingAddressKeys = queryKeys('shipping-addresses');

export function fetchCart(signal?: AbortSignal): Promise<Cart> {
  return portalClient.get('/cart', { signal });
}

/** Sets a line's quantity (adding the item when it is not in the cart yet); answers the cart. */
export function putCartLine(itemId: string, quantity: number): Promise<Cart> {
  return portalClient.put('/cart/lines/{item_id}', { params: { path: { item_id: itemId } }, body: { quantity } });
}

export function deleteCartLine(itemId: string): Promise<Cart> {
  return portalClient.delete('/cart/lines/{item_id}', { params: { path: { item_id: itemId } } });
}

export async function fetchShippingAddresses(signal: AbortSignal): Promise<ShippingAddress[]> {
  const answer = await portalClient.get('/shipping-addresses', { signal });
  return answer.data;
}

export function placeOrder(body: PlaceOrderBody, idempotencyKey: string): Promise<OrderDetail> {
  return portalClient.post('/sales-orders', { params: { header: { 'idempotency-key': idempotencyKey } }, body });
}

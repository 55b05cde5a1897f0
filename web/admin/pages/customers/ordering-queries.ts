/**
 * What a customer orders with: its price list and its shipping addresses, through the typed client.
 * Both are under the customer's detail key, so a change to the customer refreshes them.
 */
import type { AdminBody, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { adminClient } from '../../lib/client.ts';
import { companyHistoryKey } from './company-history.ts';
import { customerKeys } from './queries.ts';

export type CustomerPriceList = AdminResponse<'/customers/{id}/price-list', 'get'>;
export type ShippingAddress = RowOf<AdminResponse<'/customers/{id}/shipping-addresses', 'get'>>;
export type ShippingAddressBody = AdminBody<'/customers/{id}/shipping-addresses', 'post'>;
export type ShippingAddressChanges = AdminBody<'/customers/{id}/shipping-addresses/{addressId}', 'patch'>;

export const customerPriceListKey = (id: string) => [...customerKeys.detail(id), 'price-list'] as const;
export const shippingAddressesKey = (id: string) => [...customerKeys.detail(id), 'shipping-addresses'] as const;
/** What a change of the addresses changes: the addresses, and the company details history that records it. */
export const shippingAddressChanges = (id: string) => [shippingAddressesKey(id), companyHistoryKey(id)];

export function fetchCustomerPriceList(id: string, signal?: AbortSignal): Promise<CustomerPriceList> {
  return adminClient.get('/customers/{id}/price-list', { params: { path: { id } }, signal });
}

export function assignPriceList(id: string, priceListId: string | null): Promise<CustomerPriceList> {
  return adminClient.put('/customers/{id}/price-list', { params: { path: { id } }, body: { price_list_id: priceListId } });
}

export async function fetchShippingAddresses(id: string, signal?: AbortSignal): Promise<ShippingAddress[]> {
  return (await adminClient.get('/customers/{id}/shipping-addresses', { params: { path: { id } }, signal })).data;
}

export function saveShippingAddress(customerId: string, addressId: string | undefined, body: ShippingAddressBody): Promise<ShippingAddress> {
  return addressId
    ? adminClient.patch('/customers/{id}/shipping-addresses/{addressId}', { params: { path: { id: customerId, addressId } }, body })
    : adminClient.post('/customers/{id}/shipping-addresses', { params: { path: { id: customerId } }, body });
}

export function makeDefaultShippingAddress(customerId: string, addressId: string): Promise<ShippingAddress> {
  return adminClient.patch('/customers/{id}/shipping-addresses/{addressId}', { params: { path: { id: customerId, addressId } }, body: { is_default: true } });
}

export function removeShippingAddress(customerId: string, addressId: string): Promise<undefined> {
  return adminClient.delete('/customers/{id}/shipping-addresses/{addressId}', { params: { path: { id: customerId, addressId } } });
}

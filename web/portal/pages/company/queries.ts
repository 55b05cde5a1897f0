/** The customer's company details through the typed client. */
import type { PortalBody, PortalResponse } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { portalClient } from '../../lib/client.ts';

export type CompanyDetails = PortalResponse<'/company', 'get'>;
export type CompanyUpdate = PortalBody<'/company', 'patch'>;
export type Address = NonNullable<CompanyDetails['billing_address']>;

/** One company per signed-in account: `companyKeys.all` is its key. */
export const companyKeys = queryKeys('company');

export function fetchCompany(signal: AbortSignal): Promise<CompanyDetails> {
  return portalClient.get('/company', { signal });
}

export function updateCompany(body: CompanyUpdate): Promise<CompanyDetails> {
  return portalClient.patch('/company', { body });
}

export type CompanyShippingAddress = PortalResponse<'/company/shipping-addresses', 'get'>['data'][number];
export type NewCompanyShippingAddress = PortalBody<'/company/shipping-addresses', 'post'>;
export type CompanyShippingAddressUpdate = PortalBody<'/company/shipping-addresses/{addressId}', 'patch'>;

/** The customer's shipping addresses: `shippingAddressKeys.all` (ordering reads them too). */
export const shippingAddressKeys = queryKeys('company-shipping-addresses');

export async function fetchShippingAddresses(signal: AbortSignal): Promise<CompanyShippingAddress[]> {
  return (await portalClient.get('/company/shipping-addresses', { signal })).data;
}

/** Adds an address (no id) or changes one. */
export function saveShippingAddress(id: string | undefined, body: NewCompanyShippingAddress): Promise<CompanyShippingAddress> {
  if (!id) return portalClient.post('/company/shipping-addresses', { body });
  return portalClient.patch('/company/shipping-addresses/{addressId}', { params: { path: { addressId: id } }, body });
}

export function makeDefaultShippingAddress(id: string): Promise<CompanyShippingAddress> {
  return portalClient.patch('/company/shipping-addresses/{addressId}', { params: { path: { addressId: id } }, body: { is_default: true } });
}

export async function removeShippingAddress(id: string): Promise<void> {
  await portalClient.delete('/company/shipping-addresses/{addressId}', { params: { path: { addressId: id } } });
}

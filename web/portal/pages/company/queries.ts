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

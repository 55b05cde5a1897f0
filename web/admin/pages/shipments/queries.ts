/**
 * Packages, shipments and carriers through the typed client: types from the OpenAPI document, the
 * query keys, and the fetches the order and shipment pages share.
 */
import type { AdminBody, AdminQuery, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

export type PackagePage = AdminResponse<'/packages', 'get'>;
export type PackageSummary = RowOf<PackagePage>;
export type OrderPackage = AdminResponse<'/packages/{id}', 'get'>;
export type PackageStatus = PackageSummary['status'];
export type PackageListQuery = AdminQuery<'/packages'>;
export type NewPackageBody = AdminBody<'/sales-orders/{id}/packages', 'post'>;
export type ShipPackageBody = AdminBody<'/packages/{id}/ship', 'post'>;
export type Carrier = RowOf<AdminResponse<'/carriers', 'get'>>;

/**
 * `packageKeys.list({ status })` for the shipments page, `packageKeys.list({ sales_order_id })` for an
 * order's packages; a package write invalidates every list of them and the order it belongs to.
 */
export const packageKeys = queryKeys('packages');
export const carrierKeys = queryKeys('carriers');

export function fetchPackages(query: PackageListQuery, signal?: AbortSignal): Promise<PackagePage> {
  return adminClient.get('/packages', { params: { query }, signal });
}

export async function fetchCarriers(signal?: AbortSignal): Promise<Carrier[]> {
  return (await adminClient.get('/carriers', { signal })).data;
}

/** The carriers, read once and shared by the ship dialog and the carriers settings. */
export const carriersQuery = { queryKey: carrierKeys.list({}), queryFn: ({ signal }: { signal: AbortSignal }) => fetchCarriers(signal) };

/** The `If-Match` of a write decided on the package as the page shows it. */
export function packageIfMatch(version: number): { 'if-match': string } {
  return { 'if-match': `"${version}"` };
}

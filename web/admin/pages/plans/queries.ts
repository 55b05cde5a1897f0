/** The subscription catalogue (products, plans, add-ons, coupons) through the typed client. */
import type { AdminBody, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

export type Product = RowOf<AdminResponse<'/products', 'get'>>;
export type Plan = RowOf<AdminResponse<'/plans', 'get'>>;
export type Addon = RowOf<AdminResponse<'/addons', 'get'>>;
export type Coupon = RowOf<AdminResponse<'/coupons', 'get'>>;
export type ProductBody = AdminBody<'/products', 'post'>;
export type PlanBody = AdminBody<'/plans', 'post'>;
export type PlanChanges = AdminBody<'/plans/{id}', 'patch'>;
export type AddonBody = AdminBody<'/addons', 'post'>;
export type AddonChanges = AdminBody<'/addons/{id}', 'patch'>;
export type CouponBody = AdminBody<'/coupons', 'post'>;
export type CouponChanges = AdminBody<'/coupons/{id}', 'patch'>;

/** Short lists, archived included (`…Keys.list({})`); a write invalidates its concept. */
export const productKeys = queryKeys('catalogue', 'products');
export const planKeys = queryKeys('catalogue', 'plans');
export const addonKeys = queryKeys('catalogue', 'addons');
export const couponKeys = queryKeys('catalogue', 'coupons');

export async function fetchProducts(signal?: AbortSignal): Promise<Product[]> {
  return (await adminClient.get('/products', { signal })).data;
}

export async function fetchPlans(signal?: AbortSignal): Promise<Plan[]> {
  return (await adminClient.get('/plans', { signal })).data;
}

export async function fetchAddons(signal?: AbortSignal): Promise<Addon[]> {
  return (await adminClient.get('/addons', { signal })).data;
}

export async function fetchCoupons(signal?: AbortSignal): Promise<Coupon[]> {
  return (await adminClient.get('/coupons', { signal })).data;
}

export function saveProduct(id: string | undefined, body: ProductBody): Promise<Product> {
  return id ? adminClient.patch('/products/{id}', { params: { path: { id } }, body }) : adminClient.post('/products', { body });
}

export function createPlan(body: PlanBody): Promise<Plan> {
  return adminClient.post('/plans', { body });
}

/** Changes a plan at the version the dialog opened (409 STALE_VERSION when it changed since). */
export function updatePlan(id: string, body: PlanChanges): Promise<Plan> {
  return adminClient.patch('/plans/{id}', { params: { path: { id } }, body });
}

export function createAddon(body: AddonBody): Promise<Addon> {
  return adminClient.post('/addons', { body });
}

export function updateAddon(id: string, body: AddonChanges): Promise<Addon> {
  return adminClient.patch('/addons/{id}', { params: { path: { id } }, body });
}

export function createCoupon(body: CouponBody): Promise<Coupon> {
  return adminClient.post('/coupons', { body });
}

export function updateCoupon(id: string, body: CouponChanges): Promise<Coupon> {
  return adminClient.patch('/coupons/{id}', { params: { path: { id } }, body });
}

export type CatalogueKind = 'product' | 'plan' | 'addon' | 'coupon';

export function archiveCatalogueEntry(kind: CatalogueKind, id: string): Promise<undefined> {
  const options = { params: { path: { id } } };
  if (kind === 'product') return adminClient.delete('/products/{id}', options);
  if (kind === 'plan') return adminClient.delete('/plans/{id}', options);
  if (kind === 'addon') return adminClient.delete('/addons/{id}', options);
  return adminClient.delete('/coupons/{id}', options);
}

import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { AddonsTable, CouponsTable, PlansTable, ProductsTable } from '../db/subscription-tables.ts';
import { newId } from '../lib/ids.ts';

/*
 * Catalogue rows stored directly, for tests of subscriptions: sensible defaults (USD, 1 000 a month, no
 * trial, no setup fee), any column overridden. Each answers the row as stored.
 */

const suffix = (): string => randomBytes(4).toString('hex');
const stamp = (): string => new Date().toISOString();

export async function createProductFixture(db: Db, organizationId: string, overrides: Partial<ProductsTable> = {}): Promise<ProductsTable> {
  const now = stamp();
  const row: ProductsTable = { id: newId(), organization_id: organizationId, name: `Product ${suffix()}`, description: null, archived_at: null, created_at: now, updated_at: now, ...overrides };
  await db.insertInto('products').values(row).execute();
  return row;
}

export type PlanFixtureOverrides = Partial<Omit<PlansTable, 'portal_change_to' | 'hosted_page_enabled'>> & {
  /** Plan ids (or their JSON). */
  portal_change_to?: string[] | string;
  hosted_page_enabled?: boolean | number;
};

/** A plan, in a new product unless `product_id` is given. */
export async function createPlanFixture(db: Db, organizationId: string, overrides: PlanFixtureOverrides = {}): Promise<PlansTable> {
  const { portal_change_to, hosted_page_enabled, ...rest } = overrides;
  const productId = rest.product_id ?? (await createProductFixture(db, organizationId)).id;
  const now = stamp();
  const code = `plan-${suffix()}`;
  const row: PlansTable = {
    id: newId(),
    organization_id: organizationId,
    product_id: productId,
    code,
    name: `Plan ${code}`,
    description: null,
    currency: 'USD',
    price_minor: 1000,
    interval: 'month',
    interval_count: 1,
    billing_cycles: null,
    trial_days: 0,
    setup_fee_minor: 0,
    tax_id: null,
    hosted_page_enabled: hosted_page_enabled === undefined ? 0 : Number(hosted_page_enabled),
    archived_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
    ...rest,
    portal_change_to: portal_change_to === undefined ? '[]' : typeof portal_change_to === 'string' ? portal_change_to : JSON.stringify(portal_change_to),
  };
  await db.insertInto('plans').values(row).execute();
  return row;
}

export type AddonFixtureOverrides = Partial<Omit<AddonsTable, 'plan_ids'>> & {
  /** Plan ids (or their JSON); empty: every plan in the add-on's currency. */
  plan_ids?: string[] | string;
};

/** A recurring add-on at 200 USD-cents per unit and period. */
export async function createAddonFixture(db: Db, organizationId: string, overrides: AddonFixtureOverrides = {}): Promise<AddonsTable> {
  const { plan_ids, ...rest } = overrides;
  const now = stamp();
  const code = `addon-${suffix()}`;
  const row: AddonsTable = {
    id: newId(),
    organization_id: organizationId,
    code,
    name: `Add-on ${code}`,
    description: null,
    currency: 'USD',
    price_minor: 200,
    kind: 'recurring',
    tax_id: null,
    archived_at: null,
    created_at: now,
    updated_at: now,
    ...rest,
    plan_ids: plan_ids === undefined ? '[]' : typeof plan_ids === 'string' ? plan_ids : JSON.stringify(plan_ids),
  };
  await db.insertInto('addons').values(row).execute();
  return row;
}

/** A 10 % coupon for the first period, without a limit or an end date. */
export async function createCouponFixture(db: Db, organizationId: string, overrides: Partial<CouponsTable> = {}): Promise<CouponsTable> {
  const now = stamp();
  const row: CouponsTable = {
    id: newId(),
    organization_id: organizationId,
    code: `COUPON-${suffix().toUpperCase()}`,
    name: 'Ten percent off',
    discount_type: 'percent',
    discount_value: 1000,
    currency: null,
    duration: 'once',
    duration_periods: null,
    max_redemptions: null,
    redemptions: 0,
    valid_until: null,
    archived_at: null,
    created_at: now,
    updated_at: now,
    ...overrides,
  };
  await db.insertInto('coupons').values(row).execute();
  return row;
}

import { sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { AddonsTable, CouponsTable, PlansTable, ProductsTable } from '../../db/subscription-tables.ts';

// Products

export async function listProducts(db: Db, organizationId: string, options: { archived?: boolean | undefined } = {}): Promise<ProductsTable[]> {
  let query = db.selectFrom('products').selectAll().where('organization_id', '=', organizationId);
  if (options.archived !== undefined) query = query.where('archived_at', options.archived ? 'is not' : 'is', null);
  return query.orderBy('name').orderBy('id').execute();
}

export async function findProduct(db: Db, organizationId: string, id: string): Promise<ProductsTable | undefined> {
  return db.selectFrom('products').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function insertProduct(db: Db, row: ProductsTable): Promise<void> {
  await db.insertInto('products').values(row).execute();
}

export async function updateProduct(db: Db, organizationId: string, id: string, changes: Updateable<ProductsTable>): Promise<boolean> {
  const { id: _id, organization_id: _org, ...rest } = changes;
  const result = await db.updateTable('products').set(rest).where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// Plans

export async function listPlans(db: Db, organizationId: string, options: { productId?: string | undefined; active?: boolean | undefined } = {}): Promise<PlansTable[]> {
  let query = db.selectFrom('plans').selectAll().where('organization_id', '=', organizationId);
  if (options.productId !== undefined) query = query.where('product_id', '=', options.productId);
  if (options.active !== undefined) query = query.where('archived_at', options.active ? 'is' : 'is not', null);
  return query.orderBy('name').orderBy('id').execute();
}

export async function findPlan(db: Db, organizationId: string, id: string): Promise<PlansTable | undefined> {
  return db.selectFrom('plans').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function findPlanByCode(db: Db, organizationId: string, code: string): Promise<PlansTable | undefined> {
  return db.selectFrom('plans').selectAll().where('organization_id', '=', organizationId).where('code', '=', code).executeTakeFirst();
}

export async function findPlansByIds(db: Db, organizationId: string, ids: readonly string[]): Promise<PlansTable[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('plans').selectAll().where('organization_id', '=', organizationId).where('id', 'in', [...ids]).execute();
}

export async function insertPlan(db: Db, row: PlansTable): Promise<void> {
  await db.insertInto('plans').values(row).execute();
}

/** Writes `changes` (and version + 1) only if the plan is still at `version`; answers whether it did. */
export async function updatePlanAtVersion(db: Db, organizationId: string, id: string, version: number, changes: Updateable<PlansTable>): Promise<boolean> {
  const { version: _version, id: _id, organization_id: _org, ...rest } = changes;
  const result = await db
    .updateTable('plans')
    .set((eb) => ({ ...rest, version: eb('version', '+', 1) }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// Add-ons

export async function listAddons(db: Db, organizationId: string, options: { archived?: boolean | undefined } = {}): Promise<AddonsTable[]> {
  let query = db.selectFrom('addons').selectAll().where('organization_id', '=', organizationId);
  if (options.archived !== undefined) query = query.where('archived_at', options.archived ? 'is not' : 'is', null);
  return query.orderBy('name').orderBy('id').execute();
}

export async function findAddon(db: Db, organizationId: string, id: string): Promise<AddonsTable | undefined> {
  return db.selectFrom('addons').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function findAddonByCode(db: Db, organizationId: string, code: string): Promise<AddonsTable | undefined> {
  return db.selectFrom('addons').selectAll().where('organization_id', '=', organizationId).where('code', '=', code).executeTakeFirst();
}

export async function findAddonsByIds(db: Db, organizationId: string, ids: readonly string[]): Promise<AddonsTable[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('addons').selectAll().where('organization_id', '=', organizationId).where('id', 'in', [...ids]).execute();
}

export async function insertAddon(db: Db, row: AddonsTable): Promise<void> {
  await db.insertInto('addons').values(row).execute();
}

export async function updateAddon(db: Db, organizationId: string, id: string, changes: Updateable<AddonsTable>): Promise<boolean> {
  const { id: _id, organization_id: _org, ...rest } = changes;
  const result = await db.updateTable('addons').set(rest).where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// Coupons

export async function listCoupons(db: Db, organizationId: string, options: { archived?: boolean | undefined } = {}): Promise<CouponsTable[]> {
  let query = db.selectFrom('coupons').selectAll().where('organization_id', '=', organizationId);
  if (options.archived !== undefined) query = query.where('archived_at', options.archived ? 'is not' : 'is', null);
  return query.orderBy('code').orderBy('id').execute();
}

export async function findCoupon(db: Db, organizationId: string, id: string): Promise<CouponsTable | undefined> {
  return db.selectFrom('coupons').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

/** Codes are matched without regard to case: customers type them. */
export async function findCouponByCode(db: Db, organizationId: string, code: string): Promise<CouponsTable | undefined> {
  return db
    .selectFrom('coupons')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where(sql<string>`upper(code)`, '=', code.toUpperCase())
    .orderBy('created_at')
    .executeTakeFirst();
}

export async function insertCoupon(db: Db, row: CouponsTable): Promise<void> {
  await db.insertInto('coupons').values(row).execute();
}

/** Writes the changes; a new `max_redemptions` only while no more than that were redeemed. Answers whether it did. */
export async function updateCoupon(db: Db, organizationId: string, id: string, changes: Updateable<CouponsTable>): Promise<boolean> {
  const { id: _id, organization_id: _org, redemptions: _redemptions, ...rest } = changes;
  let query = db.updateTable('coupons').set(rest).where('organization_id', '=', organizationId).where('id', '=', id);
  const limit = rest.max_redemptions;
  if (typeof limit === 'number') query = query.where('redemptions', '<=', limit);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * One redemption, counted only while the coupon is live: not archived, not past `valid_until`, under its
 * limit. The check and the count are one statement, so concurrent redemptions cannot pass the limit.
 */
export async function incrementCouponRedemptions(db: Db, couponId: string, today: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('coupons')
    .set((eb) => ({ redemptions: eb('redemptions', '+', 1), updated_at: now }))
    .where('id', '=', couponId)
    .where('archived_at', 'is', null)
    .where((eb) => eb.or([eb('max_redemptions', 'is', null), eb('redemptions', '<', eb.ref('max_redemptions'))]))
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', today)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A unique index refused the row (a code taken within the organization). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || (typeof message === 'string' && message.includes('UNIQUE constraint failed'));
}

/** Archives the product's plans that are not archived yet (each version + 1). */
export async function archivePlansOfProduct(db: Db, organizationId: string, productId: string, now: string): Promise<void> {
  await db
    .updateTable('plans')
    .set((eb) => ({ archived_at: now, updated_at: now, version: eb('version', '+', 1) }))
    .where('organization_id', '=', organizationId)
    .where('product_id', '=', productId)
    .where('archived_at', 'is', null)
    .execute();
}

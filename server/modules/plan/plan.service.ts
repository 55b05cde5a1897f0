import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { AddonsTable, CouponsTable, PlansTable } from '../../db/subscription-tables.ts';
import { AppError, fieldIssue, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { checkPlanIds, checkTax, codeTaken, unknownReference } from './catalogue-checks.ts';
import * as repo from './plan.repository.ts';
import type { CreatePlanBody, ListPlansQuery, UpdatePlanBody } from './plan.schemas.ts';

export { portalChangeTargets } from './plan.ts';

/** A plan of the organization, archived or not (subscriptions keep their plan). 404 otherwise. */
export async function getPlan(db: Db, organizationId: string, planId: string): Promise<PlansTable> {
  const plan = await repo.findPlan(db, organizationId, planId);
  if (!plan) throw notFound('Plan');
  return plan;
}

/** The organization's plan with this code, archived or not; callers decide what an archived plan allows. */
export async function findPlanByCode(db: Db, organizationId: string, code: string): Promise<PlansTable | undefined> {
  return repo.findPlanByCode(db, organizationId, code);
}

/**
 * The organization's add-ons with these ids, in the order asked (archived ones too: callers creating
 * a subscription refuse those). An id that is none of them: 404 naming `addons.<index>.addon_id`.
 */
export async function getAddons(db: Db, organizationId: string, addonIds: string[]): Promise<AddonsTable[]> {
  const found = new Map((await repo.findAddonsByIds(db, organizationId, [...new Set(addonIds)])).map((addon) => [addon.id, addon]));
  return addonIds.map((id, index) => {
    const addon = found.get(id);
    if (!addon) throw new AppError('NOT_FOUND', 'Add-on not found', [fieldIssue(`addons.${index}.addon_id`, 'unknown_reference', 'is not an add-on of this organization')]);
    return addon;
  });
}

/** The organization's coupon with this code (case does not matter), whatever its state. */
export async function findCouponByCode(db: Db, organizationId: string, code: string): Promise<CouponsTable | undefined> {
  return repo.findCouponByCode(db, organizationId, code);
}

export async function getCoupon(db: Db, organizationId: string, couponId: string): Promise<CouponsTable> {
  const coupon = await repo.findCoupon(db, organizationId, couponId);
  if (!coupon) throw notFound('Coupon');
  return coupon;
}

/**
 * Counts one redemption of the coupon: one conditional update (not archived, `valid_until` not before
 * `today`, under `max_redemptions`). False when it is used up, expired or archived; concurrent callers
 * cannot pass the limit. Call it inside the transaction that attaches the coupon.
 */
export async function redeemCoupon(db: Db, couponId: string, today: string, now: string): Promise<boolean> {
  return repo.incrementCouponRedemptions(db, couponId, today, now);
}

// Staff use-cases of the catalogue's plans.

export async function listPlans(ctx: AppContext, organizationId: string, query: ListPlansQuery): Promise<PlansTable[]> {
  return repo.listPlans(ctx.db, organizationId, { productId: query.product_id, active: query.active === undefined ? undefined : query.active === 'true' });
}

/** A product of the organization that plans can be added to: 404 naming product_id, 400 when archived. */
async function checkProduct(db: Db, organizationId: string, productId: string): Promise<void> {
  const product = await repo.findProduct(db, organizationId, productId);
  if (!product) throw unknownReference('Product', 'product_id', 'is not a product of this organization');
  if (product.archived_at !== null) throw validationError('product_id', 'invalid_value', 'is an archived product');
}

async function checkCodeFree(db: Db, organizationId: string, code: string, self?: string): Promise<void> {
  const holder = await repo.findPlanByCode(db, organizationId, code);
  if (holder && holder.id !== self) throw codeTaken('plan', code);
}

/** Runs a write that a concurrent writer of the same code may beat; the unique index then answers 409. */
async function guardingCode<T>(code: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (repo.isUniqueViolation(error)) throw codeTaken('plan', code);
    throw error;
  }
}

export async function createPlan(ctx: AppContext, organizationId: string, input: CreatePlanBody): Promise<PlansTable> {
  return guardingCode(input.code, () =>
    ctx.db.transaction().execute(async (trx) => {
      await checkProduct(trx, organizationId, input.product_id);
      await checkTax(trx, organizationId, input.tax_id);
      await checkCodeFree(trx, organizationId, input.code);
      const targets = await checkPlanIds(trx, organizationId, 'portal_change_to', input.portal_change_to ?? [], input.currency);
      const now = isoNow(ctx.clock);
      const row: PlansTable = {
        id: newId(),
        organization_id: organizationId,
        product_id: input.product_id,
        code: input.code,
        name: input.name,
        description: input.description ?? null,
        currency: input.currency,
        price_minor: input.price_minor,
        interval: input.interval,
        interval_count: input.interval_count ?? 1,
        billing_cycles: input.billing_cycles ?? null,
        trial_days: input.trial_days ?? 0,
        setup_fee_minor: input.setup_fee_minor ?? 0,
        tax_id: input.tax_id ?? null,
        portal_change_to: JSON.stringify(targets),
        hosted_page_enabled: input.hosted_page_enabled ? 1 : 0,
        archived_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await repo.insertPlan(trx, row);
      return row;
    }),
  );
}

function staleVersion(plan: PlansTable, seen: number | undefined): AppError {
  const message =
    seen === undefined
      ? `This plan changed while your request was being handled; reload it (it is now version ${plan.version}) and try again`
      : `This plan changed since you opened it (you saw version ${seen}, it is now version ${plan.version}); reload it and try again`;
  return new AppError('STALE_VERSION', message, { version: plan.version, ...(seen !== undefined ? { seen_version: seen } : {}) });
}

/** Writes the changes only if the plan is still at the version read (and, when given, the one the caller saw). */
async function writeAtVersion(db: Db, plan: PlansTable, seen: number | undefined, changes: Partial<PlansTable>): Promise<void> {
  if (seen !== undefined && seen !== plan.version) throw staleVersion(plan, seen);
  if (await repo.updatePlanAtVersion(db, plan.organization_id, plan.id, plan.version, changes)) return;
  const current = await repo.findPlan(db, plan.organization_id, plan.id);
  throw current ? staleVersion(current, undefined) : notFound('Plan');
}

/**
 * Changes a plan. Subscriptions keep the price they signed up at; new ones and renewals of the plan's
 * terms (interval, trial) take the new values.
 */
export async function updatePlan(ctx: AppContext, organizationId: string, id: string, input: Omit<UpdatePlanBody, 'version'>, seen?: number): Promise<PlansTable> {
  const code = input.code;
  const write = () =>
    ctx.db.transaction().execute(async (trx) => {
      const plan = await getPlan(trx, organizationId, id);
      if (seen !== undefined && seen !== plan.version) throw staleVersion(plan, seen);
      if (input.product_id !== undefined && input.product_id !== plan.product_id) await checkProduct(trx, organizationId, input.product_id);
      if (input.tax_id !== undefined) await checkTax(trx, organizationId, input.tax_id);
      if (code !== undefined && code !== plan.code) await checkCodeFree(trx, organizationId, code, plan.id);
      const changes: Partial<PlansTable> = { updated_at: isoNow(ctx.clock) };
      if (input.portal_change_to !== undefined) changes.portal_change_to = JSON.stringify(await checkPlanIds(trx, organizationId, 'portal_change_to', input.portal_change_to, plan.currency, plan.id));
      if (input.product_id !== undefined) changes.product_id = input.product_id;
      if (code !== undefined) changes.code = code;
      if (input.name !== undefined) changes.name = input.name;
      if (input.description !== undefined) changes.description = input.description;
      if (input.price_minor !== undefined) changes.price_minor = input.price_minor;
      if (input.setup_fee_minor !== undefined) changes.setup_fee_minor = input.setup_fee_minor;
      if (input.interval !== undefined) changes.interval = input.interval;
      if (input.interval_count !== undefined) changes.interval_count = input.interval_count;
      if (input.billing_cycles !== undefined) changes.billing_cycles = input.billing_cycles;
      if (input.trial_days !== undefined) changes.trial_days = input.trial_days;
      if (input.tax_id !== undefined) changes.tax_id = input.tax_id;
      if (input.hosted_page_enabled !== undefined) changes.hosted_page_enabled = input.hosted_page_enabled ? 1 : 0;
      await writeAtVersion(trx, plan, seen, changes);
      return getPlan(trx, organizationId, id);
    });
  return code === undefined ? write() : guardingCode(code, write);
}

/** Archives a plan: it can no longer be subscribed to or changed to; its subscriptions go on. */
export async function archivePlan(ctx: AppContext, organizationId: string, id: string, seen?: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const plan = await getPlan(trx, organizationId, id);
    if (plan.archived_at !== null && seen === undefined) return;
    const now = isoNow(ctx.clock);
    await writeAtVersion(trx, plan, seen, { archived_at: plan.archived_at ?? now, updated_at: now });
  });
}

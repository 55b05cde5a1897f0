import type { Db } from '../../db/database.ts';
import type { AddonsTable, CouponsTable, PlansTable } from '../../db/subscription-tables.ts';
import { AppError, fieldIssue, notFound } from '../../lib/app-error.ts';
import * as repo from './plan.repository.ts';

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

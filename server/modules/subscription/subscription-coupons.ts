import type { Db } from '../../db/database.ts';
import type { CouponsTable } from '../../db/subscription-tables.ts';
import { validationError } from '../../lib/app-error.ts';
import { findCouponByCode, redeemCoupon } from '../plan/plan.service.ts';

/**
 * Redeems the coupon of that code for a new subscription in `currency`: one more redemption, counted
 * by a conditional update so that a coupon's last redemption goes to one subscription only. A code that
 * is unknown, archived, expired, used up or in another currency refuses the subscription (400 on coupon_code).
 */
export async function redeemCouponCode(db: Db, organizationId: string, code: string, currency: string, today: string, now: string): Promise<CouponsTable> {
  const coupon = await findCouponByCode(db, organizationId, code);
  if (!coupon || coupon.archived_at) throw validationError('coupon_code', 'unknown_reference', 'is not a coupon of this organization');
  if (coupon.discount_type === 'amount' && coupon.currency !== null && coupon.currency !== currency) {
    throw validationError('coupon_code', 'invalid_value', `is in ${coupon.currency}, not the plan's ${currency}`, { expected: currency, actual: coupon.currency });
  }
  if (coupon.valid_until !== null && coupon.valid_until < today) throw validationError('coupon_code', 'invalid_value', 'has expired', { valid_until: coupon.valid_until });
  if (!(await redeemCoupon(db, coupon.id, today, now))) throw validationError('coupon_code', 'invalid_value', 'has been used up');
  return coupon;
}

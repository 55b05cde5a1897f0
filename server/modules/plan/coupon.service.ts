import type { AppContext } from '../../context.ts';
import type { CouponsTable } from '../../db/subscription-tables.ts';
import { validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { codeTaken } from './catalogue-checks.ts';
import type { CreateCouponBody, UpdateCouponBody } from './coupon.schemas.ts';
import * as repo from './plan.repository.ts';
import { getCoupon } from './plan.service.ts';

export async function listCoupons(ctx: AppContext, organizationId: string, query: { archived?: 'true' | 'false' | undefined }): Promise<CouponsTable[]> {
  return repo.listCoupons(ctx.db, organizationId, { archived: query.archived === undefined ? undefined : query.archived === 'true' });
}

async function guardingCode<T>(code: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (repo.isUniqueViolation(error)) throw codeTaken('coupon', code);
    throw error;
  }
}

export async function createCoupon(ctx: AppContext, organizationId: string, input: CreateCouponBody): Promise<CouponsTable> {
  return guardingCode(input.code, async () => {
    if (await repo.findCouponByCode(ctx.db, organizationId, input.code)) throw codeTaken('coupon', input.code);
    const now = isoNow(ctx.clock);
    const percent = input.discount_type === 'percent';
    const row: CouponsTable = {
      id: newId(),
      organization_id: organizationId,
      code: input.code,
      name: input.name,
      discount_type: input.discount_type,
      discount_value: (percent ? input.percent_basis_points : input.amount_off_minor) ?? 0,
      currency: percent ? null : (input.currency ?? null),
      duration: input.duration,
      duration_periods: input.duration === 'periods' ? (input.duration_periods ?? null) : null,
      max_redemptions: input.max_redemptions ?? null,
      redemptions: 0,
      valid_until: input.valid_until ?? null,
      archived_at: null,
      created_at: now,
      updated_at: now,
    };
    await repo.insertCoupon(ctx.db, row);
    return row;
  });
}

/** Changes a coupon's name, redemption limit (not below what was redeemed) or last day. */
export async function updateCoupon(ctx: AppContext, organizationId: string, id: string, input: UpdateCouponBody): Promise<CouponsTable> {
  return ctx.db.transaction().execute(async (trx) => {
    await getCoupon(trx, organizationId, id);
    const changes: Partial<CouponsTable> = { updated_at: isoNow(ctx.clock) };
    if (input.name !== undefined) changes.name = input.name;
    if (input.max_redemptions !== undefined) changes.max_redemptions = input.max_redemptions;
    if (input.valid_until !== undefined) changes.valid_until = input.valid_until;
    if (!(await repo.updateCoupon(trx, organizationId, id, changes))) {
      // The only condition besides the coupon itself: the limit is not below what was redeemed (a redemption may have just happened).
      const { redemptions } = await getCoupon(trx, organizationId, id);
      throw validationError('max_redemptions', 'too_small', `cannot be less than the ${redemptions} redemptions made`, { minimum: redemptions });
    }
    return getCoupon(trx, organizationId, id);
  });
}

/** Archives a coupon: it can no longer be redeemed; subscriptions that have it keep their discount. */
export async function archiveCoupon(ctx: AppContext, organizationId: string, id: string): Promise<void> {
  const coupon = await getCoupon(ctx.db, organizationId, id);
  if (coupon.archived_at !== null) return;
  const now = isoNow(ctx.clock);
  await repo.updateCoupon(ctx.db, organizationId, id, { archived_at: now, updated_at: now });
}

import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { createAddonFixture, createCouponFixture, createPlanFixture } from '../../test/subscription-fixtures.ts';
import { findCouponByCode, findPlanByCode, getAddons, getCoupon, getPlan, portalChangeTargets, redeemCoupon } from './plan.service.ts';

const today = '2026-12-04';
const now = '2026-12-04T10:00:00.000Z';

describeOnEachDialect('plan catalogue service', (it) => {
  it('finds plans by id and code within the organization only', async ({ t, staff }) => {
    const org = staff.organization.id;
    const other = await signUpStaff(t.app);
    const target = await createPlanFixture(t.ctx.db, org, { price_minor: 5000 });
    const plan = await createPlanFixture(t.ctx.db, org, { code: 'pro-monthly', portal_change_to: [target.id] });
    expect(await getPlan(t.ctx.db, org, plan.id)).toMatchObject({ id: plan.id, code: 'pro-monthly', price_minor: 1000, interval: 'month' });
    expect((await findPlanByCode(t.ctx.db, org, 'pro-monthly'))?.id).toBe(plan.id);
    expect(await findPlanByCode(t.ctx.db, other.organization.id, 'pro-monthly')).toBeUndefined();
    await expect(getPlan(t.ctx.db, other.organization.id, plan.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(portalChangeTargets(await getPlan(t.ctx.db, org, plan.id))).toEqual([target.id]);
    expect(portalChangeTargets({ portal_change_to: 'not json' })).toEqual([]);
  });

  it('answers add-ons in the order asked and names the first unknown one', async ({ t, staff }) => {
    const org = staff.organization.id;
    const other = await signUpStaff(t.app);
    const a = await createAddonFixture(t.ctx.db, org);
    const b = await createAddonFixture(t.ctx.db, org, { kind: 'one_off', price_minor: 5000 });
    const foreign = await createAddonFixture(t.ctx.db, other.organization.id);
    expect((await getAddons(t.ctx.db, org, [b.id, a.id])).map((addon) => addon.id)).toEqual([b.id, a.id]);
    expect(await getAddons(t.ctx.db, org, [])).toEqual([]);
    await expect(getAddons(t.ctx.db, org, [a.id, foreign.id])).rejects.toMatchObject({ code: 'NOT_FOUND', details: [{ field: 'addons.1.addon_id' }] });
  });

  it('finds coupons by code whatever the case, and by id within the organization', async ({ t, staff }) => {
    const org = staff.organization.id;
    const other = await signUpStaff(t.app);
    const coupon = await createCouponFixture(t.ctx.db, org, { code: 'WELCOME25', discount_value: 2500 });
    expect((await findCouponByCode(t.ctx.db, org, 'welcome25'))?.id).toBe(coupon.id);
    expect(await findCouponByCode(t.ctx.db, other.organization.id, 'WELCOME25')).toBeUndefined();
    expect(await getCoupon(t.ctx.db, org, coupon.id)).toMatchObject({ discount_type: 'percent', discount_value: 2500, redemptions: 0 });
    await expect(getCoupon(t.ctx.db, other.organization.id, coupon.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('counts redemptions up to the limit and refuses expired or archived coupons', async ({ t, staff }) => {
    const org = staff.organization.id;
    const limited = await createCouponFixture(t.ctx.db, org, { max_redemptions: 2 });
    expect(await redeemCoupon(t.ctx.db, limited.id, today, now)).toBe(true);
    expect(await redeemCoupon(t.ctx.db, limited.id, today, now)).toBe(true);
    expect(await redeemCoupon(t.ctx.db, limited.id, today, now)).toBe(false);
    expect((await getCoupon(t.ctx.db, org, limited.id)).redemptions).toBe(2);

    const lastDay = await createCouponFixture(t.ctx.db, org, { valid_until: today });
    expect(await redeemCoupon(t.ctx.db, lastDay.id, today, now)).toBe(true);
    expect(await redeemCoupon(t.ctx.db, lastDay.id, '2026-12-05', now)).toBe(false);

    const archived = await createCouponFixture(t.ctx.db, org, { archived_at: now });
    expect(await redeemCoupon(t.ctx.db, archived.id, today, now)).toBe(false);
    expect(await redeemCoupon(t.ctx.db, 'no-such-coupon', today, now)).toBe(false);

    const unlimited = await createCouponFixture(t.ctx.db, org);
    for (let i = 0; i < 5; i += 1) expect(await redeemCoupon(t.ctx.db, unlimited.id, today, now)).toBe(true);
    expect((await getCoupon(t.ctx.db, org, unlimited.id)).redemptions).toBe(5);
  });

  it('lets exactly max_redemptions of many concurrent redemptions through', async ({ t, staff }) => {
    const org = staff.organization.id;
    const coupon = await createCouponFixture(t.ctx.db, org, { max_redemptions: 3 });
    const attempts = Array.from({ length: 12 }, () => t.ctx.db.transaction().execute((trx) => redeemCoupon(trx, coupon.id, today, now)));
    const results = await Promise.all(attempts);
    expect(results.filter(Boolean)).toHaveLength(3);
    expect((await getCoupon(t.ctx.db, org, coupon.id)).redemptions).toBe(3);
  });
});

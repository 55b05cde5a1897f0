import { expect } from 'vitest';
import type { Db } from '../../db/database.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { createCouponFixture } from '../../test/subscription-fixtures.ts';
import { subscribeTestCustomer, subscriptionInvoices, subscriptionRow } from '../../test/subscription-builders.ts';
import { runSubscriptionRenewals } from './subscription-renewal.service.ts';

/** Ends a test's subscriptions, so that later tests moving the clock do not bill them. */
async function retire(db: Db, ...ids: string[]) {
  await db.updateTable('subscriptions').set({ status: 'cancelled', next_billing_date: null, ends_on: null }).where('id', 'in', ids).execute();
}

const periods = (rows: { period_start: string | null; period_end: string | null }[]) => rows.map((row) => `${row.period_start}..${row.period_end}`);

describeOnEachDialect('subscription renewals with the clock moved', { startAt: '2028-01-31T12:00:00.000Z' }, (it) => {
  it('renews monthly from 31 January to 29 February 2028 and back to 31 March, each period once', async ({ t, staff, clock }) => {
    const { sub } = await subscribeTestCustomer(t, staff, { plan: { price_minor: 1000 } });
    clock.set('2028-02-28T23:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    expect(await subscriptionInvoices(t.ctx.db, sub.id)).toHaveLength(1);
    clock.set('2028-02-29T08:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    clock.set('2028-03-31T08:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    await runSubscriptionRenewals(t.ctx);
    const invoices = await subscriptionInvoices(t.ctx.db, sub.id);
    expect(periods(invoices)).toEqual(['2028-01-31..2028-02-29', '2028-02-29..2028-03-31', '2028-03-31..2028-04-30']);
    expect(invoices.map((row) => [row.billing_key, row.total_minor, row.status])).toEqual([
      ['period:0', 1000, 'sent'],
      ['period:1', 1000, 'sent'],
      ['period:2', 1000, 'sent'],
    ]);
    expect(await subscriptionRow(t.ctx.db, sub.id)).toMatchObject({ status: 'live', billed_through_index: 2, current_period_start: '2028-03-31', current_period_end: '2028-04-30', next_billing_date: '2028-04-30' });
    const kinds = await t.ctx.db.selectFrom('subscription_events').select('kind').where('subscription_id', '=', sub.id).orderBy('created_at').orderBy('id').execute();
    expect(kinds.map((row) => row.kind)).toEqual(['created', 'invoiced', 'renewed', 'renewed']);
    const outbox = await t.ctx.db.selectFrom('outbox_events').select('type').where('organization_id', '=', staff.organization.id).where('type', '=', 'subscription.renewed').execute();
    expect(outbox).toHaveLength(2);
    await retire(t.ctx.db, sub.id);
  });

  it('catches up after downtime: each missed period is invoiced once, in order', async ({ t, staff, clock }) => {
    const { sub } = await subscribeTestCustomer(t, staff, { plan: { price_minor: 2000 } });
    clock.set('2028-05-02T09:00:00.000Z');
    await Promise.all([runSubscriptionRenewals(t.ctx), runSubscriptionRenewals(t.ctx)]);
    await runSubscriptionRenewals(t.ctx);
    const invoices = await subscriptionInvoices(t.ctx.db, sub.id);
    expect(periods(invoices)).toEqual(['2028-01-31..2028-02-29', '2028-02-29..2028-03-31', '2028-03-31..2028-04-30', '2028-04-30..2028-05-31']);
    expect(new Set(invoices.map((row) => row.id)).size).toBe(4);
    await retire(t.ctx.db, sub.id);
  });

  it('turns a trial live on its last day with the first invoice, setup fee included', async ({ t, staff, clock }) => {
    const { sub } = await subscribeTestCustomer(t, staff, { plan: { price_minor: 3000, trial_days: 14, setup_fee_minor: 1000 } });
    expect(sub).toMatchObject({ status: 'trial', trial_end: '2028-02-14' });
    clock.set('2028-02-13T20:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    expect((await subscriptionRow(t.ctx.db, sub.id)).status).toBe('trial');
    clock.set('2028-02-14T06:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    expect(await subscriptionRow(t.ctx.db, sub.id)).toMatchObject({ status: 'live', billed_through_index: 0, current_period_start: '2028-02-14', current_period_end: '2028-03-14', next_billing_date: '2028-03-14' });
    const invoices = await subscriptionInvoices(t.ctx.db, sub.id);
    expect(invoices.map((row) => [row.billing_key, row.total_minor])).toEqual([['period:0', 4000]]);
    await retire(t.ctx.db, sub.id);
  });

  it('renews yearly on the anchor, 29 February becoming 28 February in common years', async ({ t, staff, clock }) => {
    // Starting on a later date: nothing is invoiced before that day.
    const { sub } = await subscribeTestCustomer(t, staff, { plan: { price_minor: 12_000, interval: 'year' }, input: { startDate: '2028-02-29' } });
    expect(sub).toMatchObject({ status: 'live', anchor_date: '2028-02-29', next_billing_date: '2028-02-29', billed_through_index: null });
    expect(await subscriptionInvoices(t.ctx.db, sub.id)).toHaveLength(0);
    clock.set('2028-02-29T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    clock.set('2029-02-27T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    expect(await subscriptionInvoices(t.ctx.db, sub.id)).toHaveLength(1);
    clock.set('2029-02-28T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    const invoices = await subscriptionInvoices(t.ctx.db, sub.id);
    expect(periods(invoices)).toEqual(['2028-02-29..2029-02-28', '2029-02-28..2030-02-28']);
    expect(invoices.map((row) => row.total_minor)).toEqual([12_000, 12_000]);
    await retire(t.ctx.db, sub.id);
  });

  it('discounts the first three periods with a three-period coupon, then bills the full price', async ({ t, staff, clock }) => {
    await createCouponFixture(t.ctx.db, staff.organization.id, { code: 'THREE', discount_value: 5000, duration: 'periods', duration_periods: 3 });
    const { sub } = await subscribeTestCustomer(t, staff, { plan: { price_minor: 1000 }, input: { couponCode: 'THREE' } });
    clock.set('2028-05-15T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    const invoices = await subscriptionInvoices(t.ctx.db, sub.id);
    expect(invoices.map((row) => row.total_minor)).toEqual([500, 500, 500, 1000]);
    expect((await subscriptionRow(t.ctx.db, sub.id)).coupon_periods_used).toBe(3);
    await retire(t.ctx.db, sub.id);
  });

  it('expires once the plan’s billing cycles are billed', async ({ t, staff, clock }) => {
    const { sub } = await subscribeTestCustomer(t, staff, { plan: { price_minor: 1000, billing_cycles: 3 } });
    clock.set('2028-06-15T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    expect(await subscriptionInvoices(t.ctx.db, sub.id)).toHaveLength(3);
    expect(await subscriptionRow(t.ctx.db, sub.id)).toMatchObject({ status: 'expired', ends_on: '2028-04-30', next_billing_date: null, billed_through_index: 2 });
    const kinds = await t.ctx.db.selectFrom('subscription_events').select('kind').where('subscription_id', '=', sub.id).execute();
    expect(kinds.map((row) => row.kind)).toContain('expired');
  });

  it('cancels a non-renewing subscription on its end date without invoicing the next period', async ({ t, staff, clock }) => {
    const { sub } = await subscribeTestCustomer(t, staff, { plan: { price_minor: 1000 } });
    // As cancelling at the period end leaves it (modules/subscription-action).
    await t.ctx.db.updateTable('subscriptions').set({ status: 'non_renewing', cancel_at_period_end: 1, ends_on: '2028-02-29' }).where('id', '=', sub.id).execute();
    clock.set('2028-02-28T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    expect((await subscriptionRow(t.ctx.db, sub.id)).status).toBe('non_renewing');
    clock.set('2028-02-29T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    expect(await subscriptionRow(t.ctx.db, sub.id)).toMatchObject({ status: 'cancelled', ends_on: '2028-02-29', next_billing_date: null });
    expect(await subscriptionInvoices(t.ctx.db, sub.id)).toHaveLength(1);
  });

  it('renews on the organization’s date, not the UTC date', async ({ t, staff, clock }) => {
    await t.ctx.db.updateTable('organizations').set({ time_zone: 'Pacific/Auckland' }).where('id', '=', staff.organization.id).execute();
    const { sub } = await subscribeTestCustomer(t, staff, { plan: { price_minor: 1000 }, input: { startDate: '2028-01-31' } });
    // 23:30 on 28 February in Auckland (UTC+13): not due yet.
    clock.set('2028-02-28T10:30:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    expect(await subscriptionInvoices(t.ctx.db, sub.id)).toHaveLength(1);
    // 00:30 on 29 February in Auckland, still the 28th in UTC: due.
    clock.set('2028-02-28T11:30:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    const invoices = await subscriptionInvoices(t.ctx.db, sub.id);
    expect(periods(invoices)).toEqual(['2028-01-31..2028-02-29', '2028-02-29..2028-03-31']);
    await retire(t.ctx.db, sub.id);
  });
});

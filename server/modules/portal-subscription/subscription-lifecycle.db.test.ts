import { expect } from 'vitest';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { documentsOf, planFor, setSubscriptionSettings, subscribe, subscribedContact, travel } from '../../test/subscription-action-builders.ts';
import { runSubscriptionRenewals } from '../subscription/subscription-renewal.service.ts';

/** Portal actions followed through the renewal job, with the injected clock; December has 31 days. */
describeOnEachDialect('portal subscription actions through renewals', { startAt: '2026-12-01T12:00:00.000Z' }, (it) => {
  it('applies a downgrade at the period end: the next invoice at the lower amount', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const basic = await planFor(t, staff, c.currency, { price_minor: 3100, name: 'Basic' });
    const pro = await planFor(t, staff, c.currency, { price_minor: 6200, name: 'Pro', portal_change_to: [basic.id] });
    const sub = await subscribe(t, staff, c, pro);
    await travel(t, '2026-12-10T12:00:00.000Z', staff, c);
    expect((await c.client.post(`${c.base}/${sub.id}/change`, { plan_id: basic.id })).statusCode).toBe(200);
    t.clock.set('2026-12-31T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    expect((await documentsOf(t, c.customerId, 'invoice')).map((invoice) => invoice.total_minor)).toEqual([6200]);
    t.clock.set('2027-01-01T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    expect((await documentsOf(t, c.customerId, 'invoice')).map((invoice) => invoice.total_minor)).toEqual([6200, 3100]);
    const row = await t.ctx.db.selectFrom('subscriptions').select(['plan_id', 'scheduled_change', 'next_billing_date']).where('id', '=', sub.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ plan_id: basic.id, scheduled_change: null, next_billing_date: '2027-02-01' });
  });

  it('ends a subscription cancelled at the period end on that date, not before; a reactivated one renews', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency, { price_minor: 3100 });
    const ending = await subscribe(t, staff, c, plan);
    const kept = await subscribe(t, staff, c, plan);
    await travel(t, '2026-12-05T12:00:00.000Z', staff, c);
    for (const sub of [ending, kept]) expect((await c.client.post(`${c.base}/${sub.id}/cancel`, { timing: 'at_period_end', reason_code: 'other' })).statusCode).toBe(200);
    expect((await c.client.post(`${c.base}/${kept.id}/reactivate`, {})).statusCode).toBe(200);
    t.clock.set('2026-12-31T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    const status = async (id: string) => (await t.ctx.db.selectFrom('subscriptions').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
    expect(await status(ending.id)).toBe('non_renewing');
    t.clock.set('2027-01-01T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    expect([await status(ending.id), await status(kept.id)]).toEqual(['cancelled', 'live']);
    expect((await documentsOf(t, c.customerId, 'invoice')).map((invoice) => invoice.total_minor)).toEqual([3100, 3100, 3100]);
  });

  it('bills nothing while paused and bills the next period from the moved date after resuming', async ({ t, staff }) => {
    await setSubscriptionSettings(staff, { portal_actions: { pause: { allowed: true } } });
    const c = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency, { price_minor: 3100 });
    const sub = await subscribe(t, staff, c, plan);
    await travel(t, '2026-12-11T12:00:00.000Z', staff, c);
    expect((await c.client.post(`${c.base}/${sub.id}/pause`, { resume_on: '2027-02-01' })).statusCode).toBe(200);
    t.clock.set('2027-01-05T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    expect(await documentsOf(t, c.customerId, 'invoice')).toHaveLength(1);
    await travel(t, '2027-01-05T12:00:00.000Z', staff, c);
    // Paused 25 days (11 December – 5 January): the period that was to end on 1 January ends on 26 January.
    expect((await c.client.post(`${c.base}/${sub.id}/resume`, {})).json()).toMatchObject({ status: 'live', next_billing_date: '2027-01-26' });
    t.clock.set('2027-01-25T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    expect(await documentsOf(t, c.customerId, 'invoice')).toHaveLength(1);
    t.clock.set('2027-01-26T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    const invoices = await documentsOf(t, c.customerId, 'invoice');
    expect(invoices.map((invoice) => invoice.total_minor)).toEqual([3100, 3100]);
    expect(invoices[1]!.lines[0]!.description).toBe('2027-01-26 – 2027-02-25');
  });

  it('starts billing an extended trial from its new end, across a month end', async ({ t, staff }) => {
    await travel(t, '2027-01-10T12:00:00.000Z', staff);
    const c = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency, { price_minor: 3100, trial_days: 14 });
    const sub = await subscribe(t, staff, c, plan);
    expect((await c.client.post(`${c.base}/${sub.id}/extend-trial`, { days: 7 })).json()).toMatchObject({ trial_end: '2027-01-31' });
    t.clock.set('2027-01-24T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    expect(await documentsOf(t, c.customerId, 'invoice')).toEqual([]);
    t.clock.set('2027-01-31T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    t.clock.set('2027-02-28T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    const invoices = await documentsOf(t, c.customerId, 'invoice');
    expect(invoices.map((invoice) => invoice.lines[0]!.description)).toEqual(['2027-01-31 – 2027-02-27', '2027-02-28 – 2027-03-30']);
  });
});

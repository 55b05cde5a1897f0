import { expect } from 'vitest';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { createAddonFixture } from '../../test/subscription-fixtures.ts';
import { resumeDueSubscriptions } from './subscription-action.service.ts';
import { documentsOf, eventsOf, planFor, setSubscriptionSettings, subscribe, subscribedContact, travel } from '../../test/subscription-action-builders.ts';

// December has 31 days: 3100 a month is 100 a day.
describeOnEachDialect('staff subscription actions', { startAt: '2026-12-01T12:00:00.000Z' }, (it) => {
  it('lets staff cancel what the portal may not, and refuses what the state does not allow with 409 STATE_CONFLICT', async ({ t, staff }) => {
    await setSubscriptionSettings(staff, { portal_actions: { cancel: { allowed: false } } });
    const c = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency, { price_minor: 3100 });
    const sub = await subscribe(t, staff, c, plan);
    const portal = await c.client.post(`${c.base}/${sub.id}/cancel`, { timing: 'at_period_end', reason_code: 'other' });
    expect(portal.json().error).toMatchObject({ code: 'ACTION_NOT_ALLOWED', message: 'Cancelling is not allowed in the portal (subscription in status live)' });

    const cancelled = await staff.client.post(`/api/v1/subscriptions/${sub.id}/cancel`, { timing: 'at_period_end' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'non_renewing', ends_on: '2027-01-01', cancel_reason_code: null });
    expect((await eventsOf(t, sub.id)).at(-1)).toMatchObject({ kind: 'cancel_scheduled', actor_type: 'staff', details: { actor_name: expect.any(String) } });

    const again = await staff.client.post(`/api/v1/subscriptions/${sub.id}/cancel`, { timing: 'at_period_end' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'STATE_CONFLICT', details: { action: 'cancel', status: 'non_renewing' } });
    const resume = await staff.client.post(`/api/v1/subscriptions/${sub.id}/resume`, {});
    expect(resume.json().error.code).toBe('STATE_CONFLICT');
    const stale = await staff.client.post(`/api/v1/subscriptions/${sub.id}/reactivate`, { version: sub.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    expect((await staff.client.post(`/api/v1/subscriptions/${sub.id}/reactivate`, { version: cancelled.json().version })).json()).toMatchObject({ status: 'live' });
  });

  it('downgrades now when staff ask, crediting the difference for the days left', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const basic = await planFor(t, staff, c.currency, { price_minor: 3100, name: 'Basic' });
    const pro = await planFor(t, staff, c.currency, { price_minor: 6200, name: 'Pro' });
    const sub = await subscribe(t, staff, c, pro);
    await travel(t, '2026-12-22T12:00:00.000Z', staff);
    const preview = await staff.client.get(`/api/v1/subscriptions/${sub.id}/change-preview?plan_id=${basic.id}`);
    expect(preview.json()).toMatchObject({ timing: 'period_end', proration: { net_minor: 0 } });
    const changed = await staff.client.post(`/api/v1/subscriptions/${sub.id}/change`, { plan_id: basic.id, timing: 'now' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ plan: { id: basic.id }, amount_minor: 3100, scheduled_change: null });
    // 10 days left of 31: 2000 unused at 6200 less 1000 at 3100.
    const notes = await documentsOf(t, c.customerId, 'credit_note');
    expect(notes).toEqual([expect.objectContaining({ total_minor: 1000, status: 'open' })]);
    expect((await documentsOf(t, c.customerId, 'invoice')).map((invoice) => invoice.total_minor)).toEqual([6200]);
  });

  it('adds a recurring add-on and a seat mid-period, prorating the whole difference per period', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency, { price_minor: 3100, name: 'Seats' });
    const storage = await createAddonFixture(t.ctx.db, staff.organization.id, { currency: c.currency, price_minor: 620, name: 'Storage' });
    const sub = await subscribe(t, staff, c, plan);
    await travel(t, '2026-12-17T12:00:00.000Z', staff, c);
    // From 3100 to 2 × 3100 + 2 × 620 = 7440 per period; 15 of 31 days.
    const preview = await c.client.get(`${c.base}/${sub.id}/change-preview?quantity=2&addons=${storage.id}:2`);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ timing: 'now', new_amount_minor: 7440, proration: { credit_minor: 1500, charge_minor: 3600, net_minor: 2100 }, next_invoice: { amount_minor: 7440 } });
    const changed = await c.client.post(`${c.base}/${sub.id}/change`, { quantity: 2, addons: [{ addon_id: storage.id, quantity: 2 }] });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ quantity: 2, amount_minor: 7440, addons: [expect.objectContaining({ addon_id: storage.id, quantity: 2, unit_price_minor: 620 })] });
    expect((await documentsOf(t, c.customerId, 'invoice')).map((invoice) => invoice.total_minor)).toEqual([3100, 2100]);

    const nothing = await c.client.post(`${c.base}/${sub.id}/change`, { quantity: 2 });
    expect(nothing.statusCode).toBe(400);
    const removed = await c.client.get(`${c.base}/${sub.id}/change-preview?addons=`);
    expect(removed.json()).toMatchObject({ timing: 'period_end', new_amount_minor: 6200 });
  });

  it('refuses a plan the current one may not change to in the portal, or one billed on another interval', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const yearly = await planFor(t, staff, c.currency, { price_minor: 31000, interval: 'year' });
    const other = await planFor(t, staff, c.currency, { price_minor: 6200 });
    const plan = await planFor(t, staff, c.currency, { price_minor: 3100, portal_change_to: [yearly.id] });
    const sub = await subscribe(t, staff, c, plan);
    const notOffered = await c.client.get(`${c.base}/${sub.id}/change-preview?plan_id=${other.id}`);
    expect(notOffered.statusCode).toBe(400);
    expect(notOffered.json().error.details[0]).toMatchObject({ field: 'plan_id', code: 'invalid_value' });
    const interval = await staff.client.post(`/api/v1/subscriptions/${sub.id}/change`, { plan_id: yearly.id });
    expect(interval.statusCode).toBe(400);
    expect(interval.json().error.details[0]).toMatchObject({ field: 'plan_id' });
    expect((await staff.client.post(`/api/v1/subscriptions/${sub.id}/change`, { plan_id: other.id })).statusCode).toBe(200);
  });

  it('resumes a pause by itself on its resume date, counting the days paused to that date', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency, { price_minor: 3100 });
    const sub = await subscribe(t, staff, c, plan);
    await travel(t, '2026-12-11T12:00:00.000Z', staff);
    const paused = await staff.client.post(`/api/v1/subscriptions/${sub.id}/pause`, { resume_on: '2026-12-21' });
    expect(paused.json()).toMatchObject({ status: 'paused', resume_on: '2026-12-21' });
    t.clock.set('2026-12-20T12:00:00.000Z');
    expect(await resumeDueSubscriptions(t.ctx)).toEqual({ resumed: 0 });
    // The worker runs a day late: the pause still lasted 10 days.
    t.clock.set('2026-12-22T12:00:00.000Z');
    expect(await resumeDueSubscriptions(t.ctx)).toEqual({ resumed: 1 });
    expect(await resumeDueSubscriptions(t.ctx)).toEqual({ resumed: 0 });
    const row = await t.ctx.db.selectFrom('subscriptions').select(['status', 'anchor_date', 'current_period_end', 'next_billing_date', 'resume_on']).where('id', '=', sub.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'live', anchor_date: '2026-12-11', current_period_end: '2027-01-11', next_billing_date: '2027-01-11', resume_on: null });
    expect((await eventsOf(t, sub.id)).at(-1)).toMatchObject({ kind: 'resumed', actor_type: 'system', details: { paused_days: 10, resumed_on: '2026-12-21', scheduled: true } });
  });

  it('needs subscriptions.write for actions and subscriptions.read for previews; another organization’s subscription is a 404', async ({ t, staff, ip }) => {
    const c = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency);
    const sub = await subscribe(t, staff, c, plan);
    const readKey = (await staff.client.post('/api/v1/api-keys', { name: 'Read', scopes: ['subscriptions.read'] })).json().key as string;
    const writeKey = (await staff.client.post('/api/v1/api-keys', { name: 'Write', scopes: ['subscriptions.write'] })).json().key as string;
    const { TestClient } = await import('../../test/http-client.ts');
    const api = new TestClient(t.app, ip);
    const as = (key: string) => ({ authorization: `Bearer ${key}` });
    expect((await api.request('GET', `/api/v1/subscriptions/${sub.id}/change-preview?quantity=2`, undefined, as(readKey))).statusCode).toBe(200);
    expect((await api.request('POST', `/api/v1/subscriptions/${sub.id}/extend-trial`, { days: 3 }, as(readKey))).statusCode).toBe(403);
    const byKey = await api.request('POST', `/api/v1/subscriptions/${sub.id}/cancel`, { timing: 'immediately' }, as(writeKey));
    expect(byKey.statusCode, byKey.body).toBe(200);
    expect((await eventsOf(t, sub.id)).at(-1)).toMatchObject({ kind: 'cancelled', actor_type: 'api' });
    const { signUpStaff } = await import('../../test/builders.ts');
    const stranger = await signUpStaff(t.app);
    expect((await stranger.client.post(`/api/v1/subscriptions/${sub.id}/cancel`, { timing: 'immediately' })).statusCode).toBe(404);
  });
});

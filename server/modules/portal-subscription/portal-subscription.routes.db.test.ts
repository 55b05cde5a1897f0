import { expect } from 'vitest';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { notificationTypes, setPermissions } from '../../test/portal-document-builders.ts';
import { recordTestPayment } from '../../test/billing-payment-builders.ts';
import { periodEnd } from '../../../contract/subscription-billing.ts';
import type { SubscriptionStatus } from '../../db/subscription-tables.ts';
import { cancelSubscription } from '../subscription-action/subscription-action.service.ts';
import type { AppError } from '../../lib/app-error.ts';
import { createAddonFixture } from '../../test/subscription-fixtures.ts';
import { documentsOf, eventsOf, staffActor, travel, forceStatus, outboxTypes, planFor, savedCard, setSubscriptionSettings, subscribe, subscribedContact } from '../../test/subscription-action-builders.ts';

// Amounts chosen for round figures: December has 31 days, 3100 a month is 100 a day.
describeOnEachDialect('portal subscriptions', { startAt: '2026-12-01T12:00:00.000Z' }, (it) => {
  it('lists the customer’s subscriptions with plan, created on, amount, status and next billing date, and shows one in detail', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency, { price_minor: 3100, name: 'Basic' });
    const sub = await subscribe(t, staff, c, plan, { quantity: 2 });
    const list = await c.client.get(c.base);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().data).toEqual([
      expect.objectContaining({ id: sub.id, number: sub.number, plan: expect.objectContaining({ id: plan.id, name: 'Basic' }), status: 'live', amount_minor: 6200, next_billing_date: '2027-01-01', created_at: sub.created_at }),
    ]);
    const detail = await c.client.get(`${c.base}/${sub.id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({
      id: sub.id,
      invoices: [expect.objectContaining({ billing_key: 'period:0', total_minor: 6200 })],
      allowed_actions: ['cancel_immediately', 'cancel_at_period_end', 'change_plan', 'change_quantity', 'change_addons', 'change_payment_method'],
      cancel_reasons: expect.arrayContaining([{ code: 'too_expensive', label: 'It is too expensive' }]),
    });
  });

  it('previews and makes an upgrade mid-period: now, prorated by day, the net invoiced under the change’s key', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const pro = await planFor(t, staff, c.currency, { price_minor: 6200, name: 'Pro' });
    const basic = await planFor(t, staff, c.currency, { price_minor: 3100, name: 'Basic', portal_change_to: [pro.id] });
    const sub = await subscribe(t, staff, c, basic);
    // What the change dialog offers: the plans staff allow, named and priced; the add-ons for this plan.
    const everyPlan = await createAddonFixture(t.ctx.db, staff.organization.id, { currency: c.currency, kind: 'recurring', name: 'Extra seat', price_minor: 500 });
    await createAddonFixture(t.ctx.db, staff.organization.id, { currency: c.currency, kind: 'recurring', plan_ids: [pro.id] });
    await createAddonFixture(t.ctx.db, staff.organization.id, { currency: c.currency, kind: 'one_off' });
    await createAddonFixture(t.ctx.db, staff.organization.id, { currency: c.currency === 'EUR' ? 'USD' : 'EUR', kind: 'recurring' });
    const offered = (await c.client.get(`${c.base}/${sub.id}`)).json();
    expect(offered.change_plans).toEqual([{ id: pro.id, code: pro.code, name: 'Pro', currency: c.currency, price_minor: 6200, interval: 'month', interval_count: 1 }]);
    expect(offered.available_addons).toEqual([{ id: everyPlan.id, code: everyPlan.code, name: 'Extra seat', currency: c.currency, price_minor: 500 }]);
    await travel(t, '2026-12-17T12:00:00.000Z', staff, c);

    const preview = await c.client.get(`${c.base}/${sub.id}/change-preview?plan_id=${pro.id}`);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      timing: 'now',
      effective_on: '2026-12-17',
      current_amount_minor: 3100,
      new_amount_minor: 6200,
      // 15 of 31 days (17–31 December) at the new amount, less the same days at the old one.
      proration: { credit_minor: 1500, charge_minor: 3000, net_minor: 1500, days_remaining: 15, days_in_period: 31 },
      proration_document: 'invoice',
      next_invoice: { date: '2027-01-01', amount_minor: 6200, lines: [expect.objectContaining({ name: 'Pro', unit_price_minor: 6200, amount_minor: 6200 })] },
    });

    const changed = await c.client.post(`${c.base}/${sub.id}/change`, { plan_id: pro.id });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ plan: { id: pro.id }, status: 'live', amount_minor: 6200, scheduled_change: null, next_billing_date: '2027-01-01' });
    const invoices = await documentsOf(t, c.customerId, 'invoice');
    expect(invoices.map((invoice) => invoice.total_minor)).toEqual([3100, 1500]);
    expect(invoices[1]!.lines).toEqual([expect.objectContaining({ rate_minor: 3000, discount_minor: 1500, total_minor: 1500, description: expect.stringContaining('2026-12-17 – 2026-12-31') })]);
    const events = await eventsOf(t, sub.id);
    const change = events.find((event) => event.kind === 'changed');
    expect(change).toMatchObject({ actor_type: 'contact', details: { proration: { net_minor: 1500 }, from: { plan_id: basic.id }, to: { plan_id: pro.id } } });
    const keys = await t.ctx.db.selectFrom('subscription_invoices').select(['billing_key', 'document_id']).where('subscription_id', '=', sub.id).orderBy('billing_key').execute();
    expect(keys.map((key) => key.billing_key)).toEqual([expect.stringMatching(/^change:/), 'period:0']);
    expect(await notificationTypes(staff)).toContain('portal.subscription_changed');
    expect(await outboxTypes(t, staff.organization.id)).toContain('subscription.changed');
  });

  it('keeps a downgrade for the end of the period: nothing billed now, the next invoice at the lower amount', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const basic = await planFor(t, staff, c.currency, { price_minor: 3100, name: 'Basic' });
    const pro = await planFor(t, staff, c.currency, { price_minor: 6200, name: 'Pro', portal_change_to: [basic.id] });
    const sub = await subscribe(t, staff, c, pro);
    await travel(t, '2026-12-10T12:00:00.000Z', staff, c);
    const preview = await c.client.get(`${c.base}/${sub.id}/change-preview?plan_id=${basic.id}`);
    expect(preview.json()).toMatchObject({
      timing: 'period_end',
      effective_on: '2027-01-01',
      proration: { credit_minor: 0, charge_minor: 0, net_minor: 0 },
      proration_document: null,
      next_invoice: { date: '2027-01-01', amount_minor: 3100 },
    });
    const changed = await c.client.post(`${c.base}/${sub.id}/change`, { plan_id: basic.id });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ plan: { id: pro.id }, amount_minor: 6200, scheduled_change: { plan_id: basic.id, quantity: 1, addons: [] } });
    expect((await documentsOf(t, c.customerId, 'invoice')).map((invoice) => invoice.total_minor)).toEqual([6200]);
    expect((await eventsOf(t, sub.id)).map((event) => event.kind)).toContain('change_scheduled');
  });

  it('cancels at the period end with a reason, then reactivates before that end', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency, { price_minor: 3100 });
    const sub = await subscribe(t, staff, c, plan);
    await travel(t, '2026-12-05T12:00:00.000Z', staff, c);
    const noReason = await c.client.post(`${c.base}/${sub.id}/cancel`, { timing: 'at_period_end' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0]).toMatchObject({ field: 'reason_code', code: 'required' });
    const unknown = await c.client.post(`${c.base}/${sub.id}/cancel`, { timing: 'at_period_end', reason_code: 'bored' });
    expect(unknown.json().error.details[0]).toMatchObject({ field: 'reason_code', code: 'invalid_value' });

    const cancelled = await c.client.post(`${c.base}/${sub.id}/cancel`, { timing: 'at_period_end', reason_code: 'too_expensive', reason_text: 'Budget cuts', version: sub.version });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'non_renewing', ends_on: '2027-01-01', cancel_at_period_end: true, cancel_reason_code: 'too_expensive', cancel_reason_text: 'Budget cuts', allowed_actions: ['reactivate', 'change_payment_method'] });
    expect(await documentsOf(t, c.customerId, 'credit_note')).toEqual([]);
    expect(await notificationTypes(staff)).toContain('portal.subscription_cancelled');
    const mails = await t.deliverMail();
    expect(mails.find((mail) => mail.to === staff.user.email && mail.text.includes(sub.number))?.text).toContain('It is too expensive — Budget cuts');

    await travel(t, '2026-12-20T12:00:00.000Z', staff, c);
    const back = await c.client.post(`${c.base}/${sub.id}/reactivate`, {});
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ status: 'live', ends_on: null, cancel_at_period_end: false, cancel_reason_code: null });
    expect((await eventsOf(t, sub.id)).map((event) => event.kind)).toEqual(['created', 'invoiced', 'cancel_scheduled', 'reactivated']);
    expect(await outboxTypes(t, staff.organization.id)).toEqual(['subscription.created', 'subscription.cancelled', 'subscription.changed']);
  });

  it('cancels immediately and credits the unused days of a paid period; nothing for an unpaid one', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency, { price_minor: 3100, name: 'Basic' });
    const paid = await subscribe(t, staff, c, plan);
    const unpaid = await subscribe(t, staff, c, plan);
    const [invoice] = await documentsOf(t, c.customerId, 'invoice');
    await recordTestPayment(staff, { customer_id: c.customerId, amount_minor: 3100, currency: c.currency, allocations: [{ document_id: invoice!.id, amount_minor: 3100 }] });
    await travel(t, '2026-12-22T12:00:00.000Z', staff, c);

    const response = await c.client.post(`${c.base}/${paid.id}/cancel`, { timing: 'immediately', reason_code: 'not_using' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'cancelled', ends_on: '2026-12-22', next_billing_date: null, cancel_reason_code: 'not_using', allowed_actions: [] });
    // 22–31 December: 10 of 31 days of 3100.
    const notes = await documentsOf(t, c.customerId, 'credit_note');
    expect(notes).toEqual([expect.objectContaining({ status: 'open', total_minor: 1000, balance_minor: 1000, reference: paid.number })]);
    expect(notes[0]!.lines).toEqual([expect.objectContaining({ name: 'Unused part: Basic', rate_minor: 1000, description: '2026-12-22 – 2026-12-31' })]);
    const payload = await t.ctx.db.selectFrom('outbox_events').select('payload').where('organization_id', '=', staff.organization.id).where('type', '=', 'subscription.cancelled').executeTakeFirstOrThrow();
    expect(JSON.parse(payload.payload).data.cancellation).toMatchObject({ timing: 'immediately', ends_on: '2026-12-22', reason_code: 'not_using', credit_note_id: notes[0]!.id, credit_minor: 1000 });

    const other = await c.client.post(`${c.base}/${unpaid.id}/cancel`, { timing: 'immediately', reason_code: 'other' });
    expect(other.statusCode, other.body).toBe(200);
    expect(await documentsOf(t, c.customerId, 'credit_note')).toHaveLength(1);
  });

  it('pauses until a date within the limit where staff allow it, and resumes with the period moved by the days paused', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency, { price_minor: 3100 });
    const sub = await subscribe(t, staff, c, plan);
    await travel(t, '2026-12-11T12:00:00.000Z', staff, c);
    const off = await c.client.post(`${c.base}/${sub.id}/pause`, { resume_on: '2027-01-10' });
    expect(off.statusCode).toBe(403);
    expect(off.json().error).toMatchObject({ code: 'ACTION_NOT_ALLOWED', details: { action: 'pause', status: 'live', reason: 'disabled' } });

    await setSubscriptionSettings(staff, { portal_actions: { pause: { allowed: true, max_days: 30 } } });
    const tooLong = await c.client.post(`${c.base}/${sub.id}/pause`, { resume_on: '2027-01-11' });
    expect(tooLong.json().error).toMatchObject({ code: 'ACTION_NOT_ALLOWED', details: { reason: 'limit', limit_days: 30 } });
    const paused = await c.client.post(`${c.base}/${sub.id}/pause`, { resume_on: '2027-01-10' });
    expect(paused.statusCode, paused.body).toBe(200);
    expect(paused.json()).toMatchObject({ status: 'paused', paused_on: '2026-12-11', resume_on: '2027-01-10', allowed_actions: ['resume', 'change_payment_method'] });

    await travel(t, '2026-12-21T12:00:00.000Z', staff, c);
    const resumed = await c.client.post(`${c.base}/${sub.id}/resume`, {});
    expect(resumed.statusCode, resumed.body).toBe(200);
    // Paused 10 days: the period that ended on 1 January now ends on 11 January.
    expect(resumed.json()).toMatchObject({ status: 'live', paused_on: null, resume_on: null, current_period_end: '2027-01-11', next_billing_date: '2027-01-11' });
    const row = await t.ctx.db.selectFrom('subscriptions').select(['anchor_date', 'billed_through_index']).where('id', '=', sub.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ anchor_date: '2026-12-11', billed_through_index: 0 });
    expect(periodEnd(row.anchor_date, 'month', 1, 1)).toBe('2027-02-11');
    expect((await eventsOf(t, sub.id)).find((event) => event.kind === 'resumed')?.details).toMatchObject({ paused_days: 10 });
  });

  it('extends a trial across a month end up to the limit, the first period then counted from the new end', async ({ t, staff }) => {
    await travel(t, '2027-01-10T12:00:00.000Z', staff);
    const c = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency, { price_minor: 3100, trial_days: 14 });
    const sub = await subscribe(t, staff, c, plan);
    expect(sub).toMatchObject({ status: 'trial', trial_end: '2027-01-24' });
    const extended = await c.client.post(`${c.base}/${sub.id}/extend-trial`, { days: 7 });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(extended.json()).toMatchObject({ status: 'trial', trial_end: '2027-01-31', next_billing_date: '2027-01-31', extend_trial_days_left: 7 });
    const row = await t.ctx.db.selectFrom('subscriptions').select(['anchor_date', 'trial_extended_days']).where('id', '=', sub.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ anchor_date: '2027-01-31', trial_extended_days: 7 });
    // 31 January + 1 month is 28 February (the month's last day), then 31 March again.
    expect([periodEnd(row.anchor_date, 'month', 1, 0), periodEnd(row.anchor_date, 'month', 1, 1)]).toEqual(['2027-02-28', '2027-03-31']);

    const beyond = await c.client.post(`${c.base}/${sub.id}/extend-trial`, { days: 8 });
    expect(beyond.statusCode).toBe(403);
    expect(beyond.json().error).toMatchObject({ code: 'ACTION_NOT_ALLOWED', details: { action: 'extend_trial', status: 'trial', reason: 'limit', limit_days: 7 } });
    expect((await c.client.post(`${c.base}/${sub.id}/extend-trial`, { days: 7 })).json()).toMatchObject({ trial_end: '2027-02-07', extend_trial_days_left: 0 });
  });

  it('converts a trial with a saved payment method: live today, the first invoice issued', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency, { price_minor: 3100, trial_days: 30 });
    const sub = await subscribe(t, staff, c, plan);
    await travel(t, '2026-12-05T12:00:00.000Z', staff, c);
    const none = await c.client.post(`${c.base}/${sub.id}/convert`, {});
    expect(none.statusCode).toBe(422);
    expect(none.json().error.code).toBe('PAYMENT_METHOD_UNAVAILABLE');
    const card = await savedCard(t, staff, c.customerId, { isDefault: true });
    const converted = await c.client.post(`${c.base}/${sub.id}/convert`, {});
    expect(converted.statusCode, converted.body).toBe(200);
    expect(converted.json()).toMatchObject({ status: 'live', trial_end: '2026-12-05', current_period_start: '2026-12-05', current_period_end: '2027-01-05', next_billing_date: '2027-01-05', payment_method: { id: card } });
    expect((await documentsOf(t, c.customerId, 'invoice')).map((invoice) => invoice.total_minor)).toEqual([3100]);
  });

  it('changes the payment method to another saved one of the customer; another customer’s is a 404', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const other = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency);
    const sub = await subscribe(t, staff, c, plan);
    const mine = await savedCard(t, staff, c.customerId);
    const theirs = await savedCard(t, staff, other.customerId);
    expect((await c.client.post(`${c.base}/${sub.id}/payment-method`, { payment_method_id: theirs })).statusCode).toBe(404);
    const changed = await c.client.post(`${c.base}/${sub.id}/payment-method`, { payment_method_id: mine });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().payment_method).toMatchObject({ id: mine, last4: '4242' });
  });

  it('refuses every action the default settings do not allow in each status, naming action and status', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency, { price_minor: 3100 });
    const card = await savedCard(t, staff, c.customerId);
    const bodies: Record<string, [string, Record<string, unknown>]> = {
      cancel_immediately: ['cancel', { timing: 'immediately', reason_code: 'other' }],
      cancel_at_period_end: ['cancel', { timing: 'at_period_end', reason_code: 'other' }],
      reactivate: ['reactivate', {}],
      convert_trial: ['convert', {}],
      extend_trial: ['extend-trial', { days: 1 }],
      change_quantity: ['change', { quantity: 3 }],
      pause: ['pause', { resume_on: '2026-12-20' }],
      resume: ['resume', {}],
      change_payment_method: ['payment-method', { payment_method_id: card }],
    };
    const allowed: Record<SubscriptionStatus, string[]> = {
      trial: ['cancel_immediately', 'cancel_at_period_end', 'convert_trial', 'extend_trial', 'change_payment_method'],
      live: ['cancel_immediately', 'cancel_at_period_end', 'change_quantity', 'change_payment_method'],
      non_renewing: ['reactivate', 'change_payment_method'],
      paused: ['resume', 'change_payment_method'],
      unpaid: ['change_payment_method'],
      cancelled: [],
      expired: [],
    };
    for (const status of Object.keys(allowed) as SubscriptionStatus[]) {
      const sub = await forceStatus(t, await subscribe(t, staff, c, plan), status);
      const detail = (await c.client.get(`${c.base}/${sub.id}`)).json();
      expect(detail.allowed_actions.filter((key: string) => key in bodies), status).toEqual(Object.keys(bodies).filter((key) => allowed[status].includes(key)));
      for (const [key, [path, body]] of Object.entries(bodies)) {
        if (allowed[status].includes(key)) continue;
        const response = await c.client.post(`${c.base}/${sub.id}/${path}`, body);
        expect(response.statusCode, `${key} in ${status}: ${response.body}`).toBe(403);
        expect(response.json().error.code).toBe('ACTION_NOT_ALLOWED');
        expect(response.json().error.message).toContain(status);
      }
    }
  });

  it('answers 404 for another customer’s subscription, and 403 to a contact who may not pay', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const stranger = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency);
    const sub = await subscribe(t, staff, c, plan);
    for (const response of [
      await stranger.client.get(`${stranger.base}/${sub.id}`),
      await stranger.client.post(`${stranger.base}/${sub.id}/cancel`, { timing: 'immediately', reason_code: 'other' }),
      await stranger.client.get(`${stranger.base}/${sub.id}/change-preview?quantity=2`),
      await stranger.client.post(`${stranger.base}/${sub.id}/change`, { quantity: 2 }),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
    expect((await stranger.client.get(stranger.base)).json().data).toEqual([]);

    await setPermissions(staff, c.contactId, ['view_documents']);
    expect((await c.client.get(`${c.base}/${sub.id}`)).json().allowed_actions).toEqual([]);
    const refused = await c.client.post(`${c.base}/${sub.id}/cancel`, { timing: 'immediately', reason_code: 'other' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
  });

  it('lets only one of two concurrent cancellations through', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency);
    const sub = await subscribe(t, staff, c, plan);
    // Over HTTP the second may read the subscription already cancelled (refused by the policy) or lose
    // the race on the version (409); on the same read, exactly one write passes.
    const answers = await Promise.all([
      c.client.post(`${c.base}/${sub.id}/cancel`, { timing: 'immediately', reason_code: 'other' }),
      c.client.post(`${c.base}/${sub.id}/cancel`, { timing: 'immediately', reason_code: 'other' }),
    ]);
    expect(answers.map((answer) => answer.statusCode).filter((code) => code === 200)).toHaveLength(1);
    expect(['STALE_VERSION', 'STATE_CONFLICT', 'ACTION_NOT_ALLOWED']).toContain(answers.find((answer) => answer.statusCode !== 200)?.json().error.code);

    const again = await subscribe(t, staff, c, plan);
    const outcomes = await Promise.allSettled([
      cancelSubscription(t.ctx, again, { timing: 'immediately' }, staffActor),
      cancelSubscription(t.ctx, again, { timing: 'at_period_end' }, staffActor),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const lost = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(lost?.status === 'rejected' && (lost.reason as AppError).code).toBe('STALE_VERSION');
    for (const id of [sub.id, again.id]) expect((await eventsOf(t, id)).filter((event) => event.kind.startsWith('cancel'))).toHaveLength(1);
  });

  it('tells staff in the app but not by email when the settings say so', async ({ t, staff }) => {
    await setSubscriptionSettings(staff, { notify_staff_by_email: false });
    const c = await subscribedContact(t, staff);
    const plan = await planFor(t, staff, c.currency);
    const sub = await subscribe(t, staff, c, plan);
    await t.deliverMail();
    const before = t.mail.sent.length;
    expect((await c.client.post(`${c.base}/${sub.id}/cancel`, { timing: 'at_period_end', reason_code: 'other' })).statusCode).toBe(200);
    expect(await notificationTypes(staff)).toContain('portal.subscription_cancelled');
    const mails = (await t.deliverMail()).slice(before);
    expect(mails.filter((mail) => mail.to === staff.user.email)).toEqual([]);
  });
});

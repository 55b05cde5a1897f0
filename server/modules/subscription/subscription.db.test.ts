import { expect } from 'vitest';
import { createBillingCustomer } from '../../test/billing-payment-builders.ts';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { createAddonFixture, createCouponFixture, createPlanFixture } from '../../test/subscription-fixtures.ts';
import { issueSubscriptionInvoice } from './subscription-invoicing.service.ts';
import { presentSubscription } from './subscription.presenter.ts';
import { subscriptionResponse } from './subscription.schemas.ts';
import { createSubscription, getCustomerSubscription, getSubscription, recordSubscriptionEvent, type SubscriptionActor } from './subscription.service.ts';

const staffActor = (id: string): SubscriptionActor => ({ type: 'staff', id, name: 'Owner Person' });

describeOnEachDialect('subscriptions: creation and invoices per billing key', { startAt: '2028-01-31T12:00:00.000Z' }, (it, dialect) => {
  it('creates a live subscription with its first invoice: plan, add-ons, setup fee, coupon; history and outbox event', async ({ t, staff }) => {
    const org = staff.organization.id;
    const customer = await createBillingCustomer(staff, { currency: 'USD' });
    const plan = await createPlanFixture(t.ctx.db, org, { name: 'Pro', price_minor: 1000, setup_fee_minor: 5000 });
    const seat = await createAddonFixture(t.ctx.db, org, { name: 'Seat', price_minor: 200 });
    const onboarding = await createAddonFixture(t.ctx.db, org, { name: 'Onboarding', kind: 'one_off', price_minor: 7000 });
    await createCouponFixture(t.ctx.db, org, { code: 'HALF', discount_value: 5000, duration: 'once', max_redemptions: 1 });
    const sub = await createSubscription(
      t.ctx,
      { organizationId: org, customerId: customer.id, planId: plan.id, quantity: 2, addons: [{ addon_id: seat.id, quantity: 5 }, { addon_id: onboarding.id, quantity: 1 }], couponCode: 'half', autoCollect: false, source: 'staff' },
      staffActor(staff.user.id),
    );
    expect(sub).toMatchObject({ status: 'live', number: 'SUB-000001', anchor_date: '2028-01-31', billed_through_index: 0, current_period_start: '2028-01-31', current_period_end: '2028-02-29', next_billing_date: '2028-02-29', coupon_periods_used: 1 });
    const presented = await presentSubscription(t.ctx.db, sub);
    expect(subscriptionResponse.parse(presented)).toEqual(presented);
    // The next period costs 2 × 1000 + 5 × 200 with the once-only coupon used up.
    expect(presented).toMatchObject({ amount_minor: 3000, plan: { id: plan.id, code: plan.code, name: 'Pro' }, coupon: { code: 'HALF', periods_used: 1 }, payment_method: null, auto_collect: false });
    expect(presented.invoices).toHaveLength(1);
    // 3000 halved, then the one-off add-on and the setup fee in full.
    expect(presented.invoices[0]).toMatchObject({ status: 'sent', total_minor: 1500 + 7000 + 5000, billing_key: 'period:0', period_start: '2028-01-31', period_end: '2028-02-29', issue_date: '2028-01-31' });
    expect(presented.addons.find((addon) => addon.addon_id === onboarding.id)?.billed_document_id).toBe(presented.invoices[0]!.id);

    const events = await t.ctx.db.selectFrom('subscription_events').select(['kind', 'actor_type', 'actor_id']).where('subscription_id', '=', sub.id).orderBy('created_at').orderBy('id').execute();
    expect(events).toEqual([
      { kind: 'created', actor_type: 'staff', actor_id: staff.user.id },
      { kind: 'invoiced', actor_type: 'staff', actor_id: staff.user.id },
    ]);
    const outbox = await t.ctx.db.selectFrom('outbox_events').select(['type', 'payload']).where('organization_id', '=', org).where('type', 'like', 'subscription.%').execute();
    expect(outbox.map((row) => row.type)).toEqual(['subscription.created']);
    expect(JSON.parse(outbox[0]!.payload)).toMatchObject({ type: 'subscription.created', data: { subscription: { id: sub.id, status: 'live' }, invoice: { billing_key: 'period:0', amount_minor: 13_500 } } });
    // The coupon's one redemption is taken.
    const again = createSubscription(t.ctx, { organizationId: org, customerId: customer.id, planId: plan.id, quantity: 1, addons: [], couponCode: 'HALF', source: 'staff' }, staffActor(staff.user.id));
    await expect(again).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'coupon_code' }] });
  });

  it('starts a trial without an invoice, periods counted from the trial end', async ({ t, staff }) => {
    const org = staff.organization.id;
    const customer = await createBillingCustomer(staff, { currency: 'USD' });
    const plan = await createPlanFixture(t.ctx.db, org, { trial_days: 14 });
    const sub = await createSubscription(t.ctx, { organizationId: org, customerId: customer.id, planId: plan.id, quantity: 1, addons: [], source: 'staff' }, staffActor(staff.user.id));
    expect(sub).toMatchObject({ status: 'trial', trial_start: '2028-01-31', trial_end: '2028-02-14', anchor_date: '2028-02-14', next_billing_date: '2028-02-14', billed_through_index: null });
    expect((await presentSubscription(t.ctx.db, sub)).invoices).toEqual([]);
    const noTrial = await createSubscription(t.ctx, { organizationId: org, customerId: customer.id, planId: plan.id, quantity: 1, addons: [], trial: false, source: 'staff' }, staffActor(staff.user.id));
    expect(noTrial).toMatchObject({ status: 'live', billed_through_index: 0 });
  });

  it('refuses a plan in another currency, an unknown add-on and a zero quantity', async ({ t, staff }) => {
    const org = staff.organization.id;
    const customer = await createBillingCustomer(staff, { currency: 'USD' });
    const euro = await createPlanFixture(t.ctx.db, org, { currency: 'EUR' });
    const plan = await createPlanFixture(t.ctx.db, org);
    const input = { organizationId: org, customerId: customer.id, planId: plan.id, quantity: 1, addons: [], source: 'staff' as const };
    await expect(createSubscription(t.ctx, { ...input, planId: euro.id }, staffActor(null as never))).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'plan_id' }] });
    await expect(createSubscription(t.ctx, { ...input, addons: [{ addon_id: 'nope', quantity: 1 }] }, staffActor(staff.user.id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createSubscription(t.ctx, { ...input, quantity: 0 }, staffActor(staff.user.id))).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'quantity' }] });
    expect(await t.ctx.db.selectFrom('subscriptions').select('id').where('organization_id', '=', org).execute()).toEqual([]);
  });

  it('finds a subscription within its organization and customer only', async ({ t, staff }) => {
    const org = staff.organization.id;
    const customer = await createBillingCustomer(staff, { currency: 'USD' });
    const other = await createBillingCustomer(staff, { currency: 'USD' });
    const plan = await createPlanFixture(t.ctx.db, org);
    const sub = await createSubscription(t.ctx, { organizationId: org, customerId: customer.id, planId: plan.id, quantity: 1, addons: [], source: 'staff' }, staffActor(staff.user.id));
    expect((await getCustomerSubscription(t.ctx.db, org, customer.id, sub.id)).id).toBe(sub.id);
    await expect(getCustomerSubscription(t.ctx.db, org, other.id, sub.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const elsewhere = await signUpStaff(t.app);
    await expect(getSubscription(t.ctx.db, elsewhere.organization.id, sub.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const eventId = await recordSubscriptionEvent(t.ctx.db, sub, 'note', { type: 'api', id: null, name: 'Integration' }, { text: 'hello' }, '2028-01-31T12:00:00.000Z');
    expect(await t.ctx.db.selectFrom('subscription_events').select('details').where('id', '=', eventId).executeTakeFirstOrThrow()).toEqual({ details: JSON.stringify({ text: 'hello', actor_name: 'Integration' }) });
  });

  it('invoices a billing key once: a second issue answers the first invoice', async ({ t, staff }) => {
    const org = staff.organization.id;
    const customer = await createBillingCustomer(staff, { currency: 'USD' });
    const plan = await createPlanFixture(t.ctx.db, org);
    const sub = await createSubscription(t.ctx, { organizationId: org, customerId: customer.id, planId: plan.id, quantity: 1, addons: [], source: 'staff' }, staffActor(staff.user.id));
    const lines = [{ item_id: null, name: 'Change', description: null, unit: null, quantity_milli: 1000, rate_minor: 500, discount_type: null, discount_value: 0, tax_id: null, tax_name: null, tax_rate_millipercent: 0 }];
    const issue = () => t.ctx.db.transaction().execute((trx) => issueSubscriptionInvoice(t.ctx, trx, sub, { billingKey: 'change:x', periodIndex: null, periodStart: null, periodEnd: null, lines }));
    const first = await issue();
    const second = await issue();
    expect(first.created).toBe(true);
    expect(second).toEqual({ documentId: first.documentId, created: false });
    const period0 = await t.ctx.db.transaction().execute((trx) => issueSubscriptionInvoice(t.ctx, trx, sub, { billingKey: 'period:0', periodIndex: 0, periodStart: null, periodEnd: null, lines }));
    expect(period0.created).toBe(false);
    expect(await t.ctx.db.selectFrom('documents').select('id').where('organization_id', '=', org).where('kind', '=', 'invoice').execute()).toHaveLength(2);
  });

  it('invoices a billing key once when two transactions issue it at the same time', async ({ t, staff }) => {
    const org = staff.organization.id;
    const customer = await createBillingCustomer(staff, { currency: 'USD', portal: true });
    const plan = await createPlanFixture(t.ctx.db, org);
    const sub = await createSubscription(t.ctx, { organizationId: org, customerId: customer.id, planId: plan.id, quantity: 1, addons: [], source: 'staff' }, staffActor(staff.user.id));
    const lines = [{ item_id: null, name: 'Change', description: null, unit: null, quantity_milli: 1000, rate_minor: 500, discount_type: null, discount_value: 0, tax_id: null, tax_name: null, tax_rate_millipercent: 0 }];
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const mailsBefore = await t.ctx.db.selectFrom('outbox_emails').select('id').where('organization_id', '=', org).execute();
    // The first holds its transaction open after issuing; the second starts meanwhile (on PostgreSQL it
    // reads no key yet, waits on the first's locks, and then finds the key taken).
    const [a, b] = await Promise.all([
      t.ctx.db.transaction().execute(async (trx) => {
        const issued = await issueSubscriptionInvoice(t.ctx, trx, sub, { billingKey: 'change:race', periodIndex: null, periodStart: null, periodEnd: null, lines });
        await sleep(300);
        return issued;
      }),
      sleep(50).then(() => t.ctx.db.transaction().execute((trx) => issueSubscriptionInvoice(t.ctx, trx, sub, { billingKey: 'change:race', periodIndex: null, periodStart: null, periodEnd: null, lines }))),
    ]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.documentId).toBe(b.documentId);
    const invoices = await t.ctx.db.selectFrom('documents').select(['id', 'number']).where('organization_id', '=', org).where('kind', '=', 'invoice').orderBy('number').execute();
    expect(invoices).toHaveLength(2);
    // No number is skipped: the loser's invoice, lines, number and mail were rolled back.
    expect(invoices.map((row) => row.number)).toEqual(['INV-000001', 'INV-000002']);
    const mailsAfter = await t.ctx.db.selectFrom('outbox_emails').select('id').where('organization_id', '=', org).execute();
    expect(mailsAfter.length - mailsBefore.length).toBe(1);
    void dialect;
  });
});

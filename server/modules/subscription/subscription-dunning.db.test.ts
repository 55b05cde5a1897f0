import { expect } from 'vitest';
import type { Db } from '../../db/database.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { makeSavedCardBehaveAs, saveTestCard, subscribeTestCustomer, subscriptionInvoices, subscriptionRow } from '../../test/subscription-builders.ts';
import { createBillingCustomer } from '../../test/billing-payment-builders.ts';
import { signInAgain } from '../../test/builders.ts';
import { createPlanFixture } from '../../test/subscription-fixtures.ts';
import { runSubscriptionDunning } from './subscription-dunning.service.ts';
import { runSubscriptionRenewals } from './subscription-renewal.service.ts';
import { createSubscription, createSubscriptionRecord } from './subscription.service.ts';

const chargesOf = (db: Db, subscriptionId: string) =>
  db.selectFrom('subscription_charges').select(['attempt_number', 'status', 'failure_code', 'due_at']).where('subscription_id', '=', subscriptionId).orderBy('attempt_number').execute();
const kindsOf = async (db: Db, subscriptionId: string) =>
  (await db.selectFrom('subscription_events').select('kind').where('subscription_id', '=', subscriptionId).orderBy('created_at').orderBy('id').execute()).map((row) => row.kind);

describeOnEachDialect('subscription charges and dunning', { startAt: '2028-01-31T12:00:00.000Z' }, (it) => {
  it('charges the first invoice with the saved card when auto-collect is on', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff, { currency: 'USD' });
    const methodId = await saveTestCard(t, staff, customer.id);
    const plan = await createPlanFixture(t.ctx.db, staff.organization.id, { price_minor: 2500 });
    const sub = await createSubscription(t.ctx, { organizationId: staff.organization.id, customerId: customer.id, planId: plan.id, quantity: 2, addons: [], paymentMethodId: methodId, source: 'staff' }, { type: 'staff', id: staff.user.id, name: 'Owner' });
    expect(await chargesOf(t.ctx.db, sub.id)).toMatchObject([{ attempt_number: 0, status: 'succeeded', failure_code: null }]);
    expect(await subscriptionInvoices(t.ctx.db, sub.id)).toMatchObject([{ total_minor: 5000, balance_minor: 0, status: 'paid' }]);
    const payments = await t.ctx.db.selectFrom('payment_attempts').select(['status', 'source']).where('customer_id', '=', customer.id).execute();
    expect(payments).toEqual([{ status: 'succeeded', source: 'api' }]);
    await t.ctx.db.updateTable('subscriptions').set({ status: 'cancelled', next_billing_date: null }).where('id', '=', sub.id).execute();
  });

  it('makes the first charge in the dunning task when the process died before charging it', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff, { currency: 'USD' });
    const methodId = await saveTestCard(t, staff, customer.id);
    const plan = await createPlanFixture(t.ctx.db, staff.organization.id, { price_minor: 1000 });
    // The transaction alone, as if the process stopped right after its commit.
    const { subscription } = await createSubscriptionRecord(t.ctx, { organizationId: staff.organization.id, customerId: customer.id, planId: plan.id, quantity: 1, addons: [], paymentMethodId: methodId, source: 'staff' }, { type: 'system', id: null, name: 'test' });
    expect(await chargesOf(t.ctx.db, subscription.id)).toMatchObject([{ attempt_number: 0, status: 'scheduled' }]);
    await runSubscriptionDunning(t.ctx);
    await runSubscriptionDunning(t.ctx);
    expect(await chargesOf(t.ctx.db, subscription.id)).toMatchObject([{ attempt_number: 0, status: 'succeeded' }]);
    expect(await subscriptionInvoices(t.ctx.db, subscription.id)).toMatchObject([{ balance_minor: 0, status: 'paid' }]);
    await t.ctx.db.updateTable('subscriptions').set({ status: 'cancelled', next_billing_date: null }).where('id', '=', subscription.id).execute();
  });

  it('retries a declined renewal on the schedule, recording each attempt, and recovers with a new card', async ({ t, staff, clock }) => {
    const customer = await createBillingCustomer(staff, { currency: 'USD' });
    const methodId = await saveTestCard(t, staff, customer.id);
    const { sub } = await subscribeTestCustomer(t, staff, { plan: { price_minor: 1000 }, input: { customerId: customer.id, paymentMethodId: methodId, autoCollect: true } });
    expect(await chargesOf(t.ctx.db, sub.id)).toMatchObject([{ attempt_number: 0, status: 'succeeded' }]);
    await makeSavedCardBehaveAs(t.ctx.db, methodId, '4000000000009995');

    clock.set('2028-02-29T08:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    const renewal = (await subscriptionInvoices(t.ctx.db, sub.id))[1]!;
    const ofRenewal = async () => (await chargesOf(t.ctx.db, sub.id)).slice(1);
    expect(await ofRenewal()).toMatchObject([
      { attempt_number: 0, status: 'failed', failure_code: 'insufficient_funds' },
      { attempt_number: 1, status: 'scheduled', due_at: '2028-03-01T08:00:00.000Z' },
    ]);
    expect((await subscriptionRow(t.ctx.db, sub.id)).status).toBe('live');

    clock.set('2028-02-29T20:00:00.000Z');
    await runSubscriptionDunning(t.ctx);
    expect(await ofRenewal()).toHaveLength(2);

    clock.set('2028-03-01T08:00:01.000Z');
    await runSubscriptionDunning(t.ctx);
    await runSubscriptionDunning(t.ctx);
    expect(await ofRenewal()).toMatchObject([
      { attempt_number: 0, status: 'failed' },
      { attempt_number: 1, status: 'failed', failure_code: 'insufficient_funds' },
      // Three days after the first failure, not after the retry.
      { attempt_number: 2, status: 'scheduled', due_at: '2028-03-03T08:00:00.000Z' },
    ]);

    // The customer saves a card that works and the subscription uses it.
    const newCard = await saveTestCard(t, staff, customer.id, '5555555555554444');
    await t.ctx.db.updateTable('subscriptions').set({ payment_method_id: newCard }).where('id', '=', sub.id).execute();
    clock.set('2028-03-03T09:00:00.000Z');
    await runSubscriptionDunning(t.ctx);
    expect(await ofRenewal()).toMatchObject([{ status: 'failed' }, { status: 'failed' }, { attempt_number: 2, status: 'succeeded' }]);
    expect(await t.ctx.db.selectFrom('documents').select(['balance_minor', 'status']).where('id', '=', renewal.id).executeTakeFirstOrThrow()).toEqual({ balance_minor: 0, status: 'paid' });
    expect(await kindsOf(t.ctx.db, sub.id)).toEqual(['created', 'invoiced', 'payment_succeeded', 'renewed', 'payment_failed', 'payment_failed', 'payment_succeeded', 'recovered']);
    expect((await subscriptionRow(t.ctx.db, sub.id)).status).toBe('live');
    const failedMails = await t.ctx.db.selectFrom('outbox_emails').select('kind').where('organization_id', '=', staff.organization.id).where('kind', '=', 'payment_failed').execute();
    expect(failedMails).toHaveLength(2);
    const outbox = await t.ctx.db.selectFrom('outbox_events').select('type').where('organization_id', '=', staff.organization.id).where('type', '=', 'subscription.invoice_failed').execute();
    expect(outbox).toHaveLength(2);
    await t.ctx.db.updateTable('subscriptions').set({ status: 'cancelled', next_billing_date: null }).where('id', '=', sub.id).execute();
  });

  it('cancels the subscription after the last retry fails', async ({ t, staff, clock }) => {
    const customer = await createBillingCustomer(staff, { currency: 'USD' });
    const methodId = await saveTestCard(t, staff, customer.id);
    await makeSavedCardBehaveAs(t.ctx.db, methodId, '4000000000000002');
    const { sub } = await subscribeTestCustomer(t, staff, { plan: { price_minor: 1000 }, input: { customerId: customer.id, paymentMethodId: methodId, autoCollect: true } });
    for (const at of ['2028-02-01T12:00:01.000Z', '2028-02-03T12:00:01.000Z', '2028-02-05T12:00:01.000Z']) {
      clock.set(at);
      await runSubscriptionDunning(t.ctx);
    }
    expect((await chargesOf(t.ctx.db, sub.id)).map((row) => [row.attempt_number, row.status])).toEqual([
      [0, 'failed'],
      [1, 'failed'],
      [2, 'failed'],
      [3, 'failed'],
    ]);
    expect(await subscriptionRow(t.ctx.db, sub.id)).toMatchObject({ status: 'cancelled', cancel_reason_code: 'payment_failed', ends_on: '2028-02-05', next_billing_date: null });
    expect((await kindsOf(t.ctx.db, sub.id)).slice(-2)).toEqual(['payment_failed', 'cancelled']);
    clock.set('2028-03-15T12:00:00.000Z');
    await runSubscriptionRenewals(t.ctx);
    await runSubscriptionDunning(t.ctx);
    expect(await subscriptionInvoices(t.ctx.db, sub.id)).toHaveLength(1);
    expect(await chargesOf(t.ctx.db, sub.id)).toHaveLength(4);
  });

  it('marks the subscription unpaid when the settings say so, and live again once its invoices are paid', async ({ t, staff, clock }) => {
    await t.ctx.db.insertInto('subscription_settings').values({ organization_id: staff.organization.id, settings: JSON.stringify({ dunning: { retry_days: [1], after_final_failure: 'mark_unpaid' } }), updated_at: '2028-01-31T12:00:00.000Z' }).execute();
    const customer = await createBillingCustomer(staff, { currency: 'USD' });
    const { sub } = await subscribeTestCustomer(t, staff, { plan: { price_minor: 1000 }, input: { customerId: customer.id, autoCollect: true } });
    // No saved method: the charge fails at once and dunning runs as for a decline.
    expect(await chargesOf(t.ctx.db, sub.id)).toMatchObject([{ attempt_number: 0, status: 'failed', failure_code: 'no_payment_method' }, { attempt_number: 1, status: 'scheduled' }]);
    clock.set('2028-02-01T12:00:01.000Z');
    await runSubscriptionDunning(t.ctx);
    expect((await subscriptionRow(t.ctx.db, sub.id)).status).toBe('unpaid');
    const [invoice] = await subscriptionInvoices(t.ctx.db, sub.id);
    await signInAgain(staff);
    const paid = await staff.client.post('/api/v1/payments', { customer_id: customer.id, amount_minor: 1000, currency: 'USD', method: 'bank_transfer', allocations: [{ document_id: invoice!.id, amount_minor: 1000 }] });
    expect(paid.statusCode).toBe(201);
    await runSubscriptionRenewals(t.ctx);
    expect((await subscriptionRow(t.ctx.db, sub.id)).status).toBe('live');
    expect((await kindsOf(t.ctx.db, sub.id)).slice(-2)).toEqual(['marked_unpaid', 'recovered']);
    await t.ctx.db.updateTable('subscriptions').set({ status: 'cancelled', next_billing_date: null }).where('id', '=', sub.id).execute();
  });
});

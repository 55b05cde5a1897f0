import type { Db } from '../db/database.ts';
import type { PlansTable, SubscriptionsTable } from '../db/subscription-tables.ts';
import { saveMethod } from '../modules/online-payment/online-payment.service.ts';
import { createSubscription, type CreateSubscriptionInput } from '../modules/subscription/subscription.service.ts';
import { testCardOutcome } from '../payments/test-gateway-cards.ts';
import { createBillingCustomer } from './billing-payment-builders.ts';
import type { SignedUpStaff } from './builders.ts';
import { uniqueIp } from './fixture.ts';
import { createPlanFixture, type PlanFixtureOverrides } from './subscription-fixtures.ts';
import type { TestApp } from './test-app.ts';
import { card, tokenOf } from './test-gateway-builders.ts';

/** A customer in USD subscribed by staff to a new plan (1 000 a month unless `plan` says otherwise). */
export async function subscribeTestCustomer(
  t: TestApp,
  staff: SignedUpStaff,
  options: { plan?: PlanFixtureOverrides; input?: Partial<CreateSubscriptionInput>; portal?: boolean } = {},
): Promise<{ sub: SubscriptionsTable; plan: PlansTable; customerId: string }> {
  const customer = await createBillingCustomer(staff, { currency: 'USD', portal: options.portal ?? false });
  const plan = await createPlanFixture(t.ctx.db, staff.organization.id, options.plan);
  const sub = await createSubscription(
    t.ctx,
    { organizationId: staff.organization.id, customerId: customer.id, planId: plan.id, quantity: 1, addons: [], autoCollect: false, source: 'staff', ...options.input },
    { type: 'staff', id: staff.user.id, name: 'Owner Person' },
  );
  return { sub, plan, customerId: customer.id };
}

/** A card saved for the customer on the test gateway (through the online payments' own flow); answers its payment method id. */
export async function saveTestCard(t: TestApp, staff: SignedUpStaff, customerId: string, number = '4242424242424242'): Promise<string> {
  const token = await tokenOf(t, card(number), uniqueIp());
  const saved = await saveMethod(
    t.ctx,
    {
      organizationId: staff.organization.id,
      organizationName: staff.organization.name,
      portalSlug: staff.organization.slug,
      customerId,
      contactPersonId: null,
      permissions: ['pay'],
      blockWhilePending: false,
      source: 'api',
    },
    { token, make_default: true },
  );
  return saved.id;
}

/** From now on the issuer answers charges of this saved card as it answers the test card `number` (e.g. a decline). */
export async function makeSavedCardBehaveAs(db: Db, paymentMethodId: string, number: string): Promise<void> {
  const method = await db.selectFrom('payment_methods').select('gateway_method_id').where('id', '=', paymentMethodId).executeTakeFirstOrThrow();
  await db.updateTable('test_gateway_methods').set({ outcome: JSON.stringify(testCardOutcome(number)) }).where('id', '=', method.gateway_method_id).execute();
}

/** The subscription's invoices, oldest first, with the period each bills. */
export async function subscriptionInvoices(db: Db, subscriptionId: string) {
  return db
    .selectFrom('subscription_invoices')
    .innerJoin('documents', 'documents.id', 'subscription_invoices.document_id')
    .select(['subscription_invoices.billing_key', 'subscription_invoices.period_start', 'subscription_invoices.period_end', 'documents.total_minor', 'documents.balance_minor', 'documents.status', 'documents.id'])
    .where('subscription_invoices.subscription_id', '=', subscriptionId)
    .orderBy('subscription_invoices.period_index')
    .orderBy('subscription_invoices.created_at')
    .execute();
}

export async function subscriptionRow(db: Db, id: string): Promise<SubscriptionsTable> {
  return db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

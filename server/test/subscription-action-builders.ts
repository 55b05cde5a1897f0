/** Test builders of the subscription-action tests: a portal contact's customer with a subscription on a plan. */
import { randomBytes } from 'node:crypto';
import type { SubscriptionStatus, SubscriptionsTable, PlansTable } from '../db/subscription-tables.ts';
import { newId } from '../lib/ids.ts';
import { signInAgain, type SignedUpStaff } from './builders.ts';
import { CONTACT_PASSWORD } from './portal-builders.ts';
import { portalCustomer, type PortalCustomer } from './portal-document-builders.ts';
import { createPlanFixture, type PlanFixtureOverrides } from './subscription-fixtures.ts';
import type { TestApp } from './test-app.ts';
import { createSubscription, getSubscription, type SubscriptionActor } from '../modules/subscription/subscription.service.ts';

export const staffActor: SubscriptionActor = { type: 'staff', id: null, name: 'Olivia Owner' };

export interface SubscribedContact extends PortalCustomer {
  currency: string;
  /** `${api}/subscriptions` */
  base: string;
}

/** A signed-in contact (every permission) of a new customer, and the customer's currency. */
export async function subscribedContact(t: TestApp, staff: SignedUpStaff): Promise<SubscribedContact> {
  const contact = await portalCustomer(t, staff);
  const customer = await t.ctx.db.selectFrom('customers').select('currency').where('id', '=', contact.customerId).executeTakeFirstOrThrow();
  return { ...contact, currency: customer.currency, base: `${contact.api}/subscriptions` };
}

export async function planFor(t: TestApp, staff: SignedUpStaff, currency: string, overrides: PlanFixtureOverrides = {}): Promise<PlansTable> {
  return createPlanFixture(t.ctx.db, staff.organization.id, { currency, ...overrides });
}

/** A subscription of the contact's customer made by staff today (the clock's), not charged automatically. */
export async function subscribe(
  t: TestApp,
  staff: SignedUpStaff,
  contact: { customerId: string },
  plan: PlansTable,
  options: { quantity?: number; trial?: boolean; addons?: { addon_id: string; quantity: number }[]; paymentMethodId?: string } = {},
): Promise<SubscriptionsTable> {
  return createSubscription(
    t.ctx,
    {
      organizationId: staff.organization.id,
      customerId: contact.customerId,
      planId: plan.id,
      quantity: options.quantity ?? 1,
      addons: options.addons ?? [],
      trial: options.trial ?? plan.trial_days > 0,
      paymentMethodId: options.paymentMethodId ?? null,
      autoCollect: false,
      source: 'staff',
    },
    staffActor,
  );
}

/** A saved card of the customer (the test gateway's), answered by id. */
export async function savedCard(t: TestApp, staff: SignedUpStaff, customerId: string, options: { isDefault?: boolean } = {}): Promise<string> {
  const id = newId();
  const now = new Date().toISOString();
  await t.ctx.db
    .insertInto('payment_methods')
    .values({
      id,
      organization_id: staff.organization.id,
      customer_id: customerId,
      gateway: 'test',
      gateway_method_id: `pm_${randomBytes(6).toString('hex')}`,
      type: 'card',
      brand: 'visa',
      last4: '4242',
      exp_month: 12,
      exp_year: 2035,
      holder_name: null,
      billing_address: null,
      is_default: options.isDefault ? 1 : 0,
      created_by_contact_id: null,
      created_at: now,
      updated_at: now,
      removed_at: null,
    })
    .execute();
  return id;
}

/** Puts a subscription in a status directly (for the refusal table), its dates as that status has them. */
export async function forceStatus(t: TestApp, sub: SubscriptionsTable, status: SubscriptionStatus): Promise<SubscriptionsTable> {
  const dates: Partial<SubscriptionsTable> =
    status === 'non_renewing' ? { ends_on: sub.current_period_end, cancel_at_period_end: 1 } : status === 'paused' ? { paused_on: sub.current_period_start } : status === 'cancelled' ? { ends_on: sub.current_period_start } : {};
  await t.ctx.db.updateTable('subscriptions').set({ status, ...dates }).where('id', '=', sub.id).execute();
  return getSubscription(t.ctx.db, sub.organization_id, sub.id);
}

/** The documents of a subscription's customer of a kind, oldest first, with their lines. */
export async function documentsOf(t: TestApp, customerId: string, kind: 'invoice' | 'credit_note') {
  const documents = await t.ctx.db.selectFrom('documents').selectAll().where('customer_id', '=', customerId).where('kind', '=', kind).orderBy('created_at').orderBy('number').execute();
  return Promise.all(
    documents.map(async (document) => ({
      ...document,
      total_minor: Number(document.total_minor),
      lines: (await t.ctx.db.selectFrom('document_lines').selectAll().where('document_id', '=', document.id).orderBy('position').execute()).map((line) => ({
        name: line.name,
        description: line.description,
        rate_minor: Number(line.rate_minor),
        discount_minor: Number(line.discount_minor),
        total_minor: Number(line.total_minor),
      })),
    })),
  );
}

export async function eventsOf(t: TestApp, subscriptionId: string): Promise<{ kind: string; actor_type: string; details: Record<string, unknown> }[]> {
  const rows = await t.ctx.db.selectFrom('subscription_events').selectAll().where('subscription_id', '=', subscriptionId).orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => ({ kind: row.kind, actor_type: row.actor_type, details: JSON.parse(row.details) as Record<string, unknown> }));
}

export async function outboxTypes(t: TestApp, organizationId: string): Promise<string[]> {
  const rows = await t.ctx.db.selectFrom('outbox_events').select(['type']).where('organization_id', '=', organizationId).orderBy('created_at').execute();
  return rows.map((row) => row.type);
}

/** Sets the subscription settings through the staff API. */
export async function setSubscriptionSettings(staff: SignedUpStaff, change: Record<string, unknown>): Promise<void> {
  const response = await staff.client.put('/api/v1/subscription-settings', change);
  if (response.statusCode !== 200) throw new Error(`changing the subscription settings failed: ${response.body}`);
}

/** Moves the clock to `at` and signs staff and the contacts in again (their sessions would have lapsed). */
export async function travel(t: TestApp, at: string, staff: SignedUpStaff, ...contacts: SubscribedContact[]): Promise<void> {
  t.clock.set(at);
  await signInAgain(staff);
  for (const contact of contacts) {
    const response = await contact.client.post(`${contact.api}/session`, { email: contact.email, password: CONTACT_PASSWORD });
    if (response.statusCode !== 200) throw new Error(`contact sign-in failed: ${response.body}`);
  }
}

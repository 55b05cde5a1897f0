import type { AppContext } from '../context.ts';
import { isoNow } from '../lib/clock.ts';
import { addDays } from '../modules/document/document.ts';
import { saveMethod, type Payer } from '../modules/online-payment/online-payment.service.ts';
import { organizationToday } from '../modules/organization/organization-today.ts';
import { createAddon } from '../modules/plan/addon.service.ts';
import { createCoupon } from '../modules/plan/coupon.service.ts';
import { createPlan, updatePlan } from '../modules/plan/plan.service.ts';
import { createProduct } from '../modules/plan/product.service.ts';
import { createSubscription, type SubscriptionActor } from '../modules/subscription/subscription.service.ts';
import { createToken } from '../payments/test-gateway/test-gateway-tokens.ts';

interface Actor {
  organizationId: string;
  staffUserId: string | null;
}

export interface DemoSubscriptionCustomers {
  /** Globex Corporation (USD), Ada's first account. */
  usd: string;
  usdContactId: string;
  /** Globex Europe (EUR), Ada's second account. */
  eur: string;
  eurContactId: string;
  /** Initech (USD). */
  other: string;
  /** The organization's sales tax. */
  taxId: string;
}

function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) - months;
  const target = new Date(Date.UTC(Math.floor(total / 12), total % 12, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return `${target.getUTCFullYear()}-${String(target.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/**
 * The subscription side of the demo (docs/subscriptions.md): a managed-print product with monthly and
 * yearly plans (one with a trial, both with hosted pages), add-ons, a coupon, saved test cards, and
 * subscriptions in every status. Past periods are invoiced by the renewal job when the worker starts.
 */
export async function seedDemoSubscriptions(ctx: AppContext, actor: Actor, customers: DemoSubscriptionCustomers, organization: { name: string; slug: string }): Promise<void> {
  const organizationId = actor.organizationId;
  const today = await organizationToday(ctx, organizationId);
  const staffActor: SubscriptionActor = { type: 'staff', id: actor.staffUserId, name: 'Nora Northwind' };

  const product = await createProduct(ctx, organizationId, { name: 'Managed print service', description: 'Printers on site, serviced and stocked with toner.' });
  const basic = await createPlan(ctx, organizationId, {
    product_id: product.id,
    code: 'print-basic',
    name: 'Print Basic',
    description: 'One printer, toner included, next-day service.',
    currency: 'USD',
    price_minor: 4_900,
    interval: 'month',
    trial_days: 14,
    setup_fee_minor: 0,
    tax_id: customers.taxId,
    hosted_page_enabled: true,
  });
  const pro = await createPlan(ctx, organizationId, {
    product_id: product.id,
    code: 'print-pro',
    name: 'Print Pro',
    description: 'Up to five printers, toner and paper included, same-day service.',
    currency: 'USD',
    price_minor: 9_900,
    interval: 'month',
    setup_fee_minor: 5_000,
    tax_id: customers.taxId,
    hosted_page_enabled: true,
    portal_change_to: [basic.id],
  });
  await updatePlan(ctx, organizationId, basic.id, { portal_change_to: [pro.id] });
  const yearly = await createPlan(ctx, organizationId, {
    product_id: product.id,
    code: 'print-pro-yearly',
    name: 'Print Pro, yearly',
    description: 'Print Pro paid a year ahead: two months free.',
    currency: 'USD',
    price_minor: 99_000,
    interval: 'year',
    tax_id: customers.taxId,
    portal_change_to: [pro.id],
  });
  const quarterly = await createPlan(ctx, organizationId, {
    product_id: product.id,
    code: 'print-basic-eur',
    name: 'Print Basic (EUR), quarterly',
    currency: 'EUR',
    price_minor: 13_500,
    interval: 'month',
    interval_count: 3,
  });
  const shortTerm = await createPlan(ctx, organizationId, {
    product_id: product.id,
    code: 'event-printing',
    name: 'Event printing, three months',
    description: 'A printer for a project, billed monthly for three months.',
    currency: 'USD',
    price_minor: 7_500,
    interval: 'month',
    billing_cycles: 3,
  });
  const extraPrinter = await createAddon(ctx, organizationId, { code: 'extra-printer', name: 'Extra printer', currency: 'USD', price_minor: 1_500, kind: 'recurring', tax_id: customers.taxId });
  await createAddon(ctx, organizationId, { code: 'installation', name: 'On-site installation', currency: 'USD', price_minor: 12_000, kind: 'one_off' });
  await createCoupon(ctx, organizationId, { code: 'WELCOME25', name: 'Welcome: 25 % off for three months', discount_type: 'percent', percent_basis_points: 2_500, duration: 'periods', duration_periods: 3, max_redemptions: 100 });
  await createCoupon(ctx, organizationId, { code: 'EUR10', name: '€10 off the first quarter', discount_type: 'amount', amount_off_minor: 1_000, currency: 'EUR', duration: 'once' });

  // Saved test cards, so that renewals are charged automatically (docs/payments.md, the test gateway).
  const cardOf = async (customerId: string, contactPersonId: string): Promise<string> => {
    const token = await createToken(ctx, { card: { number: '4242424242424242', exp_month: 12, exp_year: Number(today.slice(0, 4)) + 3, cvc: '123' } }, 'seed');
    const payer: Payer = {
      organizationId,
      organizationName: organization.name,
      portalSlug: organization.slug,
      customerId,
      contactPersonId,
      permissions: ['pay'],
      blockWhilePending: false,
      source: 'api',
    };
    return (await saveMethod(ctx, payer, { token: token.id, make_default: true })).id;
  };
  const usdCard = await cardOf(customers.usd, customers.usdContactId);
  const eurCard = await cardOf(customers.eur, customers.eurContactId);

  const create = (input: Omit<Parameters<typeof createSubscription>[1], 'organizationId' | 'source'>) => createSubscription(ctx, { organizationId, source: 'staff', ...input }, staffActor);

  // Live, two months in, with an add-on; the renewal job catches up the periods since.
  await create({ customerId: customers.usd, planId: pro.id, quantity: 1, addons: [{ addon_id: extraPrinter.id, quantity: 2 }], startDate: monthsBefore(today, 2), paymentMethodId: usdCard, trial: false });
  // In its trial: converts to live, or is extended, in the portal.
  await create({ customerId: customers.usd, planId: basic.id, quantity: 1, addons: [], paymentMethodId: usdCard });
  // Yearly, cancelled at the end of its term (non-renewing) with a reason.
  const nonRenewing = await create({ customerId: customers.usd, planId: yearly.id, quantity: 1, addons: [], startDate: monthsBefore(today, 5), paymentMethodId: usdCard, trial: false });
  // Live in euros, quarterly, with a coupon.
  await create({ customerId: customers.eur, planId: quarterly.id, quantity: 1, addons: [], couponCode: 'EUR10', paymentMethodId: eurCard });
  // Initech: paused, cancelled, expired and unpaid ones (no card saved: invoices are emailed).
  const paused = await create({ customerId: customers.other, planId: basic.id, quantity: 1, addons: [], startDate: monthsBefore(today, 1), trial: false, autoCollect: false });
  const cancelled = await create({ customerId: customers.other, planId: pro.id, quantity: 1, addons: [], startDate: monthsBefore(today, 3), trial: false, autoCollect: false });
  const expired = await create({ customerId: customers.other, planId: shortTerm.id, quantity: 1, addons: [], startDate: monthsBefore(today, 4), trial: false, autoCollect: false });
  const unpaid = await create({ customerId: customers.other, planId: basic.id, quantity: 2, addons: [], couponCode: 'WELCOME25', startDate: monthsBefore(today, 1), trial: false, autoCollect: false });

  // The states that time and people bring about, set as they would stand now.
  const now = isoNow(ctx.clock);
  const event = (subscriptionId: string, kind: string, details: Record<string, unknown>) =>
    ctx.db
      .insertInto('subscription_events')
      .values({ id: `${subscriptionId}-${kind}`, organization_id: organizationId, subscription_id: subscriptionId, kind, actor_type: kind === 'expired' || kind === 'marked_unpaid' ? 'system' : 'contact', actor_id: null, details: JSON.stringify(details), created_at: now })
      .execute();
  await ctx.db
    .updateTable('subscriptions')
    .set({ status: 'non_renewing', cancel_at_period_end: 1, ends_on: addDays(monthsBefore(today, 5), 365), cancel_reason_code: 'too_expensive', cancel_reason_text: 'Moving to the monthly plan next year.', updated_at: now, version: nonRenewing.version + 1 })
    .where('id', '=', nonRenewing.id)
    .execute();
  await event(nonRenewing.id, 'cancel_scheduled', { reason_code: 'too_expensive' });
  await ctx.db.updateTable('subscriptions').set({ status: 'paused', paused_on: addDays(today, -3), updated_at: now, version: paused.version + 1 }).where('id', '=', paused.id).execute();
  await event(paused.id, 'paused', { paused_on: addDays(today, -3) });
  await ctx.db
    .updateTable('subscriptions')
    .set({ status: 'cancelled', ends_on: addDays(today, -10), cancelled_at: now, cancel_reason_code: 'switching', cancel_reason_text: null, next_billing_date: null, updated_at: now, version: cancelled.version + 1 })
    .where('id', '=', cancelled.id)
    .execute();
  await event(cancelled.id, 'cancelled', { reason_code: 'switching', timing: 'immediately' });
  await ctx.db.updateTable('subscriptions').set({ status: 'expired', ends_on: addDays(today, -30), next_billing_date: null, updated_at: now, version: expired.version + 1 }).where('id', '=', expired.id).execute();
  await event(expired.id, 'expired', { billing_cycles: 3 });
  await ctx.db.updateTable('subscriptions').set({ status: 'unpaid', updated_at: now, version: unpaid.version + 1 }).where('id', '=', unpaid.id).execute();
  await event(unpaid.id, 'marked_unpaid', { after_attempts: 3 });
}

/**
 * How the subscription module reads the catalogue (plans, add-ons, coupons) and the taxes of its
 * invoices: one place, so that the billing code does not care where they come from.
 */
import type { Db } from '../../db/database.ts';
import type { AddonsTable, CouponsTable, PlansTable, SubscriptionsTable } from '../../db/subscription-tables.ts';
import { notFound } from '../../lib/app-error.ts';
import type { BilledAddon, TaxRates } from './subscription.ts';
import * as repo from './subscription.repository.ts';

export async function planOf(db: Db, organizationId: string, planId: string): Promise<PlansTable> {
  const plan = await repo.findPlanOf(db, organizationId, planId);
  if (!plan) throw notFound('Plan');
  return plan;
}

export async function addonsOf(db: Db, organizationId: string, ids: string[]): Promise<AddonsTable[]> {
  return repo.findAddonsOf(db, organizationId, ids);
}

export async function couponOf(db: Db, couponId: string): Promise<CouponsTable | undefined> {
  return repo.findCouponOf(db, couponId);
}

export async function taxRatesOf(db: Db, organizationId: string, taxIds: (string | null)[]): Promise<TaxRates> {
  const ids = [...new Set(taxIds.filter((id): id is string => id !== null))];
  return new Map((await repo.findTaxes(db, organizationId, ids)).map((tax) => [tax.id, tax]));
}

/** Everything the invoice of a period is made of. */
export interface BillingFacts {
  plan: PlansTable;
  addons: (BilledAddon & { subscriptionAddonId: string })[];
  coupon: CouponsTable | null;
  taxes: TaxRates;
}

export async function billingFactsOf(db: Db, sub: SubscriptionsTable): Promise<BillingFacts> {
  const [plan, rows, coupon] = await Promise.all([planOf(db, sub.organization_id, sub.plan_id), repo.findSubscriptionAddons(db, sub.id), sub.coupon_id ? couponOf(db, sub.coupon_id) : undefined]);
  const addons = rows.map((row) => ({
    subscriptionAddonId: row.id,
    addon: { id: row.addon_id, name: row.name, kind: row.kind, tax_id: row.tax_id },
    subscriptionAddon: { quantity: row.quantity, unit_price_minor: Number(row.unit_price_minor), billed_document_id: row.billed_document_id },
  }));
  const taxes = await taxRatesOf(db, sub.organization_id, [plan.tax_id, ...addons.map((entry) => entry.addon.tax_id)]);
  return { plan, addons, coupon: coupon ?? null, taxes };
}

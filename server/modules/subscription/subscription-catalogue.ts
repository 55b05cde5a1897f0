/**
 * How the subscription module reads the catalogue (plans, add-ons, coupons: modules/plan) and the taxes
 * of its invoices: one place, so that the billing code does not care where they come from.
 */
import type { Db } from '../../db/database.ts';
import type { CouponsTable, PlansTable, SubscriptionsTable } from '../../db/subscription-tables.ts';
import { getPlan } from '../plan/plan.service.ts';
import type { BilledAddon, TaxRates } from './subscription.ts';
import * as repo from './subscription.repository.ts';

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
  const [plan, rows, coupon] = await Promise.all([getPlan(db, sub.organization_id, sub.plan_id), repo.findSubscriptionAddons(db, sub.id), sub.coupon_id ? repo.findCouponOf(db, sub.coupon_id) : undefined]);
  const addons = rows.map((row) => ({
    subscriptionAddonId: row.id,
    addon: { id: row.addon_id, name: row.name, kind: row.kind, tax_id: row.tax_id },
    subscriptionAddon: { quantity: row.quantity, unit_price_minor: Number(row.unit_price_minor), billed_document_id: row.billed_document_id },
  }));
  const taxes = await taxRatesOf(db, sub.organization_id, [plan.tax_id, ...addons.map((entry) => entry.addon.tax_id)]);
  return { plan, addons, coupon: coupon ?? null, taxes };
}

import type { BillingInterval } from '../../contract/subscription-billing.ts';

/**
 * Row types of the subscription tables (migration 2026-12-05T0900, docs/subscriptions.md). Money in minor
 * units, flags 0 / 1, dates YYYY-MM-DD (end dates exclusive), timestamps ISO 8601 UTC, JSON as text.
 */
type Timestamp = string;
/** YYYY-MM-DD */
type DateOnly = string;

export type SubscriptionStatus = 'trial' | 'live' | 'non_renewing' | 'paused' | 'unpaid' | 'cancelled' | 'expired';
export const subscriptionStatuses: readonly SubscriptionStatus[] = ['trial', 'live', 'non_renewing', 'paused', 'unpaid', 'cancelled', 'expired'];
export type SubscriptionSource = 'staff' | 'hosted_page' | 'estimate';
export type AddonKind = 'recurring' | 'one_off';
export type CouponDiscountType = 'percent' | 'amount';
export type CouponDurationKind = 'once' | 'periods' | 'forever';
export type SubscriptionChargeStatus = 'scheduled' | 'succeeded' | 'failed' | 'pending' | 'skipped';
export type SubscriptionActorType = 'staff' | 'contact' | 'system' | 'api';

export interface ProductsTable {
  id: string;
  organization_id: string;
  name: string;
  description: string | null;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlansTable {
  id: string;
  organization_id: string;
  product_id: string;
  code: string;
  name: string;
  description: string | null;
  currency: string;
  price_minor: number;
  interval: BillingInterval;
  interval_count: number;
  billing_cycles: number | null;
  trial_days: number;
  setup_fee_minor: number;
  tax_id: string | null;
  /** JSON array of plan ids. */
  portal_change_to: string;
  hosted_page_enabled: number;
  archived_at: Timestamp | null;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AddonsTable {
  id: string;
  organization_id: string;
  code: string;
  name: string;
  description: string | null;
  currency: string;
  price_minor: number;
  kind: AddonKind;
  tax_id: string | null;
  /** JSON array of plan ids; empty: every plan in its currency. */
  plan_ids: string;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CouponsTable {
  id: string;
  organization_id: string;
  code: string;
  name: string;
  discount_type: CouponDiscountType;
  /** Basis points (percent) or minor units of `currency` (amount). */
  discount_value: number;
  currency: string | null;
  duration: CouponDurationKind;
  duration_periods: number | null;
  max_redemptions: number | null;
  redemptions: number;
  valid_until: DateOnly | null;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A change waiting for the end of the period (a downgrade), kept as JSON on the subscription. */
export interface ScheduledChange {
  plan_id: string;
  quantity: number;
  addons: { addon_id: string; quantity: number }[];
  requested_at: Timestamp;
  actor_type: SubscriptionActorType;
  actor_id: string | null;
}

export interface SubscriptionsTable {
  id: string;
  organization_id: string;
  customer_id: string;
  number: string;
  plan_id: string;
  status: SubscriptionStatus;
  quantity: number;
  currency: string;
  unit_price_minor: number;
  interval: BillingInterval;
  interval_count: number;
  billing_cycles: number | null;
  anchor_date: DateOnly;
  billed_through_index: number | null;
  current_period_start: DateOnly | null;
  current_period_end: DateOnly | null;
  next_billing_date: DateOnly | null;
  trial_start: DateOnly | null;
  trial_end: DateOnly | null;
  trial_extended_days: number;
  started_on: DateOnly;
  cancel_at_period_end: number;
  ends_on: DateOnly | null;
  cancelled_at: Timestamp | null;
  cancel_reason_code: string | null;
  cancel_reason_text: string | null;
  paused_on: DateOnly | null;
  resume_on: DateOnly | null;
  coupon_id: string | null;
  coupon_periods_used: number;
  payment_method_id: string | null;
  auto_collect: number;
  /** JSON of a ScheduledChange, or null. */
  scheduled_change: string | null;
  source: SubscriptionSource;
  source_document_id: string | null;
  created_by: string | null;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SubscriptionAddonsTable {
  id: string;
  subscription_id: string;
  addon_id: string;
  quantity: number;
  unit_price_minor: number;
  billed_document_id: string | null;
  created_at: Timestamp;
}

export interface SubscriptionEventsTable {
  id: string;
  organization_id: string;
  subscription_id: string;
  kind: string;
  actor_type: SubscriptionActorType;
  actor_id: string | null;
  /** JSON object. */
  details: string;
  created_at: Timestamp;
}

export interface SubscriptionInvoicesTable {
  subscription_id: string;
  /** period:<index> | change:<event id> | setup */
  billing_key: string;
  document_id: string;
  period_index: number | null;
  period_start: DateOnly | null;
  period_end: DateOnly | null;
  created_at: Timestamp;
}

export interface SubscriptionChargesTable {
  id: string;
  organization_id: string;
  subscription_id: string;
  document_id: string;
  attempt_number: number;
  status: SubscriptionChargeStatus;
  payment_attempt_id: string | null;
  failure_code: string | null;
  failure_message: string | null;
  due_at: Timestamp;
  attempted_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SubscriptionSettingsTable {
  organization_id: string;
  /** JSON, parsed by modules/subscription-settings. */
  settings: string;
  updated_at: Timestamp;
}

export interface SubscriptionTables {
  products: ProductsTable;
  plans: PlansTable;
  addons: AddonsTable;
  coupons: CouponsTable;
  subscriptions: SubscriptionsTable;
  subscription_addons: SubscriptionAddonsTable;
  subscription_events: SubscriptionEventsTable;
  subscription_invoices: SubscriptionInvoicesTable;
  subscription_charges: SubscriptionChargesTable;
  subscription_settings: SubscriptionSettingsTable;
}

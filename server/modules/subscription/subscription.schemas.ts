import { z } from 'zod';
import type { BillingInterval } from '../../../contract/subscription-billing.ts';
import type { SubscriptionStatus } from '../../db/subscription-tables.ts';
import { pagingQuery } from '../../http/schemas.ts';
import { dateField } from '../document/document.schemas.ts';

export const createSubscriptionBody = z
  .object({
    customer_id: z.string().min(1).max(64),
    plan_id: z.string().min(1).max(64),
    quantity: z.number().int().min(1).max(1_000_000).default(1),
    addons: z
      .array(z.object({ addon_id: z.string().min(1).max(64), quantity: z.number().int().min(1).max(1_000_000).default(1) }).strict())
      .max(50)
      .default([]),
    coupon_code: z.string().trim().min(1).max(100).optional(),
    /** The first day of service; default: today in the organization's time zone. */
    start_date: dateField.optional(),
    /** Default: a trial when the plan has trial days. */
    trial: z.boolean().optional(),
    /** A saved payment method of the customer, charged for each invoice when auto_collect is on. */
    payment_method_id: z.string().min(1).max(64).nullable().optional(),
    auto_collect: z.boolean().default(true),
  })
  .strict();
export type CreateSubscriptionBody = z.infer<typeof createSubscriptionBody>;

/** A subscription for the customer of an accepted estimate, to a plan in the estimate's currency. */
export const subscriptionFromEstimateBody = z
  .object({
    plan_id: z.string().min(1).max(64),
    quantity: z.number().int().min(1).max(1_000_000).default(1),
    /** The first day of service; default: today in the organization's time zone. */
    start_date: dateField.optional(),
    /** A saved payment method of the customer, charged for each invoice when auto_collect is on. */
    payment_method_id: z.string().min(1).max(64).nullable().optional(),
    auto_collect: z.boolean().default(true),
  })
  .strict();
export type SubscriptionFromEstimateBody = z.infer<typeof subscriptionFromEstimateBody>;

const statusField = z.enum(['trial', 'live', 'non_renewing', 'paused', 'unpaid', 'cancelled', 'expired'] satisfies SubscriptionStatus[]);

export const subscriptionSorts = ['created_at', '-created_at', 'number', '-number', 'next_billing_date', '-next_billing_date'] as const;

export const listSubscriptionsQuery = pagingQuery.extend({
  status: statusField.optional(),
  customer_id: z.string().max(64).optional(),
  plan_id: z.string().max(64).optional(),
  sort: z.enum(subscriptionSorts).default('-created_at'),
});
export type ListSubscriptionsQuery = z.infer<typeof listSubscriptionsQuery>;

export const subscriptionSummaryResponse = z.object({
  id: z.string(),
  number: z.string(),
  customer_id: z.string(),
  customer_name: z.string(),
  plan: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  status: statusField,
  quantity: z.number().int(),
  currency: z.string(),
  /** The plan's price per unit taken when the subscription started or last changed plan. */
  unit_price_minor: z.number().int(),
  /** What one period costs before tax: the plan and recurring add-ons, after the coupon while it applies to the next period. */
  amount_minor: z.number().int(),
  interval: z.enum(['day', 'week', 'month', 'year'] satisfies BillingInterval[]),
  interval_count: z.number().int(),
  created_at: z.string(),
  started_on: z.string(),
  /** The first day after the trial (exclusive end); null without a trial. */
  trial_end: z.string().nullable(),
  current_period_start: z.string().nullable(),
  /** The day after the current period's last day. */
  current_period_end: z.string().nullable(),
  /** When the next invoice is issued (and charged); null once the subscription has ended or will not renew. */
  next_billing_date: z.string().nullable(),
  cancel_at_period_end: z.boolean(),
  /** The end of service (exclusive) of a non-renewing, cancelled or expired subscription. */
  ends_on: z.string().nullable(),
  cancel_reason_code: z.string().nullable(),
  paused_on: z.string().nullable(),
  resume_on: z.string().nullable(),
  auto_collect: z.boolean(),
  /** Bumped by every change; send it back so that a stale page cannot overwrite a newer state. */
  version: z.number().int(),
});
export type SubscriptionSummaryResponse = z.infer<typeof subscriptionSummaryResponse>;

export const subscriptionResponse = subscriptionSummaryResponse.extend({
  coupon: z
    .object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      discount_type: z.enum(['percent', 'amount']),
      /** Basis points (percent) or minor units (amount). */
      discount_value: z.number().int(),
      duration: z.enum(['once', 'periods', 'forever']),
      duration_periods: z.number().int().nullable(),
      /** How many periods it has discounted so far. */
      periods_used: z.number().int(),
    })
    .nullable(),
  addons: z.array(
    z.object({
      addon_id: z.string(),
      code: z.string(),
      name: z.string(),
      kind: z.enum(['recurring', 'one_off']),
      quantity: z.number().int(),
      unit_price_minor: z.number().int(),
      /** A one-off add-on's invoice, once invoiced. */
      billed_document_id: z.string().nullable(),
    }),
  ),
  payment_method: z.object({ id: z.string(), type: z.enum(['card', 'bank_account']), brand: z.string(), last4: z.string() }).nullable(),
  /** A change waiting for the period end (a downgrade). */
  scheduled_change: z
    .object({ plan_id: z.string(), quantity: z.number().int(), addons: z.array(z.object({ addon_id: z.string(), quantity: z.number().int() })), requested_at: z.string() })
    .nullable(),
  cancel_reason_text: z.string().nullable(),
  cancelled_at: z.string().nullable(),
  source: z.enum(['staff', 'hosted_page', 'estimate']),
  /** Newest first. */
  invoices: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      status: z.string(),
      total_minor: z.number().int(),
      balance_minor: z.number().int(),
      issue_date: z.string(),
      billing_key: z.string(),
      period_start: z.string().nullable(),
      period_end: z.string().nullable(),
    }),
  ),
});
export type SubscriptionResponse = z.infer<typeof subscriptionResponse>;

export const subscriptionEventResponse = z.object({
  id: z.string(),
  kind: z.string(),
  actor_type: z.enum(['staff', 'contact', 'system', 'api']),
  actor_id: z.string().nullable(),
  actor_name: z.string().nullable(),
  /** What changed: from / to, amounts, reason, the invoice. */
  details: z.record(z.string(), z.unknown()),
  created_at: z.string(),
});
export const subscriptionEventsResponse = z.object({ data: z.array(subscriptionEventResponse) });
export type SubscriptionEventResponse = z.infer<typeof subscriptionEventResponse>;

/** Answers of the portal's subscription API for the subscription pages' tests. */
import type { ChangePreview, SubscriptionDetail, SubscriptionSummary } from './queries.ts';

export function subscriptionSummary(patch: Partial<SubscriptionSummary> = {}): SubscriptionSummary {
  return {
    id: 'sub1',
    number: 'SUB-000001',
    plan: { id: 'plan-basic', code: 'basic', name: 'Basic' },
    status: 'live',
    quantity: 1,
    currency: 'USD',
    unit_price_minor: 3_000,
    amount_minor: 3_000,
    interval: 'month',
    interval_count: 1,
    created_at: '2026-11-01T10:00:00.000Z',
    started_on: '2026-11-01',
    trial_end: null,
    current_period_start: '2026-12-01',
    current_period_end: '2027-01-01',
    next_billing_date: '2027-01-01',
    cancel_at_period_end: false,
    ends_on: null,
    customer_id: 'customer-1',
    customer_name: 'Analytical Engines',
    cancel_reason_code: null,
    paused_on: null,
    resume_on: null,
    auto_collect: true,
    version: 3,
    ...patch,
  };
}

export function subscriptionDetail(patch: Partial<SubscriptionDetail> = {}): SubscriptionDetail {
  return {
    ...subscriptionSummary(),
    coupon: null,
    addons: [],
    payment_method: { id: 'pm1', type: 'card', brand: 'visa', last4: '4242' },
    scheduled_change: null,
    cancel_reason_text: null,
    cancelled_at: null,
    source: 'staff',
    invoices: [{ id: 'inv1', number: 'INV-000010', status: 'paid', total_minor: 3_000, balance_minor: 0, issue_date: '2026-12-01', billing_key: 'period:1', period_start: '2026-12-01', period_end: '2027-01-01' }],
    allowed_actions: ['cancel_at_period_end', 'cancel_immediately', 'change_plan', 'change_quantity', 'change_addons', 'pause', 'change_payment_method'],
    cancel_reasons: [
      { code: 'too_expensive', label: 'It is too expensive' },
      { code: 'other', label: 'Another reason' },
    ],
    extend_trial_days_left: 14,
    pause_max_days: 90,
    change_plan_ids: ['plan-pro'],
    change_plans: [{ id: 'plan-pro', code: 'pro', name: 'Pro', currency: 'USD', price_minor: 6_000, interval: 'month', interval_count: 1 }],
    available_addons: [],
    ...patch,
  };
}

export function changePreview(patch: Partial<ChangePreview> = {}): ChangePreview {
  return {
    timing: 'now',
    effective_on: '2026-12-16',
    currency: 'USD',
    current_amount_minor: 3_000,
    new_amount_minor: 6_000,
    proration: { credit_minor: 1_500, charge_minor: 3_000, net_minor: 1_500, days_remaining: 16, days_in_period: 31 },
    proration_document: 'invoice',
    next_invoice: { date: '2027-01-01', amount_minor: 6_000, lines: [] },
    ...patch,
  };
}

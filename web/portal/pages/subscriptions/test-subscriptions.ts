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
    ...patch,
  };
}

export function subscriptionDetail(patch: Partial<SubscriptionDetail> = {}): SubscriptionDetail {
  return {
    ...subscriptionSummary(),
    cancel_reason_code: null,
    paused_on: null,
    resume_on: null,
    coupon: null,
    addons: [],
    payment_method: { id: 'pm1', brand: 'visa', last4: '4242' },
    auto_collect: true,
    scheduled_change: null,
    version: 3,
    invoices: [{ id: 'inv1', number: 'INV-000010', status: 'paid', total_minor: 3_000, issue_date: '2026-12-01', period_start: '2026-12-01', period_end: '2027-01-01' }],
    cancel_reasons: [
      { code: 'too_expensive', label: 'It is too expensive' },
      { code: 'other', label: 'Another reason' },
    ],
    cancel_timing: 'either',
    change_plans: [{ id: 'plan-pro', name: 'Pro', currency: 'USD', price_minor: 6_000, interval: 'month', interval_count: 1 }],
    available_addons: [],
    ...patch,
  };
}

export function changePreview(patch: Partial<ChangePreview> = {}): ChangePreview {
  return {
    effective: 'now',
    effective_on: '2026-12-16',
    currency: 'USD',
    credit_minor: 1_500,
    charge_minor: 3_000,
    net_minor: 1_500,
    next_invoice: { date: '2027-01-01', total_minor: 6_000 },
    ...patch,
  };
}

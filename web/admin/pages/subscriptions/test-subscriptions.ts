/** Answers of the staff subscription API and a stubbed `fetch` for the subscription pages' tests. */
import { vi } from 'vitest';
import type { SubscriptionSettings } from '../subscription-settings/queries.ts';
import type { Addon, Plan, Subscription, SubscriptionEvent } from './queries.ts';

export function storedSubscription(patch: Partial<Subscription> = {}): Subscription {
  return {
    id: 'sub-1',
    number: 'SUB-000001',
    customer_id: 'cust-1',
    customer_name: 'Acme',
    plan: { id: 'plan-basic', code: 'basic', name: 'Basic' },
    status: 'live',
    quantity: 2,
    currency: 'EUR',
    unit_price_minor: 1_500,
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
    cancel_reason_code: null,
    paused_on: null,
    resume_on: null,
    auto_collect: true,
    version: 2,
    coupon: null,
    addons: [],
    payment_method: { id: 'pm-1', type: 'card', brand: 'visa', last4: '4242' },
    scheduled_change: null,
    cancel_reason_text: null,
    cancelled_at: null,
    source: 'staff',
    invoices: [{ id: 'inv-1', number: 'INV-000007', status: 'paid', total_minor: 3_000, balance_minor: 0, issue_date: '2026-12-01', billing_key: 'period:1', period_start: '2026-12-01', period_end: '2027-01-01' }],
    ...patch,
  };
}

export function storedEvent(patch: Partial<SubscriptionEvent> = {}): SubscriptionEvent {
  return { id: 'ev-1', kind: 'created', actor_type: 'staff', actor_id: 'u-1', actor_name: 'Olivia Owner', details: {}, created_at: '2026-11-01T10:00:00.000Z', ...patch };
}

export function storedPlan(patch: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-basic',
    product_id: 'prod-1',
    code: 'basic',
    name: 'Basic',
    description: null,
    currency: 'EUR',
    price_minor: 1_500,
    setup_fee_minor: 0,
    interval: 'month',
    interval_count: 1,
    billing_cycles: null,
    trial_days: 0,
    tax_id: null,
    portal_change_to: [],
    hosted_page_enabled: false,
    archived: false,
    version: 1,
    created_at: '2026-11-01T10:00:00.000Z',
    updated_at: '2026-11-01T10:00:00.000Z',
    ...patch,
  };
}

export function storedAddon(patch: Partial<Addon> = {}): Addon {
  return {
    id: 'addon-seat',
    code: 'seat',
    name: 'Extra seat',
    description: null,
    currency: 'EUR',
    price_minor: 500,
    kind: 'recurring',
    tax_id: null,
    plan_ids: [],
    archived: false,
    created_at: '2026-11-01T10:00:00.000Z',
    updated_at: '2026-11-01T10:00:00.000Z',
    ...patch,
  };
}

export function storedSettings(patch: Partial<SubscriptionSettings> = {}): SubscriptionSettings {
  return {
    portal_actions: {
      cancel: { allowed: true, statuses: ['trial', 'live'], timing: 'either' },
      reactivate: { allowed: true },
      convert_trial: { allowed: true },
      extend_trial: { allowed: true, max_days: 14 },
      change_plan: { allowed: true, statuses: ['live'] },
      change_quantity: { allowed: true, statuses: ['live'] },
      change_addons: { allowed: true, statuses: ['live'] },
      pause: { allowed: false, statuses: ['live'], max_days: 90 },
      resume: { allowed: true },
      change_payment_method: { allowed: true },
    },
    cancel_reasons: [
      { code: 'too_expensive', label: 'It is too expensive' },
      { code: 'other', label: 'Another reason' },
    ],
    credit_unused_on_cancel: true,
    dunning: { retry_days: [1, 3, 5], after_final_failure: 'cancel' },
    notify_staff_by_email: true,
    updated_at: null,
    ...patch,
  };
}

export interface SentRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

type Answer = { status: number; body: unknown };
type Route = { method: string; path: string; answer: Answer | ((request: SentRequest) => Answer) };

export const ok = (body: unknown, status = 200): Answer => ({ status, body });
export const failure = (status: number, code: string, details?: unknown): Answer => ({ status, body: { error: { code, message: code, ...(details ? { details } : {}) } } });

/** `fetch` answering by method and exact path under /api/v1 (the last matching route wins); every request kept. */
export function stubApi(routes: Route[]) {
  const requests: SentRequest[] = [];
  const table = [...routes];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      const path = url.pathname.replace(/^\/api\/v1/, '');
      const text = await request.text();
      const sent: SentRequest = { method: request.method, path, query: url.searchParams, body: text ? JSON.parse(text) : undefined };
      requests.push(sent);
      const route = [...table].reverse().find((candidate) => candidate.method === request.method && candidate.path === path);
      const answer = route ? (typeof route.answer === 'function' ? route.answer(sent) : route.answer) : failure(404, 'NOT_FOUND');
      return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return {
    requests,
    to: (path: string, method?: string) => requests.filter((request) => request.path === path && (!method || request.method === method)),
    answer: (method: string, path: string, answer: Route['answer']) => table.push({ method, path, answer }),
  };
}

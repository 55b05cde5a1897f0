/** Answers and a stubbed `fetch` for the pay pages' tests: payment options, attempts, saved methods. */
import { vi } from 'vitest';
import type { PayableDocument, PaymentAttempt, PaymentOptions, SavedMethod } from './queries.ts';

export function payableDocument(patch: Partial<PayableDocument> = {}): PayableDocument {
  return {
    id: 'inv1',
    kind: 'invoice',
    number: 'INV-001',
    currency: 'USD',
    issue_date: '2026-11-01',
    due_date: '2026-11-15',
    total_minor: 12_345,
    balance_minor: 12_345,
    pending_minor: 0,
    payable_minor: 12_345,
    due_now_minor: 12_345,
    overdue: false,
    schedule: null,
    ...patch,
  };
}

export function savedMethod(patch: Partial<SavedMethod> = {}): SavedMethod {
  return {
    id: 'pm1',
    type: 'card',
    brand: 'visa',
    last4: '4242',
    exp_month: 12,
    exp_year: 2030,
    holder_name: null,
    billing_address: null,
    is_default: true,
    expired: false,
    created_at: '2026-11-01T10:00:00.000Z',
    ...patch,
  };
}

export function paymentOptions(patch: Partial<PaymentOptions> = {}): PaymentOptions {
  return {
    currency: 'USD',
    gateway: 'test',
    test_mode: true,
    publishable_key: null,
    methods: ['card', 'bank_account'],
    saved_methods: [],
    documents: [payableDocument(), payableDocument({ id: 'inv2', number: 'INV-002', issue_date: '2026-11-05', due_date: '2026-11-20', total_minor: 5_000, balance_minor: 5_000, payable_minor: 5_000, due_now_minor: 5_000 })],
    credits: [],
    allow_partial_payments: false,
    partial_payment_minimum_minor: 0,
    allow_money_on_account: false,
    blocked_by_pending_payment: false,
    ...patch,
  };
}

export function attempt(patch: Partial<PaymentAttempt> = {}): PaymentAttempt {
  return {
    id: 'att1',
    status: 'succeeded',
    currency: 'USD',
    amount_minor: 17_345,
    allocations: [
      { document_id: 'inv1', number: 'INV-001', amount_minor: 12_345 },
      { document_id: 'inv2', number: 'INV-002', amount_minor: 5_000 },
    ],
    credits_applied: [],
    on_account_minor: 0,
    method: { type: 'card', brand: 'visa', last4: '4242' },
    failure_code: null,
    failure_message: null,
    next_action: null,
    payment: { id: 'pay1', number: 'PAY-007' },
    created_at: '2026-12-02T10:00:00.000Z',
    ...patch,
  };
}

export interface SentRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type Answer = { status: number; body: unknown } | Error;
type Route = { method: string; suffix: string; answer: Answer | ((request: SentRequest) => Answer) };

export const ok = (body: unknown, status = 200): Answer => ({ status, body });
export const failure = (status: number, code: string, details?: unknown): Answer => ({ status, body: { error: { code, message: code, ...(details ? { details } : {}) } } });

/**
 * `fetch` answering by method and path suffix (the last matching route wins, so a test can change an
 * answer later); an `Error` answer rejects like a lost connection. Every request is kept, with its body.
 */
export function stubServer(routes: Route[]) {
  const requests: SentRequest[] = [];
  const table = [...routes];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      const path = url.pathname;
      const text = await request.text();
      const sent: SentRequest = { method: request.method, path, query: url.searchParams, headers: request.headers, body: text ? JSON.parse(text) : undefined };
      requests.push(sent);
      const route = [...table].reverse().find((candidate) => candidate.method === request.method && path.endsWith(candidate.suffix));
      const answer = route ? (typeof route.answer === 'function' ? route.answer(sent) : route.answer) : failure(404, 'NOT_FOUND');
      if (answer instanceof Error) throw answer;
      return new Response(answer.status === 204 ? null : JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return {
    requests,
    /** Requests to paths ending with `suffix` (and of `method`, when given). */
    to: (suffix: string, method?: string) => requests.filter((request) => request.path.endsWith(suffix) && (!method || request.method === method)),
    answer: (method: string, suffix: string, answer: Route['answer']) => table.push({ method, suffix, answer }),
  };
}

/** Payments as the API answers them, for the console's page tests. */
import type { Payment } from './queries.ts';

export function testPayment(overrides: Partial<Payment> = {}): Payment {
  return {
    id: 'pay-1',
    number: 'PAY-000001',
    customer: { id: 'cust-1', display_name: 'Acme' },
    currency: 'EUR',
    amount_minor: 10_000,
    method: 'bank_transfer',
    status: 'completed',
    paid_on: '2026-11-20',
    reference: null,
    notes: null,
    allocations: [{ document_id: 'inv-1', kind: 'invoice', number: 'INV-000001', amount_minor: 10_000 }],
    created_at: '2026-11-20T10:00:00.000Z',
    updated_at: '2026-11-20T10:00:00.000Z',
    external_id: null,
    gateway: null,
    gateway_payment_id: null,
    payment_method: null,
    contact: null,
    refunded_minor: 0,
    refunds: [],
    ...overrides,
  };
}

/** A card payment the test gateway took, paid by a contact in the portal. */
export function onlineTestPayment(overrides: Partial<Payment> = {}): Payment {
  return testPayment({
    id: 'pay-2',
    number: 'PAY-000002',
    method: 'card',
    gateway: 'test',
    gateway_payment_id: 'pi_test_123',
    payment_method: { type: 'card', brand: 'visa', last4: '4242' },
    contact: { id: 'contact-1', name: 'Billie Payer' },
    ...overrides,
  });
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** Customers and contact persons as the API answers them, for the customer pages' tests. */
import { vi } from 'vitest';
import type { ContactPerson, Customer } from './queries.ts';

export function testContact(overrides: Partial<ContactPerson> = {}): ContactPerson {
  return {
    id: 'contact-1',
    customer_id: 'cust-1',
    first_name: 'Peter',
    last_name: 'Gibbons',
    name: 'Peter Gibbons',
    email: 'peter@initech.test',
    phone: null,
    is_primary: true,
    external_id: null,
    permissions: ['view_documents', 'pay', 'approve_estimates'],
    portal: { status: 'not_invited', enabled: false, invited_at: null, accepted_at: null, disabled_at: null, invitation_expires_at: null },
    created_at: '2026-11-30T10:00:00.000Z',
    updated_at: '2026-11-30T10:00:00.000Z',
    ...overrides,
  };
}

export function testCustomer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'cust-1',
    display_name: 'Initech',
    company_name: 'Initech LLC',
    email: 'office@initech.test',
    phone: null,
    tax_number: null,
    peppol_endpoint_id: null,
    peppol_endpoint_scheme: null,
    currency: 'USD',
    portal_language: 'en',
    allow_bank_payments: false,
    primary_contact: { id: 'contact-1', name: 'Peter Gibbons', email: 'peter@initech.test' },
    portal_active_count: 0,
    external_id: null,
    billing_address: { street: '1 Main St', city: 'Austin', country: 'US' },
    shipping_address: null,
    notes: null,
    created_at: '2026-11-30T10:00:00.000Z',
    updated_at: '2026-11-30T10:00:00.000Z',
    contact_persons: [testContact()],
    ...overrides,
  };
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export interface SentRequest {
  method: string;
  path: string;
  body?: unknown;
}

/** Stubs `fetch`: each request is recorded and answered by `answer` (404 when it returns nothing). */
export function recordRequests(answer: (request: SentRequest) => Response | undefined): SentRequest[] {
  const requests: SentRequest[] = [];
  const fetch = async (request: Request) => {
    const { pathname } = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const sent = { method: request.method, path: pathname, ...(text ? { body: JSON.parse(text) as unknown } : {}) };
    requests.push(sent);
    return answer(sent) ?? json({ error: { code: 'NOT_FOUND', message: 'not found' } }, 404);
  };
  vi.stubGlobal('fetch', vi.fn(fetch));
  return requests;
}

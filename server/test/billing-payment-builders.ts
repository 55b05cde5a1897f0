import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { SignedUpStaff } from './builders.ts';
import { createDocument, type CreatedDocument } from './billing-builders.ts';

/** A customer billed in `currency`, with one contact person (with portal access when asked). */
export async function createBillingCustomer(
  staff: SignedUpStaff,
  options: { currency?: string; portal?: boolean; language?: string; name?: string } = {},
): Promise<{ id: string; currency: string; contactId: string; email: string }> {
  const email = `billing-${randomBytes(4).toString('hex')}@example.test`;
  const response = await staff.client.post('/api/v1/customers', {
    display_name: options.name ?? `Customer ${randomBytes(3).toString('hex')}`,
    currency: options.currency ?? 'EUR',
    portal_language: options.language ?? 'en',
    allow_portal_access: options.portal ?? false,
    contact_persons: [{ first_name: 'Billie', last_name: 'Payer', email, is_primary: true }],
  });
  if (response.statusCode !== 201) throw new Error(`customer creation failed: ${response.body}`);
  const body = response.json<{ id: string; currency: string; contact_persons: { id: string }[] }>();
  return { id: body.id, currency: body.currency, contactId: body.contact_persons[0]?.id ?? '', email };
}

/** A sent invoice of `total` minor units (one line, no tax). */
export async function invoiceOf(
  staff: SignedUpStaff,
  customerId: string,
  total: number,
  options: { issueDate?: string; dueDate?: string; draft?: boolean; path?: 'invoices' | 'retainer-invoices' | 'credit-notes' } = {},
): Promise<CreatedDocument> {
  const { path = 'invoices', ...rest } = options;
  return createDocument(staff, path, customerId, { ...rest, lines: [{ name: 'Work', quantity: 1, rate_minor: total }] });
}

export interface PaymentInput {
  customer_id: string;
  amount_minor: number;
  currency: string;
  method?: 'cash' | 'bank_transfer' | 'cheque';
  paid_on?: string;
  reference?: string;
  allocations?: { document_id: string; amount_minor: number }[];
}

export async function postPayment(staff: SignedUpStaff, input: PaymentInput): Promise<LightMyRequestResponse> {
  return staff.client.post('/api/v1/payments', { method: 'bank_transfer', ...input });
}

/** Records a payment that must succeed; answers the payment. */
export async function recordTestPayment(staff: SignedUpStaff, input: PaymentInput): Promise<{ id: string; number: string; allocations: { document_id: string; amount_minor: number }[] }> {
  const response = await postPayment(staff, input);
  if (response.statusCode !== 201) throw new Error(`payment failed: ${response.body}`);
  return response.json();
}

export async function applyTestCredit(staff: SignedUpStaff, creditNoteId: string, applications: { invoice_id: string; amount_minor: number }[]): Promise<LightMyRequestResponse> {
  return staff.client.post(`/api/v1/credit-notes/${creditNoteId}/apply`, { applications });
}

export async function documentOf(staff: SignedUpStaff, path: string, id: string): Promise<CreatedDocument & { paid_minor: number; credited_minor: number }> {
  const response = await staff.client.get(`/api/v1/${path}/${id}`);
  if (response.statusCode !== 200) throw new Error(`reading ${path}/${id} failed: ${response.body}`);
  return response.json();
}

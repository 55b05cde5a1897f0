import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { extractPdfText } from '../server/test/pdf-text.ts';
import type { StaffCalls } from './portal-helpers.ts';

export interface StaffDocument {
  id: string;
  number: string;
  status: string;
  currency: string;
  total_minor: number;
  balance_minor: number;
  viewed_at: string | null;
  viewed_by: { name: string } | null;
  decline_reason: string | null;
}

type Segment = 'invoices' | 'estimates' | 'retainer-invoices' | 'credit-notes';

/** YYYY-MM-DD of a day of the month `offset` months from now (UTC), clamped to 28. */
export function dayOfMonth(offset: number, day: number): string {
  const now = new Date();
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, Math.min(day, 28)));
  return at.toISOString().slice(0, 10);
}

/** YYYY-MM-DD `days` from today (UTC). */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A document created and sent through the staff API. */
export async function sendDocument(
  staff: StaffCalls,
  segment: Segment,
  customerId: string,
  input: { lines: { name: string; quantity: number; rate_minor: number; tax_id?: string; discount?: { type: 'percent'; percent: number } }[]; issue_date?: string; due_date?: string; expiry_date?: string; notes?: string; terms?: string },
): Promise<StaffDocument> {
  const created = await staff.call<StaffDocument>('POST', `/${segment}`, { customer_id: customerId, ...input });
  return staff.call<StaffDocument>('POST', `/${segment}/${created.id}/send`);
}

export function getDocument(staff: StaffCalls, segment: Segment, id: string): Promise<StaffDocument> {
  return staff.call<StaffDocument>('GET', `/${segment}/${id}`);
}

/** Clicks a download link and answers the downloaded bytes. */
export async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return readFileSync(path);
}

/** The whole text of a PDF, pages joined. */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await extractPdfText(pdf)).join('\n');
}

/** Money as the portal writes it for an English contact. */
export function usd(minor: number): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(minor / 100);
}

export interface BillingHistory {
  docs: Record<'paid' | 'partial' | 'overdue' | 'credited' | 'credit' | 'retainer' | 'estimateA' | 'estimateB', StaffDocument>;
  paymentId: string;
}

/**
 * A customer's history, dated last month so that month's statement holds it: invoices paid, partly paid,
 * overdue and credited, one payment over two invoices, a credit note with unused credit, a retainer
 * invoice and two estimates awaiting an answer.
 */
export async function seedBillingHistory(staff: StaffCalls, customerId: string): Promise<BillingHistory> {
  const tax = await staff.call<{ id: string }>('POST', '/taxes', { name: 'VAT', rate_percent: 10 });

  const later = daysFromToday(20);
  // Everything dated last month, so that month's statement has it all.
  const paid = await sendDocument(staff, 'invoices', customerId, { issue_date: dayOfMonth(-1, 2), due_date: later, lines: [{ name: 'Website design', quantity: 1, rate_minor: 10_000 }] });
  const partial = await sendDocument(staff, 'invoices', customerId, {
    issue_date: dayOfMonth(-1, 5),
    due_date: later,
    notes: 'Thank you for your business.\nSecond line of notes.',
    terms: 'Payable within 30 days.',
    lines: [
      { name: 'Hosting', quantity: 12, rate_minor: 2_000, tax_id: tax.id },
      { name: 'Setup', quantity: 1, rate_minor: 5_000, discount: { type: 'percent', percent: 10 } },
    ],
  });
  const overdue = await sendDocument(staff, 'invoices', customerId, { issue_date: dayOfMonth(-1, 1), due_date: dayOfMonth(-1, 10), lines: [{ name: 'Support', quantity: 4, rate_minor: 2_500 }] });
  const credited = await sendDocument(staff, 'invoices', customerId, { issue_date: dayOfMonth(-1, 8), due_date: later, lines: [{ name: 'Training', quantity: 1, rate_minor: 6_000 }] });
  const payment = await staff.call<{ id: string }>('POST', '/payments', {
    customer_id: customerId,
    amount_minor: 20_000,
    currency: 'USD',
    method: 'bank_transfer',
    paid_on: dayOfMonth(-1, 20),
    allocations: [
      { document_id: paid.id, amount_minor: 10_000 },
      { document_id: partial.id, amount_minor: 10_000 },
    ],
  });
  const credit = await sendDocument(staff, 'credit-notes', customerId, { issue_date: dayOfMonth(-1, 12), lines: [{ name: 'Goodwill credit', quantity: 1, rate_minor: 2_500 }] });
  await staff.call('POST', `/credit-notes/${credit.id}/apply`, { applications: [{ invoice_id: credited.id, amount_minor: 1_500 }] });
  const retainer = await sendDocument(staff, 'retainer-invoices', customerId, { lines: [{ name: 'Project deposit', quantity: 1, rate_minor: 5_000 }] });
  const estimateA = await sendDocument(staff, 'estimates', customerId, { expiry_date: daysFromToday(30), lines: [{ name: 'Phase two', quantity: 1, rate_minor: 80_000 }] });
  const estimateB = await sendDocument(staff, 'estimates', customerId, { expiry_date: daysFromToday(30), lines: [{ name: 'Phase three', quantity: 1, rate_minor: 120_000 }] });
  return { docs: { paid, partial, overdue, credited, credit, retainer, estimateA, estimateB }, paymentId: payment.id };
}

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { extractPdfText } from '../server/test/pdf-text.ts';
import type { StaffApi } from './portal-helpers.ts';

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
  staff: StaffApi,
  segment: Segment,
  customerId: string,
  input: { lines: { name: string; quantity: number; rate_minor: number; tax_id?: string; discount?: { type: 'percent'; percent: number } }[]; issue_date?: string; due_date?: string; expiry_date?: string; notes?: string; terms?: string },
): Promise<StaffDocument> {
  const created = await staff.call<StaffDocument>('POST', `/${segment}`, { customer_id: customerId, ...input });
  return staff.call<StaffDocument>('POST', `/${segment}/${created.id}/send`);
}

export function getDocument(staff: StaffApi, segment: Segment, id: string): Promise<StaffDocument> {
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

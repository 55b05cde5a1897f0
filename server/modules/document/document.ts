import type { DocumentKind, DocumentsTable } from '../../db/billing-tables.ts';

/** URL segment of each kind, as in /api/v1/invoices and /portal/{slug}/api/invoices. */
export { documentSegments as documentPaths, documentKinds } from '../../../contract/documents.ts';

export { documentStatuses, type DocumentStatus } from '../../../contract/billing.ts';
import type { DocumentStatus } from '../../../contract/billing.ts';

export function isPayable(kind: DocumentKind): boolean {
  return kind === 'invoice' || kind === 'retainer_invoice';
}

/** A moment's UTC date as YYYY-MM-DD (for "today", ask organizationToday: it is the organization's date). */
export function dateOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return dateOf(at);
}

/**
 * The status people see: the stored one, except that an unpaid invoice past its due date is overdue
 * and a sent estimate past its expiry date is expired.
 */
export function effectiveStatus(document: Pick<DocumentsTable, 'kind' | 'status' | 'due_date' | 'expiry_date' | 'balance_minor'>, today: string): DocumentStatus {
  const status = document.status as DocumentStatus;
  if (isPayable(document.kind) && (status === 'sent' || status === 'partially_paid') && document.due_date && document.due_date < today && document.balance_minor > 0) {
    return 'overdue';
  }
  if (document.kind === 'estimate' && (status === 'sent' || status === 'changes_requested') && document.expiry_date && document.expiry_date < today) {
    return 'expired';
  }
  return status;
}

/**
 * Paid, credited and balance of a payable document from what is applied to it. The balance never goes
 * below zero: the services refuse to apply more than is owed and the database refuses a negative
 * balance, and this rule does not rely on either.
 */
export function settledStatus(document: Pick<DocumentsTable, 'status' | 'total_minor'>, paid: number, credited: number): { balance: number; status: string } {
  const balance = Math.max(0, document.total_minor - paid - credited);
  if (document.status === 'draft' || document.status === 'void') return { balance, status: document.status };
  if (balance <= 0 && document.total_minor > 0) return { balance, status: 'paid' };
  if (paid + credited > 0) return { balance, status: 'partially_paid' };
  return { balance, status: 'sent' };
}

/** A credit note's unused credit (never below zero) and whether any is left. */
export function creditStatus(document: Pick<DocumentsTable, 'status' | 'total_minor'>, used: number): { balance: number; status: string } {
  const balance = Math.max(0, document.total_minor - used);
  if (document.status === 'draft' || document.status === 'void') return { balance, status: document.status };
  return { balance, status: balance <= 0 ? 'closed' : 'open' };
}

/** The life-cycle fields of a document nobody has sent, viewed, decided or changed yet. */
export const untouchedDocumentState = {
  paid_minor: 0,
  credited_minor: 0,
  sent_at: null,
  viewed_at: null,
  viewed_by_contact_id: null,
  accepted_at: null,
  accepted_by_name: null,
  declined_at: null,
  decline_reason: null,
  changes_requested_at: null,
  voided_at: null,
  marked_by_staff_user_id: null,
  marked_by_name: null,
  version: 1,
  pending_minor: 0,
} as const;

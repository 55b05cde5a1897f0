import type { DocumentKind } from '../../db/billing-tables.ts';
import type { Clock } from '../../lib/clock.ts';
import { documentSorts } from '../document/document.schemas.ts';
import { dateOf } from '../document/document.ts';

/** URL segments of the document kinds, as both APIs spell them. */
export const kindSegments = {
  invoices: 'invoice',
  'retainer-invoices': 'retainer_invoice',
  estimates: 'estimate',
  'credit-notes': 'credit_note',
} as const satisfies Record<string, DocumentKind>;
export type KindSegment = keyof typeof kindSegments;
export const segmentOfKind: Record<DocumentKind, KindSegment> = {
  invoice: 'invoices',
  retainer_invoice: 'retainer-invoices',
  estimate: 'estimates',
  credit_note: 'credit-notes',
};

export const documentLabels: Record<DocumentKind, string> = {
  invoice: 'invoice',
  retainer_invoice: 'retainer invoice',
  estimate: 'estimate',
  credit_note: 'credit note',
};

/** List filters of the portal (SPEC §2), per kind. */
export const documentFilters = {
  invoice: ['all', 'unpaid', 'partially_paid', 'overdue', 'paid'],
  retainer_invoice: ['all', 'unpaid', 'paid'],
  estimate: ['all', 'awaiting', 'accepted', 'declined', 'expired', 'invoiced', 'changes_requested'],
  credit_note: ['all', 'open', 'closed'],
} as const satisfies Record<DocumentKind, readonly string[]>;
export type DocumentFilter = (typeof documentFilters)[DocumentKind][number];

export { documentSorts };
export type DocumentSort = (typeof documentSorts)[number];
export const paymentSorts = ['paid_on', '-paid_on', 'amount', '-amount', 'number', '-number'] as const;
export type PaymentSort = (typeof paymentSorts)[number];

/** Stored statuses of an invoice that still expects money ('overdue' is computed, but tolerated if stored). */
export const openInvoiceStatuses = ['sent', 'partially_paid', 'overdue'] as const;
/** Stored statuses from which a contact may still accept, decline or ask for changes. */
export const undecidedEstimateStatuses = ['sent', 'changes_requested'] as const;

/** Today's date (UTC) as YYYY-MM-DD, from the injected clock. */
export function todayOf(clock: Clock): string {
  return dateOf(clock.now());
}

/** Why a contact can no longer accept, decline or request changes on an estimate; null when it still can. */
export function estimateDecisionBlocker(doc: { status: string; expiry_date: string | null }, today: string): string | null {
  if (doc.status === 'accepted' || doc.status === 'invoiced') return 'This estimate was already accepted';
  if (doc.status === 'declined') return 'This estimate was already declined';
  if (doc.status === 'expired' || (doc.expiry_date !== null && doc.expiry_date < today)) {
    return `This estimate expired${doc.expiry_date ? ` on ${doc.expiry_date}` : ''}; ask the business for a new one`;
  }
  if (!(undecidedEstimateStatuses as readonly string[]).includes(doc.status)) return `This estimate can't be decided while ${doc.status}`;
  return null;
}

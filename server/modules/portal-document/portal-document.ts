import { documentKinds, documentNoun } from '../../../contract/documents.ts';
import { DEFAULT_TIME_ZONE, todayIn } from '../../../contract/calendar.ts';
import type { DocumentKind } from '../../db/billing-tables.ts';
import type { Clock } from '../../lib/clock.ts';
import { documentSorts } from '../document/document.schemas.ts';

/** URL segments of the document kinds, as both APIs spell them. */
export { kindOfSegment as kindSegments, documentSegments as segmentOfKind, type DocumentSegment as KindSegment } from '../../../contract/documents.ts';

export const documentLabels: Record<DocumentKind, string> = Object.fromEntries(documentKinds.map((kind) => [kind, documentNoun(kind)])) as Record<DocumentKind, string>;

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

export { openInvoiceStatuses } from '../../../contract/documents.ts';
/** Stored statuses from which a contact may still accept, decline or ask for changes. */
export const undecidedEstimateStatuses = ['sent', 'changes_requested'] as const;

/** Today's date in a time zone (the organization's; tests of UTC organizations leave it out) as YYYY-MM-DD, from the injected clock. */
export function todayOf(clock: Clock, timeZone: string = DEFAULT_TIME_ZONE): string {
  return todayIn(timeZone, clock.now());
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

interface CurrencyTotal {
  currency: string;
  total_minor: number;
  count: number;
}

/**
 * The dashboard's balance figures from open balances per kind and currency (sumOpenBalances): what is
 * outstanding and overdue on invoices, outstanding on retainer invoices, and unused on credit notes, each
 * per currency in the order given. Overdue lists only currencies with something overdue.
 */
export function openBalanceFigures(
  rows: readonly { kind: string; currency: string; total_minor: number; count: number; overdue_minor: number; overdue_count: number }[],
): { outstanding: CurrencyTotal[]; overdue: CurrencyTotal[]; retainers_outstanding: CurrencyTotal[]; unused_credits: CurrencyTotal[] } {
  const of = (kind: string) => rows.filter((row) => row.kind === kind);
  const total = (row: (typeof rows)[number]) => ({ currency: row.currency, total_minor: row.total_minor, count: row.count });
  return {
    outstanding: of('invoice').map(total),
    overdue: of('invoice')
      .filter((row) => row.overdue_count > 0)
      .map((row) => ({ currency: row.currency, total_minor: row.overdue_minor, count: row.overdue_count })),
    retainers_outstanding: of('retainer_invoice').map(total),
    unused_credits: of('credit_note').map(total),
  };
}

import type { PortalQuery } from '../../ui/api/paths.ts';
import type { Tone } from '../../ui/components/Feedback.tsx';
import type { DocumentKind, DocumentStatus } from '../../../contract/billing.ts';

/** URL segment of each kind, the same in the portal's pages and its API. */
export type KindSegment = 'invoices' | 'retainer-invoices' | 'estimates' | 'credit-notes';

export interface KindConfig {
  kind: DocumentKind;
  segment: KindSegment;
  /** Translation key prefix: `docs.<key>.title`, `docs.<key>.empty`… */
  key: 'invoices' | 'retainerInvoices' | 'estimates' | 'creditNotes';
  /** List filters of SPEC §2, the first one the default. */
  filters: readonly string[];
  /** Which date column follows the issue date. */
  secondDate: 'due_date' | 'expiry_date' | null;
  /** Whether the list shows the balance (what is owed, or the unused credit). */
  showBalance: boolean;
  /** Whether the document has a comment thread in the portal. */
  thread: boolean;
}

export const kindConfigs: Record<KindSegment, KindConfig> = {
  invoices: {
    kind: 'invoice',
    segment: 'invoices',
    key: 'invoices',
    filters: ['all', 'unpaid', 'partially_paid', 'overdue', 'paid'] satisfies Filter<'/invoices'>[],
    secondDate: 'due_date',
    showBalance: true,
    thread: true,
  },
  'retainer-invoices': {
    kind: 'retainer_invoice',
    segment: 'retainer-invoices',
    key: 'retainerInvoices',
    filters: ['all', 'unpaid', 'paid'] satisfies Filter<'/retainer-invoices'>[],
    secondDate: 'due_date',
    showBalance: true,
    thread: true,
  },
  estimates: {
    kind: 'estimate',
    segment: 'estimates',
    key: 'estimates',
    filters: ['all', 'awaiting', 'accepted', 'declined', 'expired', 'invoiced', 'changes_requested'] satisfies Filter<'/estimates'>[],
    secondDate: 'expiry_date',
    showBalance: false,
    thread: true,
  },
  'credit-notes': {
    kind: 'credit_note',
    segment: 'credit-notes',
    key: 'creditNotes',
    filters: ['all', 'open', 'closed'] satisfies Filter<'/credit-notes'>[],
    secondDate: null,
    showBalance: true,
    thread: false,
  },
};

/** The filters of each list are the server's own (a filter it drops stops the build). */
type Filter<Path extends '/invoices' | '/retainer-invoices' | '/estimates' | '/credit-notes'> = NonNullable<PortalQuery<Path>['filter']>;

export const documentSorts = ['-issue_date', 'issue_date', '-due_date', 'due_date', '-total', 'total', '-number', 'number'] as const satisfies readonly NonNullable<PortalQuery<'/invoices'>['sort']>[];

export const statusTones: Record<DocumentStatus, Tone> = {
  draft: 'neutral',
  sent: 'info',
  accepted: 'success',
  declined: 'danger',
  changes_requested: 'warning',
  expired: 'neutral',
  invoiced: 'success',
  partially_paid: 'warning',
  paid: 'success',
  overdue: 'danger',
  open: 'info',
  closed: 'neutral',
  void: 'neutral',
};

/** A value of the address's query, or the fallback when it is not one of the allowed values. */
export function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

import type { DocumentKind, DocumentStatus } from '../../../contract/billing.ts';
import { documentLabels, documentSegments } from '../../../contract/documents.ts';

export interface KindConfig {
  kind: DocumentKind;
  /** URL segment in the API and in the console: /invoices, /retainer-invoices… */
  path: string;
  /** Prefix of its i18n keys under `kinds.` */
  key: (typeof documentLabels)[DocumentKind]['one'];
  /** Statuses offered by the list's filter. */
  statuses: DocumentStatus[];
  payable: boolean;
  hasDueDate: boolean;
  hasExpiryDate: boolean;
  canVoid: boolean;
}

export const kindConfigs: Record<DocumentKind, KindConfig> = {
  invoice: {
    kind: 'invoice',
    path: documentSegments.invoice,
    key: documentLabels.invoice.one,
    statuses: ['draft', 'sent', 'partially_paid', 'overdue', 'paid', 'void'],
    payable: true,
    hasDueDate: true,
    hasExpiryDate: false,
    canVoid: true,
  },
  retainer_invoice: {
    kind: 'retainer_invoice',
    path: documentSegments.retainer_invoice,
    key: documentLabels.retainer_invoice.one,
    statuses: ['draft', 'sent', 'partially_paid', 'overdue', 'paid', 'void'],
    payable: true,
    hasDueDate: true,
    hasExpiryDate: false,
    canVoid: true,
  },
  estimate: {
    kind: 'estimate',
    path: documentSegments.estimate,
    key: documentLabels.estimate.one,
    statuses: ['draft', 'sent', 'accepted', 'declined', 'changes_requested', 'expired', 'invoiced'],
    payable: false,
    hasDueDate: false,
    hasExpiryDate: true,
    canVoid: false,
  },
  credit_note: {
    kind: 'credit_note',
    path: documentSegments.credit_note,
    key: documentLabels.credit_note.one,
    statuses: ['draft', 'open', 'closed', 'void'],
    payable: false,
    hasDueDate: false,
    hasExpiryDate: false,
    canVoid: true,
  },
};

export const documentKindList: DocumentKind[] = ['invoice', 'estimate', 'retainer_invoice', 'credit_note'];

/** The console's link to a document of any kind. */
export function documentLink(kind: DocumentKind, id: string): string {
  return `/${kindConfigs[kind].path}/${id}`;
}

/** Today as YYYY-MM-DD in the person's own time zone (the default for dates in forms). */
export function todayLocal(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

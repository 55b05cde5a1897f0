/**
 * The document vocabulary shared by the server and both apps: the kinds, their URL segments (the same in
 * /api/v1, the portal's API and the apps' pages), their translation keys, which invoice statuses still
 * expect money, and how an amount is spread over open invoices oldest first.
 */
import type { DocumentKind, DocumentStatus } from './billing.ts';

export type { DocumentKind };

/** URL segment of each kind: /api/v1/invoices, /portal/{slug}/api/retainer-invoices, /admin/credit-notes. */
export const documentSegments = {
  estimate: 'estimates',
  invoice: 'invoices',
  retainer_invoice: 'retainer-invoices',
  credit_note: 'credit-notes',
} as const satisfies Record<DocumentKind, string>;
export type DocumentSegment = (typeof documentSegments)[DocumentKind];

export const documentKinds = Object.keys(documentSegments) as DocumentKind[];

/** The kind a URL segment names. */
export const kindOfSegment = {
  invoices: 'invoice',
  'retainer-invoices': 'retainer_invoice',
  estimates: 'estimate',
  'credit-notes': 'credit_note',
} as const satisfies Record<DocumentSegment, DocumentKind>;

export function isDocumentSegment(value: string): value is DocumentSegment {
  return Object.hasOwn(kindOfSegment, value);
}

/**
 * Translation keys of each kind: `one` for a single document (the console's `kinds.<key>`), `many` for its
 * list (the portal's `docs.<key>`). `noun` is the English noun the server writes into messages.
 */
export const documentLabels = {
  estimate: { one: 'estimate', many: 'estimates', noun: 'estimate' },
  invoice: { one: 'invoice', many: 'invoices', noun: 'invoice' },
  retainer_invoice: { one: 'retainerInvoice', many: 'retainerInvoices', noun: 'retainer invoice' },
  credit_note: { one: 'creditNote', many: 'creditNotes', noun: 'credit note' },
} as const satisfies Record<DocumentKind, { one: string; many: string; noun: string }>;

/** The English noun of a kind ("retainer invoice"), as the server's messages use it. */
export function documentNoun(kind: DocumentKind): string {
  return documentLabels[kind].noun;
}

/**
 * Stored statuses of an invoice or retainer invoice that still expects money. 'overdue' is computed from
 * the due date when a document is shown; it is never stored.
 */
export const openInvoiceStatuses = ['sent', 'partially_paid'] as const satisfies readonly DocumentStatus[];

/** The statuses a payable document is shown with while money is still expected. */
export const openInvoiceDisplayStatuses = [...openInvoiceStatuses, 'overdue'] as const satisfies readonly DocumentStatus[];

export function isOpenInvoiceStatus(status: DocumentStatus): boolean {
  return (openInvoiceDisplayStatuses as readonly DocumentStatus[]).includes(status);
}

/**
 * The kinds a payment is spread over automatically. Retainer invoices are paid only when a payment names
 * them: a deposit is asked for on purpose, and money for invoiced work must not silently land on it.
 */
export const automaticallyAllocatedKinds = ['invoice'] as const satisfies readonly DocumentKind[];

export interface OpenDocument {
  id: string;
  kind: DocumentKind;
  number: string;
  issue_date: string;
  due_date: string | null;
  balance_minor: number;
}

export interface Allocation {
  document_id: string;
  amount_minor: number;
}

/** Oldest first: by due date (a document without one is due on its issue date), then issue date, number and id. */
export function oldestFirst<T extends OpenDocument>(documents: readonly T[]): T[] {
  const dueOf = (document: OpenDocument) => document.due_date ?? document.issue_date;
  return [...documents].sort(
    (a, b) => dueOf(a).localeCompare(dueOf(b)) || a.issue_date.localeCompare(b.issue_date) || a.number.localeCompare(b.number) || a.id.localeCompare(b.id),
  );
}

/**
 * Spreads `amount` over the open documents the way Portico allocates a payment that names none: invoices
 * with a balance, oldest first, each up to its balance (retainer invoices are left out, see
 * automaticallyAllocatedKinds). `first` — the document a person started from — is filled before the others,
 * whatever its kind. `unallocated_minor` is what is left when the amount is more than they owe.
 */
export function allocateOldestFirst(amount: number, documents: readonly OpenDocument[], options: { first?: string } = {}): { allocations: Allocation[]; unallocated_minor: number } {
  const automatic = (document: OpenDocument) => (automaticallyAllocatedKinds as readonly DocumentKind[]).includes(document.kind);
  const chosen = documents.filter((document) => document.id === options.first);
  const rest = oldestFirst(documents.filter((document) => document.id !== options.first && automatic(document)));
  const allocations: Allocation[] = [];
  let left = Math.max(amount, 0);
  for (const document of [...chosen, ...rest]) {
    if (left === 0) break;
    if (document.balance_minor <= 0) continue;
    const part = Math.min(left, document.balance_minor);
    allocations.push({ document_id: document.id, amount_minor: part });
    left -= part;
  }
  return { allocations, unallocated_minor: left };
}

import { describe, expect, it } from 'vitest';
import {
  allocateOldestFirst,
  documentKinds,
  documentLabels,
  documentSegments,
  isDocumentSegment,
  isOpenInvoiceStatus,
  kindOfSegment,
  oldestFirst,
  openInvoiceStatuses,
  type OpenDocument,
} from './documents.ts';

const doc = (id: string, issue: string, due: string | null, balance: number, kind: OpenDocument['kind'] = 'invoice'): OpenDocument => ({
  id,
  kind,
  number: `N-${id}`,
  issue_date: issue,
  due_date: due,
  balance_minor: balance,
});

describe('document kinds and their URL segments', () => {
  it('maps every kind to its segment and back', () => {
    for (const kind of documentKinds) expect(kindOfSegment[documentSegments[kind]]).toBe(kind);
    expect(documentSegments.retainer_invoice).toBe('retainer-invoices');
    expect(Object.keys(kindOfSegment).sort()).toEqual(Object.values(documentSegments).sort());
  });

  it('recognises only the four segments', () => {
    expect(isDocumentSegment('credit-notes')).toBe(true);
    expect(isDocumentSegment('credit_note')).toBe(false);
    expect(isDocumentSegment('toString')).toBe(false);
  });

  it('gives each kind its translation keys and English noun', () => {
    expect(documentLabels.retainer_invoice).toEqual({ one: 'retainerInvoice', many: 'retainerInvoices', noun: 'retainer invoice' });
    expect(documentLabels.credit_note.noun).toBe('credit note');
  });
});

describe('open invoice statuses', () => {
  it('are the stored statuses sent and partially paid; overdue is open as shown', () => {
    expect(openInvoiceStatuses).toEqual(['sent', 'partially_paid']);
    expect(isOpenInvoiceStatus('overdue')).toBe(true);
    expect(isOpenInvoiceStatus('paid')).toBe(false);
    expect(isOpenInvoiceStatus('draft')).toBe(false);
  });
});

describe('oldest-first allocation', () => {
  it('orders by due date (issue date when none), then issue date, then number', () => {
    const ordered = oldestFirst([doc('a', '2026-10-05', '2026-11-30', 1), doc('b', '2026-10-01', '2026-11-30', 1), doc('c', '2026-11-01', '2026-11-02', 1), doc('d', '2026-09-01', null, 1)]);
    expect(ordered.map((d) => d.id)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('fills the oldest invoices first, each up to its balance, and says what is left', () => {
    const documents = [doc('new', '2026-11-01', '2026-12-01', 500), doc('old', '2026-09-01', '2026-10-01', 300), doc('paid', '2026-08-01', null, 0)];
    expect(allocateOldestFirst(600, documents)).toEqual({
      allocations: [
        { document_id: 'old', amount_minor: 300 },
        { document_id: 'new', amount_minor: 300 },
      ],
      unallocated_minor: 0,
    });
    expect(allocateOldestFirst(1_000, documents).unallocated_minor).toBe(200);
  });

  it('leaves retainer invoices out of the automatic spread', () => {
    const documents = [doc('retainer', '2026-01-01', '2026-01-15', 5_000, 'retainer_invoice'), doc('invoice', '2026-06-01', '2026-06-30', 1_000)];
    expect(allocateOldestFirst(3_000, documents)).toEqual({ allocations: [{ document_id: 'invoice', amount_minor: 1_000 }], unallocated_minor: 2_000 });
  });

  it('fills the document a person started from first, even a retainer invoice', () => {
    const documents = [doc('old', '2026-01-01', '2026-01-15', 1_000), doc('retainer', '2026-06-01', '2026-06-30', 2_000, 'retainer_invoice')];
    expect(allocateOldestFirst(2_500, documents, { first: 'retainer' }).allocations).toEqual([
      { document_id: 'retainer', amount_minor: 2_000 },
      { document_id: 'old', amount_minor: 500 },
    ]);
  });

  it('allocates nothing for a zero or negative amount', () => {
    expect(allocateOldestFirst(0, [doc('a', '2026-01-01', null, 100)])).toEqual({ allocations: [], unallocated_minor: 0 });
    expect(allocateOldestFirst(-5, [doc('a', '2026-01-01', null, 100)]).allocations).toEqual([]);
  });
});

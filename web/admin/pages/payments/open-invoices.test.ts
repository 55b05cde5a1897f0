import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../documents/queries.ts';
import { allocateOldestFirst } from './open-invoices.ts';

const summary = (id: string, kind: DocumentSummary['kind'], due: string, balance: number) =>
  ({ id, kind, number: `N-${id}`, issue_date: '2026-01-01', due_date: due, balance_minor: balance }) as DocumentSummary;

describe('spreading a payment in the console', () => {
  it('fills invoices oldest first, as the server does, and leaves retainer invoices alone', () => {
    const documents = [summary('retainer', 'retainer_invoice', '2026-01-10', 500), summary('late', 'invoice', '2026-03-01', 400), summary('early', 'invoice', '2026-02-01', 400)];
    expect([...allocateOldestFirst(documents, 600)]).toEqual([
      ['early', 400],
      ['late', 200],
    ]);
  });

  it('fills the retainer invoice the payment was started from first', () => {
    const documents = [summary('early', 'invoice', '2026-02-01', 400), summary('retainer', 'retainer_invoice', '2026-01-10', 500)];
    expect([...allocateOldestFirst(documents, 600, 'retainer')]).toEqual([
      ['retainer', 500],
      ['early', 100],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { openBalanceFigures } from './portal-document.ts';

describe('dashboard balance figures', () => {
  it('splits open balances into outstanding, overdue, retainers and credits per currency', () => {
    const figures = openBalanceFigures([
      { kind: 'credit_note', currency: 'EUR', total_minor: 500, count: 1, overdue_minor: 500, overdue_count: 1 },
      { kind: 'invoice', currency: 'EUR', total_minor: 12_000, count: 3, overdue_minor: 0, overdue_count: 0 },
      { kind: 'invoice', currency: 'USD', total_minor: 9_000, count: 2, overdue_minor: 4_000, overdue_count: 1 },
      { kind: 'retainer_invoice', currency: 'USD', total_minor: 1_000, count: 1, overdue_minor: 1_000, overdue_count: 1 },
    ]);
    expect(figures).toEqual({
      outstanding: [
        { currency: 'EUR', total_minor: 12_000, count: 3 },
        { currency: 'USD', total_minor: 9_000, count: 2 },
      ],
      // Only invoices are overdue, and only currencies with something past due.
      overdue: [{ currency: 'USD', total_minor: 4_000, count: 1 }],
      retainers_outstanding: [{ currency: 'USD', total_minor: 1_000, count: 1 }],
      unused_credits: [{ currency: 'EUR', total_minor: 500, count: 1 }],
    });
  });

  it('is empty for a customer who owes nothing', () => {
    expect(openBalanceFigures([])).toEqual({ outstanding: [], overdue: [], retainers_outstanding: [], unused_credits: [] });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error.ts';
import { allocateOldestFirst, checkExplicitAllocations } from './payment.ts';

const open = (id: string, issue: string, due: string | null, balance: number) => ({ id, kind: 'invoice' as const, number: `INV-${id}`, issue_date: issue, due_date: due, balance_minor: balance });

describe('spreading a payment over open invoices', () => {
  it('pays the earliest due first, then the earliest issued', () => {
    const invoices = [open('a', '2026-10-05', '2026-11-30', 500), open('b', '2026-10-01', '2026-11-30', 500), open('c', '2026-11-01', '2026-11-02', 500), open('d', '2026-09-01', null, 500)];
    expect(allocateOldestFirst(1_200, invoices)).toEqual([
      { document_id: 'd', amount_minor: 500 },
      { document_id: 'c', amount_minor: 500 },
      { document_id: 'b', amount_minor: 200 },
    ]);
  });

  it('refuses more than everything open', () => {
    expect(() => allocateOldestFirst(1_001, [open('a', '2026-10-01', null, 1_000)])).toThrow(AppError);
    expect(() => allocateOldestFirst(1, [])).toThrow(/no open invoice/);
  });

  it('allocates exactly the amount and never beyond a balance, for any amounts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 10 }), fc.integer({ min: 1, max: 10_000_000 }), (balances, amount) => {
        const invoices = balances.map((balance, i) => open(String(i), `2026-01-${String((i % 28) + 1).padStart(2, '0')}`, null, balance));
        const owed = balances.reduce((sum, b) => sum + b, 0);
        if (amount > owed) {
          expect(() => allocateOldestFirst(amount, invoices)).toThrow(AppError);
          return;
        }
        const allocations = allocateOldestFirst(amount, invoices);
        expect(allocations.reduce((sum, a) => sum + a.amount_minor, 0)).toBe(amount);
        for (const allocation of allocations) {
          expect(allocation.amount_minor).toBeGreaterThan(0);
          expect(allocation.amount_minor).toBeLessThanOrEqual(balances[Number(allocation.document_id)]!);
        }
      }),
    );
  });

  it('wants explicit allocations to name each document once and add up to the amount', () => {
    expect(() => checkExplicitAllocations(100, [{ document_id: 'a', amount_minor: 100 }])).not.toThrow();
    expect(() => checkExplicitAllocations(100, [{ document_id: 'a', amount_minor: 101 }])).toThrow(/more than/);
    expect(() => checkExplicitAllocations(100, [{ document_id: 'a', amount_minor: 99 }])).toThrow(/less than/);
    expect(() => checkExplicitAllocations(100, [{ document_id: 'a', amount_minor: 50 }, { document_id: 'a', amount_minor: 50 }])).toThrow(/more than once/);
  });
});

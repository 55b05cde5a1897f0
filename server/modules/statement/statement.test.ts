import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './statement-dates.ts';
import { ageingBucket, buildStatement, type StatementInput } from './statement.ts';

const invoice = (id: string, issue: string, due: string | null, total: number) => ({ id, number: `INV-${id}`, issue_date: issue, due_date: due, total_minor: total });

describe('statement of accounts', () => {
  const base: StatementInput = {
    from: '2026-11-01',
    to: '2026-11-30',
    today: '2026-11-30',
    invoices: [invoice('1', '2026-10-05', '2026-10-20', 10_000), invoice('2', '2026-11-03', '2026-12-03', 5_000), invoice('3', '2026-12-02', '2026-12-20', 999)],
    allocations: [
      { payment_id: 'p1', payment_number: 'PAY-1', paid_on: '2026-10-10', invoice_id: '1', amount_minor: 4_000 },
      { payment_id: 'p2', payment_number: 'PAY-2', paid_on: '2026-11-10', invoice_id: '1', amount_minor: 1_000 },
      { payment_id: 'p2', payment_number: 'PAY-2', paid_on: '2026-11-10', invoice_id: '2', amount_minor: 500 },
    ],
    credits: [{ credit_note_id: 'c1', credit_note_number: 'CN-1', applied_on: '2026-11-12', invoice_id: '2', amount_minor: 250 }],
    refunds: [],
  };

  it('opens with everything before the period, runs the balance and closes with what is owed', () => {
    const statement = buildStatement(base);
    expect(statement.opening_balance_minor).toBe(6_000);
    expect(statement.entries.map((entry) => [entry.type, entry.number, entry.amount_minor, entry.balance_minor, entry.description])).toEqual([
      ['invoice', 'INV-2', 5_000, 11_000, ''],
      ['payment', 'PAY-2', -1_500, 9_500, 'INV-1, INV-2'],
      ['credit_note', 'CN-1', -250, 9_250, 'INV-2'],
    ]);
    expect(statement).toMatchObject({ closing_balance_minor: 9_250, invoiced_minor: 5_000, paid_minor: 1_500, credited_minor: 250 });
  });

  it('shows a refund as an entry of its own on the day it completed, raising the balance again', () => {
    const statement = buildStatement({
      ...base,
      refunds: [
        { refund_id: 'r0', payment_id: 'p1', payment_number: 'PAY-1', refunded_on: '2026-10-20', invoice_id: '1', amount_minor: 100 },
        { refund_id: 'r1', payment_id: 'p2', payment_number: 'PAY-2', refunded_on: '2026-11-14', invoice_id: '2', amount_minor: 300 },
        { refund_id: 'r1', payment_id: 'p2', payment_number: 'PAY-2', refunded_on: '2026-11-14', invoice_id: '1', amount_minor: 200 },
        { refund_id: 'r2', payment_id: 'p2', payment_number: 'PAY-2', refunded_on: '2026-11-14', invoice_id: '1', amount_minor: 50 },
        { refund_id: 'r3', payment_id: 'p3', payment_number: 'PAY-3', refunded_on: '2026-11-15', invoice_id: 'retainer', amount_minor: 999 },
      ],
    });
    expect(statement.opening_balance_minor).toBe(6_100);
    expect(statement.entries.map((entry) => [entry.type, entry.document_id, entry.number, entry.amount_minor, entry.balance_minor, entry.description])).toEqual([
      ['invoice', '2', 'INV-2', 5_000, 11_100, ''],
      ['payment', 'p2', 'PAY-2', -1_500, 9_600, 'INV-1, INV-2'],
      ['credit_note', 'c1', 'CN-1', -250, 9_350, 'INV-2'],
      ['refund', 'p2', 'PAY-2', 500, 9_850, 'INV-1, INV-2'],
      ['refund', 'p2', 'PAY-2', 50, 9_900, 'INV-1'],
    ]);
    expect(statement).toMatchObject({ closing_balance_minor: 9_900, paid_minor: 1_500, refunded_minor: 550 });
    // INV-1 owes 5 000 + 100 + 250 again; INV-2 4 250 + 300.
    expect(statement.ageing).toMatchObject({ current_minor: 4_550, days_31_60_minor: 5_350 });
  });

  it('ages what is open at the end of the period by days past due', () => {
    const statement = buildStatement(base);
    // INV-1 owes 5 000, 41 days past due on 30 November; INV-2 owes 4 250 and is not due yet.
    expect(statement.ageing).toEqual({ current_minor: 4_250, days_1_30_minor: 0, days_31_60_minor: 5_000, days_61_90_minor: 0, over_90_minor: 0 });
  });

  it('ages a period that ends in the future as of today', () => {
    const statement = buildStatement({ ...base, today: '2026-11-15' });
    expect(statement.ageing.days_1_30_minor).toBe(5_000);
  });

  it('puts each amount in the right ageing bucket at the edges', () => {
    expect([0, 1, 30, 31, 60, 61, 90, 91, -5].map(ageingBucket)).toEqual([
      'current_minor',
      'days_1_30_minor',
      'days_1_30_minor',
      'days_31_60_minor',
      'days_31_60_minor',
      'days_61_90_minor',
      'days_61_90_minor',
      'over_90_minor',
      'current_minor',
    ]);
  });

  it('ignores payments and credits of invoices it does not show', () => {
    const statement = buildStatement({
      ...base,
      allocations: [...base.allocations, { payment_id: 'p3', payment_number: 'PAY-3', paid_on: '2026-11-11', invoice_id: 'retainer', amount_minor: 700 }],
    });
    expect(statement.paid_minor).toBe(1_500);
  });

  it('closes at opening + invoiced − paid − credited + refunded, which is also the sum of the ageing, for any history', () => {
    const day = fc.integer({ min: 0, max: 400 });
    const history = fc
      .array(fc.record({ issue: day, dueIn: fc.option(fc.integer({ min: 0, max: 120 })), total: fc.integer({ min: 1, max: 10_000_000 }), settle: fc.array(fc.record({ after: fc.integer({ min: 0, max: 200 }), part: fc.integer({ min: 1, max: 100 }), credit: fc.boolean(), refund: fc.integer({ min: 0, max: 100 }), refundAfter: fc.integer({ min: 0, max: 60 }) }), { maxLength: 4 }) }), { maxLength: 12 })
      .chain((invoices) => fc.record({ invoices: fc.constant(invoices), from: day, length: fc.integer({ min: 0, max: 400 }), today: day }));
    fc.assert(
      fc.property(history, ({ invoices, from, length, today }) => {
        const start = '2026-01-01';
        const input: StatementInput = { from: addDays(start, from), to: addDays(start, from + length), today: addDays(start, today), invoices: [], allocations: [], credits: [], refunds: [] };
        invoices.forEach((spec, index) => {
          const id = `i${index}`;
          const issue = addDays(start, spec.issue);
          input.invoices.push(invoice(id, issue, spec.dueIn === null ? null : addDays(issue, spec.dueIn), spec.total));
          let left = spec.total;
          spec.settle.forEach((step, n) => {
            const amount = Math.min(left, Math.max(1, Math.floor((spec.total * step.part) / 100)));
            if (amount <= 0) return;
            left -= amount;
            const date = addDays(issue, step.after);
            if (step.credit) input.credits.push({ credit_note_id: `c${index}-${n}`, credit_note_number: `CN-${index}-${n}`, applied_on: date, invoice_id: id, amount_minor: amount });
            else {
              input.allocations.push({ payment_id: `p${index}-${n}`, payment_number: `PAY-${index}-${n}`, paid_on: date, invoice_id: id, amount_minor: amount });
              // Some payments are partly refunded later: the invoice owes that much again.
              const back = Math.floor((amount * step.refund) / 100);
              if (back > 0) {
                left += back;
                input.refunds.push({ refund_id: `r${index}-${n}`, payment_id: `p${index}-${n}`, payment_number: `PAY-${index}-${n}`, refunded_on: addDays(date, step.refundAfter), invoice_id: id, amount_minor: back });
              }
            }
          });
        });
        const statement = buildStatement(input);
        expect(statement.closing_balance_minor).toBe(
          statement.opening_balance_minor + statement.invoiced_minor - statement.paid_minor - statement.credited_minor + statement.refunded_minor,
        );
        expect(statement.entries.at(-1)?.balance_minor ?? statement.opening_balance_minor).toBe(statement.closing_balance_minor);
        expect(Object.values(statement.ageing).reduce((sum, value) => sum + value, 0)).toBe(statement.closing_balance_minor);
        expect(statement.entries.every((entry, i, all) => i === 0 || all[i - 1]!.date <= entry.date)).toBe(true);
        expect(statement.entries.every((entry) => Number.isInteger(entry.amount_minor) && entry.date >= input.from && entry.date <= input.to)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

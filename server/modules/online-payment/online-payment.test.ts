import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error.ts';
import { methodExpired, methodLabel, payableOf, planPayment, type PayableDocument, type PlanRequest } from './online-payment.ts';

const rules = { allowPartialPayments: false, partialPaymentMinimumMinor: 0, allowMoneyOnAccount: false };

function doc(id: string, balance: number, due: string, pending = 0): PayableDocument {
  return { id, kind: 'invoice', number: `INV-${id}`, currency: 'EUR', issue_date: '2026-10-01', due_date: due, balance_minor: balance, pending_minor: pending };
}

function request(patch: Partial<PlanRequest>): PlanRequest {
  return { documents: [], credits: [], creditableKinds: ['invoice'], dueNow: new Map(), rules, currency: 'EUR', ...patch };
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : 'other';
  }
}

describe('planning an online payment', () => {
  it('pays every balance, oldest due first, when no amount is given', () => {
    const plan = planPayment(request({ documents: [doc('b', 500, '2026-11-30'), doc('a', 300, '2026-10-31')] }));
    expect(plan).toEqual({ allocations: [{ document_id: 'a', amount_minor: 300 }, { document_id: 'b', amount_minor: 500 }], credits: [], on_account_minor: 0, charge_minor: 800 });
  });

  it('applies credits before charging, to invoices only', () => {
    const retainer = { ...doc('r', 400, '2026-09-01'), kind: 'retainer_invoice' as const };
    const plan = planPayment(request({ documents: [retainer, doc('a', 300, '2026-10-31')], credits: [{ id: 'cn', number: 'CN-1', balance_minor: 1_000 }] }));
    expect(plan.credits).toEqual([{ credit_note_id: 'cn', document_id: 'a', amount_minor: 300 }]);
    expect(plan.allocations).toEqual([{ document_id: 'r', amount_minor: 400 }]);
    expect(plan.charge_minor).toBe(400);
  });

  it('refuses more than the balance, partial payments where only whole ones are taken, and amounts under the minimum', () => {
    expect(codeOf(() => planPayment(request({ documents: [doc('a', 300, '2026-10-31')], amountMinor: 301 })))).toBe('AMOUNT_EXCEEDS_BALANCE');
    expect(codeOf(() => planPayment(request({ documents: [doc('a', 300, '2026-10-31')], amountMinor: 100 })))).toBe('PARTIAL_PAYMENT_NOT_ALLOWED');
    const partial = { ...rules, allowPartialPayments: true, partialPaymentMinimumMinor: 150 };
    expect(codeOf(() => planPayment(request({ documents: [doc('a', 300, '2026-10-31')], amountMinor: 100, rules: partial })))).toBe('AMOUNT_BELOW_MINIMUM');
    expect(planPayment(request({ documents: [doc('a', 300, '2026-10-31')], amountMinor: 200, rules: partial })).charge_minor).toBe(200);
    expect(codeOf(() => planPayment(request({ documents: [doc('a', 300, '2026-10-31', 250)], allocations: [{ document_id: 'a', amount_minor: 100 }] })))).toBe('AMOUNT_EXCEEDS_BALANCE');
  });

  it('takes what a schedule asks now even where partial payments are off', () => {
    const plan = planPayment(request({ documents: [doc('a', 1_000, '2026-10-31')], amountMinor: 250, dueNow: new Map([['a', 250]]) }));
    expect(plan.allocations).toEqual([{ document_id: 'a', amount_minor: 250 }]);
  });

  it('keeps an overpayment on account only where the organization allows it', () => {
    expect(codeOf(() => planPayment(request({ documents: [doc('a', 300, '2026-10-31')], amountMinor: 500 })))).toBe('AMOUNT_EXCEEDS_BALANCE');
    const plan = planPayment(request({ documents: [doc('a', 300, '2026-10-31')], amountMinor: 500, rules: { ...rules, allowMoneyOnAccount: true } }));
    expect(plan).toMatchObject({ on_account_minor: 200, charge_minor: 500, allocations: [{ document_id: 'a', amount_minor: 300 }] });
  });

  it('never allocates beyond what is payable, and the charge is the allocations plus money on account (property)', () => {
    const documents = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{4}$/), balance: fc.integer({ min: 1, max: 100_000 }), pending: fc.integer({ min: 0, max: 100_000 }), day: fc.integer({ min: 1, max: 28 }) }), { minLength: 1, maxLength: 6, selector: (entry) => entry.id });
    fc.assert(
      fc.property(documents, fc.integer({ min: 1, max: 400_000 }), fc.integer({ min: 0, max: 50_000 }), (entries, amount, creditBalance) => {
        const docs = entries.map((entry) => doc(entry.id, entry.balance, `2026-10-${String(entry.day).padStart(2, '0')}`, Math.min(entry.pending, entry.balance - 1)));
        const credits = creditBalance > 0 ? [{ id: 'cn', number: 'CN', balance_minor: creditBalance }] : [];
        const open = docs.reduce((sum, candidate) => sum + payableOf(candidate), 0);
        // With partial payments and money on account allowed, nothing is refused.
        const plan = planPayment(request({ documents: docs, amountMinor: amount, credits, rules: { allowPartialPayments: true, partialPaymentMinimumMinor: 0, allowMoneyOnAccount: true } }));
        const allocated = plan.allocations.reduce((sum, allocation) => sum + allocation.amount_minor, 0);
        const credited = plan.credits.reduce((sum, credit) => sum + credit.amount_minor, 0);
        expect(plan.charge_minor).toBe(allocated + plan.on_account_minor);
        expect(credited).toBeLessThanOrEqual(creditBalance);
        for (const candidate of docs) {
          const taken = plan.allocations.filter((allocation) => allocation.document_id === candidate.id).reduce((sum, allocation) => sum + allocation.amount_minor, 0) + plan.credits.filter((credit) => credit.document_id === candidate.id).reduce((sum, credit) => sum + credit.amount_minor, 0);
          expect(taken).toBeLessThanOrEqual(payableOf(candidate));
        }
        expect(allocated + credited).toBeLessThanOrEqual(open);
      }),
    );
  });
});

describe('saved methods', () => {
  it('names a method as receipts show it and knows when a card expired', () => {
    expect(methodLabel({ brand: 'visa', last4: '4242' })).toBe('Visa •••• 4242');
    expect(methodLabel({ brand: 'bank', last4: '6789' })).toBe('Bank account •••• 6789');
    expect(methodExpired({ exp_month: 11, exp_year: 2026 }, '2026-11-30')).toBe(false);
    expect(methodExpired({ exp_month: 10, exp_year: 2026 }, '2026-11-01')).toBe(true);
    expect(methodExpired({ exp_month: null, exp_year: null }, '2026-11-01')).toBe(false);
  });
});

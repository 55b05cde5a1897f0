import { describe, expect, it } from 'vitest';
import { initialSelection, paymentBody, planOf, type PayRules } from './pay-plan.ts';
import { payableDocument } from './test-fixtures.ts';

const rules: PayRules = { currency: 'USD', allowPartialPayments: false, minimumMinor: 0, allowMoneyOnAccount: false };
const older = payableDocument({ id: 'a', number: 'INV-A', due_date: '2026-11-01', balance_minor: 10_000, payable_minor: 10_000, due_now_minor: 10_000 });
const newer = payableDocument({ id: 'b', number: 'INV-B', due_date: '2026-11-20', balance_minor: 4_000, payable_minor: 4_000, due_now_minor: 4_000 });
const scheduled = payableDocument({
  id: 's',
  number: 'INV-S',
  due_date: '2026-12-01',
  balance_minor: 9_000,
  payable_minor: 9_000,
  due_now_minor: 3_000,
  schedule: [{ id: 'i1', kind: 'instalment', position: 1, amount_minor: 3_000, due_date: '2026-12-01', paid_minor: 0, remaining_minor: 3_000, status: 'due' }],
});
const method = { saved_method_id: 'pm1' };

describe('the pay page’s plan', () => {
  it('selects everything payable, or only the invoice of the address, and asks the instalment due now under a schedule', () => {
    const paid = payableDocument({ id: 'z', payable_minor: 0 });
    expect(initialSelection([older, newer, paid], null).documentIds).toEqual(['a', 'b']);
    expect(initialSelection([older, newer], 'b').documentIds).toEqual(['b']);
    expect(initialSelection([older, newer], 'unknown').documentIds).toEqual(['a', 'b']);
    expect(initialSelection([scheduled], null).choices).toEqual({ s: 'due_now' });
  });

  it('pays whole balances by document ids, and the instalment due now by exact allocations', () => {
    const all = initialSelection([older, newer, scheduled], null);
    const plan = planOf([newer, scheduled, older], [], all, rules, 'en');
    expect(plan.lines.map((line) => [line.document.id, line.amountMinor])).toEqual([['a', 10_000], ['b', 4_000], ['s', 3_000]]);
    expect(plan.totalMinor).toBe(17_000);
    expect(paymentBody(plan, all, rules, method, false)).toMatchObject({ allocations: [{ document_id: 'a', amount_minor: 10_000 }, { document_id: 'b', amount_minor: 4_000 }, { document_id: 's', amount_minor: 3_000 }] });
    const whole = { ...all, choices: { s: 'balance' as const } };
    const wholePlan = planOf([older, newer, scheduled], [], whole, rules, 'en');
    expect(wholePlan.totalMinor).toBe(23_000);
    expect(paymentBody(wholePlan, whole, rules, method, true)).toEqual({ currency: 'USD', payment_method: method, save_method: true, credit_note_ids: [], document_ids: ['a', 'b', 's'] });
  });

  it('takes credits off invoices oldest first, never off retainer invoices, and never below zero', () => {
    const retainer = payableDocument({ id: 'r', kind: 'retainer_invoice', due_date: '2026-10-01', balance_minor: 2_000, payable_minor: 2_000, due_now_minor: 2_000 });
    const selection = { ...initialSelection([older, retainer], null), creditIds: ['c1'] };
    const plan = planOf([older, retainer], [{ id: 'c1', number: 'CN-1', currency: 'USD', balance_minor: 15_000, issue_date: '2026-10-01' }], selection, rules, 'en');
    expect(plan.creditMinor).toBe(10_000);
    expect(plan.totalMinor).toBe(2_000);
    expect(plan.empty).toBe(false);
  });

  it('checks a typed amount: a partial payment at least the minimum, never above what is due', () => {
    const partial: PayRules = { ...rules, allowPartialPayments: true, minimumMinor: 1_000 };
    const selection = initialSelection([older], null);
    const plan = (text: string, ruleSet = partial) => planOf([older], [], { ...selection, amountText: text }, ruleSet, 'en');
    expect([plan('').totalMinor, plan('').amountProblem]).toEqual([10_000, undefined]);
    expect([plan('25.50').totalMinor, plan('25.50').amountProblem]).toEqual([2_550, undefined]);
    expect(paymentBody(plan('25.50'), selection, partial, method, false)).toMatchObject({ document_ids: ['a'], amount_minor: 2_550 });
    expect(plan('5').amountProblem).toBe('below_minimum');
    expect(plan('100.01').amountProblem).toBe('above_balance');
    expect(plan('100.01', { ...partial, allowMoneyOnAccount: true }).amountProblem).toBeUndefined();
    expect(plan('0').amountProblem).toBe('zero');
    expect(plan('1.234').amountProblem).toBe('too_many_decimals');
    expect(plan('abc').amountProblem).toBe('invalid');
    expect([plan('25.50', rules).totalMinor, plan('25.50', rules).amountProblem]).toEqual([10_000, undefined]);
    expect(planOf([older], [], { ...selection, amountText: '25,50' }, partial, 'de').totalMinor).toBe(2_550);
  });
});

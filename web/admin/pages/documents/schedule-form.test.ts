import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../ui/api/errors.ts';
import { previewSchedule, rowsFromSchedule, scheduleFieldName, scheduleIssueText, toScheduleBody, valueErrors, type PaymentSchedule } from './schedule-form.ts';

const t = ((key: string, params?: Record<string, unknown>) => (params ? `${key} ${JSON.stringify(params)}` : key)) as unknown as TFunction;

describe('the payment schedule form', () => {
  const rows = [
    { kind: 'deposit' as const, mode: 'amount' as const, value: '20.00', due_date: '2026-12-01' },
    { kind: 'instalment' as const, mode: 'percent' as const, value: '40', due_date: '2027-01-01' },
    { kind: 'instalment' as const, mode: 'percent' as const, value: '40', due_date: '2027-02-01' },
  ];

  it('sends amounts in minor units and percentages in basis points', () => {
    expect(toScheduleBody({ instalments: rows }, 'EUR', 'en')).toEqual({
      instalments: [
        { kind: 'deposit', amount_minor: 2_000, due_date: '2026-12-01' },
        { kind: 'instalment', percent_basis_points: 4_000, due_date: '2027-01-01' },
        { kind: 'instalment', percent_basis_points: 4_000, due_date: '2027-02-01' },
      ],
    });
    // German decimals; yen has no minor digits.
    expect(toScheduleBody({ instalments: [{ ...rows[1]!, value: '33,33' }] }, 'EUR', 'de')?.instalments[0]).toMatchObject({ percent_basis_points: 3_333 });
    expect(toScheduleBody({ instalments: [{ ...rows[0]!, value: '5000' }] }, 'JPY', 'ja')?.instalments[0]).toMatchObject({ amount_minor: 5_000 });
  });

  it('refuses figures it cannot read, naming the row', () => {
    const bad = { instalments: [rows[0]!, { ...rows[1]!, value: '33.333' }, { ...rows[2]!, value: '' }] };
    expect(toScheduleBody(bad, 'EUR', 'en')).toBeUndefined();
    expect(valueErrors(bad, 'EUR', 'en', t)).toEqual([undefined, 'schedule.errors.percentUnreadable', undefined]);
  });

  it('previews the sum with the server’s rounding', () => {
    expect(previewSchedule({ instalments: rows }, 10_000, 'EUR', 'en')).toEqual({ amounts: [2_000, 4_000, 4_000], sumMinor: 10_000, matches: true });
    const thirds = ['33.33', '33.33', '33.34'].map((value, i) => ({ kind: 'instalment' as const, mode: 'percent' as const, value, due_date: `2027-0${i + 1}-01` }));
    expect(previewSchedule({ instalments: thirds }, 100, 'EUR', 'en')).toMatchObject({ amounts: [33, 33, 34], matches: true });
    const short = previewSchedule({ instalments: [rows[0]!] }, 10_000, 'EUR', 'en');
    expect(short).toEqual({ amounts: [2_000], sumMinor: 2_000, matches: false });
    expect(previewSchedule({ instalments: [{ ...rows[0]!, value: 'x' }] }, 2_000, 'EUR', 'en').matches).toBe(false);
  });

  it('fills the editor from a stored schedule, keeping percentages as percentages', () => {
    const stored = {
      currency: 'EUR',
      instalments: [
        { kind: 'deposit', amount_minor: 2_550, percent_basis_points: null, due_date: '2026-12-01' },
        { kind: 'instalment', amount_minor: 7_450, percent_basis_points: 7_450, due_date: '2027-01-01' },
      ],
    } as PaymentSchedule;
    expect(rowsFromSchedule(stored, 'en')).toEqual([
      { kind: 'deposit', mode: 'amount', value: '25.50', due_date: '2026-12-01' },
      { kind: 'instalment', mode: 'percent', value: '74.5', due_date: '2027-01-01' },
    ]);
    expect(rowsFromSchedule(undefined, 'en')).toEqual([{ kind: 'instalment', mode: 'amount', value: '', due_date: '' }]);
  });

  it('puts the server’s issues on the editor’s fields in its own words', () => {
    expect(scheduleFieldName('instalments.2.percent_basis_points')).toBe('instalments.2.value');
    expect(scheduleFieldName('instalments.0.amount_minor')).toBe('instalments.0.value');
    expect(scheduleFieldName('instalments.1.due_date')).toBe('instalments.1.due_date');
    expect(scheduleFieldName('instalments')).toBeUndefined();
    const issue = (field: string, code: FieldIssue['code'], params: Record<string, unknown> = {}): FieldIssue => ({ field, code, params, message: 'server words' });
    expect(scheduleIssueText(t, issue('instalments', 'invalid', { sum_minor: 9_000, total_minor: 10_000 }), 'EUR', 'en')).toBe('schedule.errors.sum {"sum":"€90.00","total":"€100.00"}');
    expect(scheduleIssueText(t, issue('instalments.1.due_date', 'invalid'), 'EUR', 'en')).toBe('schedule.errors.notAscending');
    expect(scheduleIssueText(t, issue('instalments.1.due_date', 'before_issue_date'), 'EUR', 'en')).toBe('schedule.errors.beforeIssue');
    expect(scheduleIssueText(t, issue('instalments.1.kind', 'invalid'), 'EUR', 'en')).toBe('schedule.errors.deposit');
    expect(scheduleIssueText(t, issue('instalments.0.percent_basis_points', 'too_small'), 'EUR', 'en')).toBe('schedule.errors.percentTooSmall');
  });
});

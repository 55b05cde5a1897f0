import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../contract/calendar.ts';
import { instalmentStates, largestRemainderAmounts, planInstalments, previewInstalments, type InstalmentInput } from './payment-schedule.ts';

const ISSUE = '2026-12-01';
const day = (offset: number) => addDays(ISSUE, offset);
const fieldsOf = (result: ReturnType<typeof planInstalments>) => (result.ok ? [] : result.issues.map((issue) => `${issue.field}:${issue.code}`));
const amountsOf = (result: ReturnType<typeof planInstalments>) => (result.ok ? result.instalments.map((row) => row.amount_minor) : null);

describe('planning a schedule', () => {
  it('keeps amounts as given and numbers the rows from 1', () => {
    const result = planInstalments(10_000, [
      { kind: 'deposit', amount_minor: 3_000, due_date: day(0) },
      { kind: 'instalment', amount_minor: 7_000, due_date: day(30) },
    ], { issueDate: ISSUE });
    expect(result).toEqual({
      ok: true,
      instalments: [
        { position: 1, kind: 'deposit', amount_minor: 3_000, percent_basis_points: null, due_date: day(0) },
        { position: 2, kind: 'instalment', amount_minor: 7_000, percent_basis_points: null, due_date: day(30) },
      ],
    });
  });

  it('turns percentages into minor units by the largest remainder', () => {
    const thirds = [3_333, 3_333, 3_334].map((points, i) => ({ kind: 'instalment' as const, percent_basis_points: points, due_date: day(i * 30) }));
    expect(amountsOf(planInstalments(100, thirds))).toEqual([33, 33, 34]);
    const halves = [5_000, 5_000].map((points, i) => ({ kind: 'instalment' as const, percent_basis_points: points, due_date: day(i) }));
    expect(amountsOf(planInstalments(1_001, halves))).toEqual([501, 500]);
    const third = [3_333, 3_333, 3_333].map((points, i) => ({ kind: 'instalment' as const, percent_basis_points: points, due_date: day(i) }));
    expect(amountsOf(planInstalments(100, third))).toEqual([34, 33, 33]);
    expect(largestRemainderAmounts(10, [1_500, 2_500, 6_000], 10)).toEqual([2, 2, 6]);
  });

  it('mixes an amount with percentages of the total', () => {
    const rows: InstalmentInput[] = [
      { kind: 'deposit', amount_minor: 2_000, due_date: day(0) },
      { kind: 'instalment', percent_basis_points: 4_000, due_date: day(30) },
      { kind: 'instalment', percent_basis_points: 4_000, due_date: day(60) },
    ];
    expect(amountsOf(planInstalments(10_000, rows))).toEqual([2_000, 4_000, 4_000]);
    // 80 % of 100.01 is 80.008, which rounds to what the deposit leaves.
    expect(amountsOf(planInstalments(10_001, rows))).toEqual([2_000, 4_001, 4_000]);
    expect(fieldsOf(planInstalments(10_010, rows))).toEqual(['instalments:invalid']);
  });

  it('refuses a sum other than the total on `instalments`, with both figures', () => {
    const result = planInstalments(10_000, [{ kind: 'instalment', amount_minor: 9_999, due_date: day(1) }]);
    expect(result).toMatchObject({ ok: false, issues: [{ field: 'instalments', code: 'invalid', params: { sum_minor: 9_999, total_minor: 10_000 } }] });
  });

  it('names the row and field of each refused value', () => {
    expect(fieldsOf(planInstalments(100, [{ kind: 'instalment', amount_minor: 0, due_date: day(1) }]))).toEqual(['instalments.0.amount_minor:too_small']);
    expect(fieldsOf(planInstalments(100, [{ kind: 'instalment', amount_minor: 50, percent_basis_points: 5_000, due_date: day(1) }]))).toEqual(['instalments.0.amount_minor:invalid']);
    expect(fieldsOf(planInstalments(100, [{ kind: 'instalment', percent_basis_points: 10_001, due_date: day(1) }]))).toEqual(['instalments.0.percent_basis_points:invalid']);
    expect(
      fieldsOf(planInstalments(100, [
        { kind: 'instalment', amount_minor: 50, due_date: day(5) },
        { kind: 'instalment', amount_minor: 25, due_date: day(5) },
        { kind: 'instalment', amount_minor: 25, due_date: day(-1) },
      ], { issueDate: ISSUE })),
    ).toEqual(['instalments.1.due_date:invalid', 'instalments.2.due_date:before_issue_date']);
    expect(
      fieldsOf(planInstalments(100, [
        { kind: 'instalment', amount_minor: 50, due_date: day(1) },
        { kind: 'deposit', amount_minor: 50, due_date: day(2) },
      ])),
    ).toEqual(['instalments.1.kind:invalid']);
    expect(
      fieldsOf(planInstalments(100, [
        { kind: 'deposit', amount_minor: 50, due_date: day(1) },
        { kind: 'deposit', amount_minor: 50, due_date: day(2) },
      ])),
    ).toEqual(['instalments.1.kind:invalid']);
  });

  it('refuses a percentage that comes to nothing, an empty schedule and more than 60 rows', () => {
    expect(fieldsOf(planInstalments(50, [
      { kind: 'instalment', percent_basis_points: 1, due_date: day(1) },
      { kind: 'instalment', percent_basis_points: 9_999, due_date: day(2) },
    ]))).toEqual(['instalments.0.percent_basis_points:too_small']);
    expect(fieldsOf(planInstalments(50, []))).toEqual(['instalments:too_small']);
    const many = Array.from({ length: 61 }, (_, i) => ({ kind: 'instalment' as const, amount_minor: 1, due_date: day(i) }));
    expect(fieldsOf(planInstalments(61, many))).toEqual(['instalments:too_big']);
    expect(planInstalments(60, many.slice(0, 60)).ok).toBe(true);
  });

  it('previews amounts and their sum while staff type', () => {
    expect(previewInstalments(1_000, [
      { kind: 'deposit', amount_minor: 100, due_date: day(0) },
      { kind: 'instalment', percent_basis_points: 5_000, due_date: day(1) },
    ])).toEqual({ amounts: [100, 500], sumMinor: 600 });
  });

  it('sums planned percentages exactly to the total, for any split', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_000 }), fc.array(fc.integer({ min: 1, max: 1_000 }), { minLength: 1, maxLength: 60 }), (total, weights) => {
        // Basis points that add up to 100 %, as an editor would offer them.
        const sum = weights.reduce((a, b) => a + b, 0);
        const points = weights.map((w) => Math.max(1, Math.floor((w * 10_000) / sum)));
        const excess = points.reduce((a, b) => a + b, 0) - 10_000;
        const largest = points.indexOf(Math.max(...points));
        points[largest] = (points[largest] ?? 0) - excess;
        fc.pre(points.every((p) => p >= 1 && p <= 10_000));
        const result = planInstalments(total, points.map((p, i) => ({ kind: 'instalment', percent_basis_points: p, due_date: day(i) })));
        if (!result.ok) {
          // Only a share smaller than one unit is refused.
          expect(result.issues.map((issue) => issue.code)).toEqual(['too_small']);
          return;
        }
        expect(result.instalments.reduce((a, row) => a + row.amount_minor, 0)).toBe(total);
        result.instalments.forEach((row, i) => expect(Math.abs(row.amount_minor - (total * (points[i] ?? 0)) / 10_000)).toBeLessThan(1));
      }),
    );
  });

  it('accepts mixed rows only when they sum to the total, and then exactly', () => {
    const row = fc.oneof(
      fc.record({ kind: fc.constant('instalment' as const), amount_minor: fc.integer({ min: 1, max: 100_000 }) }),
      fc.record({ kind: fc.constant('instalment' as const), percent_basis_points: fc.integer({ min: 1, max: 10_000 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(row, { minLength: 1, maxLength: 8 }), (total, rows) => {
        const inputs = rows.map((r, i) => ({ ...r, due_date: day(i) }));
        const result = planInstalments(total, inputs);
        if (result.ok) expect(result.instalments.reduce((a, r) => a + r.amount_minor, 0)).toBe(total);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('instalments against what was paid', () => {
  const schedule = [
    { id: 'deposit', amount_minor: 3_000, due_date: '2026-12-01' },
    { id: 'first', amount_minor: 3_500, due_date: '2027-01-01' },
    { id: 'second', amount_minor: 3_500, due_date: '2027-02-01' },
  ];

  it('covers the earliest instalments first and offers the next one when nothing is due', () => {
    const state = instalmentStates(schedule, 4_000, '2026-12-15');
    expect(state.instalments.map(({ id, paid_minor, remaining_minor, status }) => ({ id, paid_minor, remaining_minor, status }))).toEqual([
      { id: 'deposit', paid_minor: 3_000, remaining_minor: 0, status: 'paid' },
      { id: 'first', paid_minor: 1_000, remaining_minor: 2_500, status: 'upcoming' },
      { id: 'second', paid_minor: 0, remaining_minor: 3_500, status: 'upcoming' },
    ]);
    expect(state.dueNowMinor).toBe(2_500);
    expect(state.overdue).toBe(false);
  });

  it('asks for every overdue and due instalment at once', () => {
    const state = instalmentStates(schedule, 1_000, '2027-01-01');
    expect(state.instalments.map((row) => row.status)).toEqual(['overdue', 'due', 'upcoming']);
    expect(state.dueNowMinor).toBe(2_000 + 3_500);
    expect(state.overdue).toBe(true);
    expect(instalmentStates(schedule, 1_000, '2027-01-01', { balanceMinor: 4_000 }).dueNowMinor).toBe(4_000);
    expect(instalmentStates(schedule, 10_000, '2027-03-01').dueNowMinor).toBe(0);
  });

  const scheduleArb = fc
    .array(fc.record({ amount_minor: fc.integer({ min: 1, max: 100_000 }), gap: fc.integer({ min: 1, max: 60 }) }), { minLength: 1, maxLength: 12 })
    .map((rows) => {
      let offset = 0;
      return rows.map((row, i) => {
        offset += row.gap;
        return { id: String(i), amount_minor: row.amount_minor, due_date: day(offset) };
      });
    });
  const totalOf = (rows: { amount_minor: number }[]) => rows.reduce((a, r) => a + r.amount_minor, 0);

  it('splits the total into paid and remaining, and never asks for more than the balance', () => {
    fc.assert(
      fc.property(scheduleArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 800 }), (rows, share, todayOffset) => {
        const total = totalOf(rows);
        const covered = Math.floor(total * share);
        const state = instalmentStates(rows, covered, day(todayOffset), { balanceMinor: total - covered });
        expect(state.instalments.reduce((a, r) => a + r.paid_minor + r.remaining_minor, 0)).toBe(total);
        expect(state.instalments.reduce((a, r) => a + r.paid_minor, 0)).toBe(covered);
        expect(state.dueNowMinor).toBeLessThanOrEqual(total - covered);
        expect(state.dueNowMinor > 0).toBe(covered < total);
      }),
    );
  });

  it('never asks again for a covered instalment after paying what is due now', () => {
    fc.assert(
      fc.property(scheduleArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 800 }), (rows, share, todayOffset) => {
        const total = totalOf(rows);
        const today = day(todayOffset);
        const covered = Math.floor(total * share);
        const before = instalmentStates(rows, covered, today, { balanceMinor: total - covered });
        const after = instalmentStates(rows, covered + before.dueNowMinor, today, { balanceMinor: total - covered - before.dueNowMinor });
        before.instalments.forEach((row, i) => {
          if (row.status === 'paid') expect(after.instalments[i]?.status).toBe('paid');
          // Everything that was due by today is paid now.
          if (row.due_date <= today) expect(after.instalments[i]?.remaining_minor).toBe(0);
        });
        // What is asked next is the next unpaid instalment's remainder alone: nothing already covered.
        const next = after.instalments.find((row) => row.remaining_minor > 0);
        expect(after.dueNowMinor).toBe(next?.remaining_minor ?? 0);
        expect(after.instalments.filter((row) => row.status === 'overdue')).toEqual([]);
      }),
    );
  });

  it('is monotone in what was covered', () => {
    fc.assert(
      fc.property(scheduleArb, fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 800 }), (rows, a, b, todayOffset) => {
        const [less, more] = a <= b ? [a, b] : [b, a];
        const today = day(todayOffset);
        const low = instalmentStates(rows, less, today);
        const high = instalmentStates(rows, more, today);
        low.instalments.forEach((row, i) => {
          expect(high.instalments[i]!.paid_minor).toBeGreaterThanOrEqual(row.paid_minor);
          expect(high.instalments[i]!.remaining_minor).toBeLessThanOrEqual(row.remaining_minor);
        });
        const dueByToday = (state: typeof low) => state.instalments.filter((row) => row.due_date <= today).reduce((s, row) => s + row.remaining_minor, 0);
        expect(dueByToday(high)).toBeLessThanOrEqual(dueByToday(low));
        if (low.overdue === false) expect(high.overdue).toBe(false);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectBillingMethod, TimeEntryStatus } from '../../db/project-tables.ts';
import { entryRate, isBillableNow, lineAmount, MissingRateError, minutesToQuantityMilli, priceTime, valueOfTime, type PricingEntry, type PricingInput } from './project-billing.ts';

const entry = (id: string, minutes: number, extra: Partial<PricingEntry> = {}): PricingEntry => ({
  id,
  task_id: 't1',
  staff_user_id: 's1',
  work_date: '2026-12-01',
  duration_minutes: minutes,
  notes: null,
  status: 'unbilled',
  billable: true,
  ...extra,
});

function input(method: ProjectBillingMethod, entries: PricingEntry[], extra: Partial<PricingInput> = {}): PricingInput {
  return {
    project: { name: 'Relaunch', billing_method: method, hourly_rate_minor: 10_000, fixed_price_minor: method === 'fixed_price' ? 500_000 : null, fixed_price_invoice_id: null },
    tasks: new Map([
      ['t1', { name: 'Design', hourly_rate_minor: 8_000 }],
      ['t2', { name: 'Build', hourly_rate_minor: null }],
    ]),
    staff: new Map([
      ['s1', { name: 'Ada', hourly_rate_minor: 15_000 }],
      ['s2', { name: 'Bo', hourly_rate_minor: null }],
    ]),
    entries,
    groupBy: 'task',
    approvalOn: false,
    ...extra,
  };
}

describe('pricing unbilled time', () => {
  it('turns minutes into thousandths of an hour, rounded', () => {
    expect([1, 10, 20, 30, 45, 59, 60, 61, 90, 1440].map(minutesToQuantityMilli)).toEqual([17, 167, 333, 500, 750, 983, 1000, 1017, 1500, 24000]);
  });

  it('prices a line as the document engine does: quantity × rate / 1000, half away from zero', () => {
    expect(lineAmount(333, 9_000)).toBe(2_997);
    expect(lineAmount(167, 12_345)).toBe(2_062);
    expect(lineAmount(1_000, 0)).toBe(0);
  });

  it('takes the rate each method names, falling back to the project’s', () => {
    const base = input('task_hours', []);
    expect(entryRate(base, { task_id: 't1', staff_user_id: 's1' })).toBe(8_000);
    expect(entryRate(base, { task_id: 't2', staff_user_id: 's1' })).toBe(10_000);
    const staff = input('staff_hours', []);
    expect(entryRate(staff, { task_id: 't1', staff_user_id: 's1' })).toBe(15_000);
    expect(entryRate(staff, { task_id: 't1', staff_user_id: 's2' })).toBe(10_000);
    expect(entryRate(input('project_hours', []), { task_id: 't1', staff_user_id: 's1' })).toBe(10_000);
    const noRate = input('task_hours', []);
    noRate.project = { ...noRate.project, hourly_rate_minor: null };
    expect(() => entryRate(noRate, { task_id: 't2', staff_user_id: 's1' })).toThrow(MissingRateError);
  });

  it('bills unbilled and approved time with approval off, only approved with it on, never awaiting or queried', () => {
    const statuses: TimeEntryStatus[] = ['unbilled', 'awaiting_approval', 'approved', 'queried'];
    expect(statuses.filter((status) => isBillableNow({ status, billable: true }, false))).toEqual(['unbilled', 'approved']);
    expect(statuses.filter((status) => isBillableNow({ status, billable: true }, true))).toEqual(['approved']);
    expect(isBillableNow({ status: 'approved', billable: false }, true)).toBe(false);
    const entries = [entry('a', 60, { status: 'approved' }), entry('b', 30, { status: 'awaiting_approval' }), entry('c', 30, { status: 'queried' }), entry('d', 30)];
    const priced = priceTime(input('project_hours', entries, { approvalOn: true }));
    expect(priced).toMatchObject({ entry_ids: ['a'], total_minor: 10_000, skipped: { awaiting_approval: 1, queried: 1 } });
    expect(priceTime(input('project_hours', entries)).entry_ids).toEqual(['a', 'd']);
  });

  it('groups per task (and person for staff hours) or lists each entry', () => {
    const entries = [entry('a', 30), entry('b', 30, { task_id: 't2', work_date: '2026-11-30' }), entry('c', 45, { staff_user_id: 's2' })];
    expect(priceTime(input('staff_hours', entries)).lines.map((line) => [line.name, line.quantity_milli, line.rate_minor, line.amount_minor, line.entry_ids])).toEqual([
      ['Build · Ada', 500, 15_000, 7_500, ['b']],
      ['Design · Ada', 500, 15_000, 7_500, ['a']],
      ['Design · Bo', 750, 10_000, 7_500, ['c']],
    ]);
    const perEntry = priceTime(input('task_hours', entries, { groupBy: 'entry' }));
    expect(perEntry.lines.map((line) => [line.name, line.description, line.amount_minor])).toEqual([
      ['Build', '2026-11-30 · Ada', 5_000],
      ['Design', '2026-12-01 · Ada', 4_000],
      ['Design', '2026-12-01 · Bo', 6_000],
    ]);
    expect(perEntry.total_minor).toBe(15_000);
  });

  it('bills a fixed price once as one line carrying every eligible entry', () => {
    const entries = [entry('a', 600), entry('b', 30, { billable: false })];
    expect(priceTime(input('fixed_price', entries))).toMatchObject({ lines: [{ name: 'Relaunch', quantity_milli: 1000, rate_minor: 500_000, amount_minor: 500_000, entry_ids: ['a'] }], total_minor: 500_000, entry_ids: ['a'] });
    const done = input('fixed_price', entries);
    done.project = { ...done.project, fixed_price_invoice_id: 'inv' };
    expect(priceTime(done)).toMatchObject({ lines: [], total_minor: 0, entry_ids: [] });
  });

  it('values billable time for money budgets', () => {
    expect(valueOfTime(input('task_hours', []), [{ task_id: 't1', staff_user_id: 's1', minutes: 90 }, { task_id: 't2', staff_user_id: 's1', minutes: 30 }])).toBe(12_000 + 5_000);
  });

  const statusArb = fc.constantFrom<TimeEntryStatus>('unbilled', 'awaiting_approval', 'approved', 'queried');
  const entriesArb = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 8 }),
      task_id: fc.constantFrom('t1', 't2'),
      staff_user_id: fc.constantFrom('s1', 's2'),
      work_date: fc.constantFrom('2026-11-29', '2026-11-30', '2026-12-01'),
      duration_minutes: fc.integer({ min: 1, max: 1440 }),
      notes: fc.constant(null),
      status: statusArb,
      billable: fc.boolean(),
    }),
    { selector: (candidate) => candidate.id, maxLength: 40 },
  );

  it('bills each eligible entry exactly once, totals the lines, and stays within rounding of minutes × rate', () => {
    fc.assert(
      fc.property(entriesArb, fc.constantFrom<ProjectBillingMethod>('project_hours', 'task_hours', 'staff_hours'), fc.constantFrom<'task' | 'entry'>('task', 'entry'), fc.boolean(), (entries, method, groupBy, approvalOn) => {
        const pricing = input(method, entries, { groupBy, approvalOn });
        const priced = priceTime(pricing);
        const eligible = entries.filter((candidate) => isBillableNow(candidate, approvalOn));
        const billed = priced.lines.flatMap((line) => line.entry_ids);
        expect([...billed].sort()).toEqual(eligible.map((candidate) => candidate.id).sort());
        expect([...priced.entry_ids].sort()).toEqual([...billed].sort());
        expect(priced.total_minor).toBe(priced.lines.reduce((sum, line) => sum + line.amount_minor, 0));
        expect(priced.skipped.awaiting_approval).toBe(entries.filter((candidate) => candidate.billable && candidate.status === 'awaiting_approval').length);
        expect(priced.skipped.queried).toBe(entries.filter((candidate) => candidate.billable && candidate.status === 'queried').length);
        for (const line of priced.lines) {
          const minutes = entries.filter((candidate) => line.entry_ids.includes(candidate.id)).reduce((sum, candidate) => sum + candidate.duration_minutes, 0);
          expect(line.quantity_milli).toBe(minutesToQuantityMilli(minutes));
          expect(line.amount_minor).toBe(lineAmount(line.quantity_milli, line.rate_minor));
          // Rounding the quantity to thousandths of an hour moves the amount by at most half a thousandth of the rate, plus the cent.
          expect(Math.abs(line.amount_minor - (minutes * line.rate_minor) / 60)).toBeLessThanOrEqual(line.rate_minor / 2000 + 0.5);
        }
      }),
    );
  });
});

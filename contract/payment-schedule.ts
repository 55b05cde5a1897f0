/**
 * Payment schedules: a deposit and instalments that sum exactly to a document's total (docs/payments.md,
 * "Payment schedules"). Pure rules shared by the server (which decides) and the console's editor (which
 * shows the live sum with the same rounding).
 */
import type { FieldIssue } from './errors.ts';

export const instalmentKinds = ['deposit', 'instalment'] as const;
export type InstalmentKind = (typeof instalmentKinds)[number];

/** At most this many rows in one schedule. */
export const MAX_INSTALMENTS = 60;
/** 100 % in basis points. */
export const FULL_PERCENT_BASIS_POINTS = 10_000;

/** One row as staff give it: an amount in minor units, or a percentage of the total in basis points. */
export interface InstalmentInput {
  kind: InstalmentKind;
  amount_minor?: number | null;
  percent_basis_points?: number | null;
  due_date: string;
}

export interface PlannedInstalment {
  position: number;
  kind: InstalmentKind;
  amount_minor: number;
  percent_basis_points: number | null;
  due_date: string;
}

export type PlanResult = { ok: true; instalments: PlannedInstalment[] } | { ok: false; issues: FieldIssue[] };

const issue = (field: string, code: FieldIssue['code'], message: string, params: Record<string, unknown> = {}): FieldIssue => ({ field, code, params, message });

/**
 * The amounts of the percentage rows, by the largest-remainder method.
 *
 * Each percentage is of the document's total: its exact share is total × basis points / 10 000. Every row
 * first gets its share rounded down; the units still missing for the percentage rows to reach `target`
 * go one each to the rows with the largest remainders (ties: the earlier row). `target` is what the
 * percentage rows must come to (the total less the rows given as amounts); it is reachable only when it
 * is the exact shares' sum rounded to the nearest unit (half up), so 50 % + 50 % of 10.01 are 5.01 and
 * 5.00, and 33.33 % three times of 1.00 are 0.34, 0.33 and 0.33. Answers null when it is not reachable.
 */
export function largestRemainderAmounts(totalMinor: number, basisPoints: readonly number[], target: number): number[] | null {
  const total = BigInt(totalMinor);
  const full = BigInt(FULL_PERCENT_BASIS_POINTS);
  const exact = basisPoints.map((points) => total * BigInt(points));
  const sum = exact.reduce((a, b) => a + b, 0n);
  if ((sum + full / 2n) / full !== BigInt(target)) return null;
  const amounts = exact.map((value) => value / full);
  let missing = BigInt(target) - amounts.reduce((a, b) => a + b, 0n);
  const order = exact.map((value, index) => ({ index, remainder: value % full })).sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (missing <= 0n) break;
    amounts[index] = (amounts[index] ?? 0n) + 1n;
    missing -= 1n;
  }
  return amounts.map(Number);
}

/**
 * Turns staff's rows into amounts summing exactly to `totalMinor`, or the field issues that refuse them:
 * `instalments` (too many rows, or a sum other than the total), `instalments.<i>.amount_minor` (not a
 * positive amount), `instalments.<i>.percent_basis_points` (outside 1..10 000, or coming to nothing),
 * `instalments.<i>.due_date` (before the issue date, or not after the previous row's), and
 * `instalments.<i>.kind` (a second deposit, or a deposit that is not the first row).
 */
export function planInstalments(totalMinor: number, rows: readonly InstalmentInput[], options: { issueDate?: string } = {}): PlanResult {
  const issues: FieldIssue[] = [];
  if (rows.length === 0) return { ok: false, issues: [issue('instalments', 'too_small', 'give at least one instalment', { minimum: 1, type: 'array' })] };
  if (rows.length > MAX_INSTALMENTS) return { ok: false, issues: [issue('instalments', 'too_big', `at most ${MAX_INSTALMENTS} instalments`, { maximum: MAX_INSTALMENTS, type: 'array' })] };

  const percentRows: { index: number; points: number }[] = [];
  let fixedSum = 0;
  rows.forEach((row, index) => {
    const at = `instalments.${index}`;
    const hasAmount = row.amount_minor !== undefined && row.amount_minor !== null;
    const hasPercent = row.percent_basis_points !== undefined && row.percent_basis_points !== null;
    if (hasAmount === hasPercent) issues.push(issue(`${at}.amount_minor`, 'invalid', 'give either an amount or a percentage'));
    else if (hasAmount) {
      const amount = row.amount_minor as number;
      if (!Number.isSafeInteger(amount) || amount <= 0) issues.push(issue(`${at}.amount_minor`, 'too_small', 'must be a positive amount in minor units', { minimum: 1, type: 'number' }));
      else fixedSum += amount;
    } else {
      const points = row.percent_basis_points as number;
      if (!Number.isInteger(points) || points < 1 || points > FULL_PERCENT_BASIS_POINTS) issues.push(issue(`${at}.percent_basis_points`, 'invalid', 'must be between 1 and 10000 basis points (0.01 % to 100 %)'));
      else percentRows.push({ index, points });
    }
    if (row.kind === 'deposit' && index > 0) issues.push(issue(`${at}.kind`, 'invalid', rows.slice(0, index).some((r) => r.kind === 'deposit') ? 'only one deposit' : 'the deposit must be the first row'));
    if (options.issueDate !== undefined && row.due_date < options.issueDate) issues.push(issue(`${at}.due_date`, 'before_issue_date', 'cannot be before the issue date', { issue_date: options.issueDate }));
    else if (index > 0 && row.due_date <= (rows[index - 1]?.due_date ?? '')) issues.push(issue(`${at}.due_date`, 'invalid', 'must be after the previous instalment’s due date'));
  });
  if (issues.length > 0) return { ok: false, issues };

  const amounts = new Map<number, number>();
  if (percentRows.length > 0) {
    const shares = largestRemainderAmounts(
      totalMinor,
      percentRows.map((row) => row.points),
      totalMinor - fixedSum,
    );
    if (shares === null) return { ok: false, issues: [sumIssue(totalMinor, fixedSum + roundedShares(totalMinor, percentRows.map((row) => row.points)))] };
    percentRows.forEach((row, i) => amounts.set(row.index, shares[i] ?? 0));
  } else if (fixedSum !== totalMinor) return { ok: false, issues: [sumIssue(totalMinor, fixedSum)] };

  const planned = rows.map((row, index) => ({
    position: index + 1,
    kind: row.kind,
    amount_minor: amounts.get(index) ?? (row.amount_minor as number),
    percent_basis_points: row.percent_basis_points ?? null,
    due_date: row.due_date,
  }));
  const zero = planned.findIndex((row) => row.amount_minor <= 0);
  if (zero >= 0) return { ok: false, issues: [issue(`instalments.${zero}.percent_basis_points`, 'too_small', 'comes to less than one minor unit of the total', { minimum: 1, type: 'number' })] };
  return { ok: true, instalments: planned };
}

/** What the percentage rows come to together: their exact shares' sum, rounded to the nearest unit (half up). */
function roundedShares(totalMinor: number, basisPoints: readonly number[]): number {
  const full = BigInt(FULL_PERCENT_BASIS_POINTS);
  const sum = basisPoints.reduce((acc, points) => acc + BigInt(totalMinor) * BigInt(points), 0n);
  return Number((sum + full / 2n) / full);
}

function sumIssue(totalMinor: number, sumMinor: number): FieldIssue {
  return issue('instalments', 'invalid', `the instalments come to ${sumMinor}, not the total ${totalMinor}`, { sum_minor: sumMinor, total_minor: totalMinor });
}

/** What the console's editor shows while typing: each row's amount (null while it cannot be known) and their sum. */
export function previewInstalments(totalMinor: number, rows: readonly InstalmentInput[]): { amounts: (number | null)[]; sumMinor: number } {
  const full = BigInt(FULL_PERCENT_BASIS_POINTS);
  const amounts = rows.map((row) => {
    if (row.amount_minor !== undefined && row.amount_minor !== null) return Number.isSafeInteger(row.amount_minor) ? row.amount_minor : null;
    const points = row.percent_basis_points;
    if (points === undefined || points === null || !Number.isInteger(points) || points < 0) return null;
    return Number((BigInt(totalMinor) * BigInt(points) + full / 2n) / full);
  });
  const plan = planInstalments(totalMinor, rows);
  if (plan.ok) return { amounts: plan.instalments.map((row) => row.amount_minor), sumMinor: totalMinor };
  return { amounts, sumMinor: amounts.reduce<number>((sum, amount) => sum + (amount ?? 0), 0) };
}

export type InstalmentStatus = 'paid' | 'overdue' | 'due' | 'upcoming';

export interface ScheduledInstalment {
  amount_minor: number;
  due_date: string;
}

export type InstalmentState<T extends ScheduledInstalment> = T & { paid_minor: number; remaining_minor: number; status: InstalmentStatus };

export interface ScheduleState<T extends ScheduledInstalment> {
  instalments: InstalmentState<T>[];
  /** Overdue and due instalments' remaining amounts; when none is due, the next instalment's; never above the balance. */
  dueNowMinor: number;
  /** Some instalment is past its due date and not fully covered. */
  overdue: boolean;
}

/**
 * Where a document stands against its schedule. `coveredMinor` is what payments and credits have taken
 * off the total (total − balance), whatever order they came in; it covers the instalments in their order,
 * the earliest first, so a paid deposit is never asked for again. `today` is the organization's date.
 */
export function instalmentStates<T extends ScheduledInstalment>(instalments: readonly T[], coveredMinor: number, today: string, options: { balanceMinor?: number } = {}): ScheduleState<T> {
  let left = Math.max(0, coveredMinor);
  const states = instalments.map((instalment): InstalmentState<T> => {
    const paid = Math.min(left, instalment.amount_minor);
    left -= paid;
    const remaining = instalment.amount_minor - paid;
    const status: InstalmentStatus = remaining === 0 ? 'paid' : instalment.due_date < today ? 'overdue' : instalment.due_date === today ? 'due' : 'upcoming';
    return { ...instalment, paid_minor: paid, remaining_minor: remaining, status };
  });
  let dueNow = states.filter((state) => state.due_date <= today).reduce((sum, state) => sum + state.remaining_minor, 0);
  if (dueNow === 0) dueNow = states.find((state) => state.remaining_minor > 0)?.remaining_minor ?? 0;
  if (options.balanceMinor !== undefined) dueNow = Math.min(dueNow, Math.max(0, options.balanceMinor));
  return { instalments: states, dueNowMinor: dueNow, overdue: states.some((state) => state.status === 'overdue') };
}

import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../lib/app-error.ts';
import { findSeries, insertSeriesIfMissing, listSeriesOfOrganization, raiseNextNumber, takeNextNumber, takeNumbers, updateSeries } from './number-series.repository.ts';

export const numberSeriesKinds = ['invoice', 'estimate', 'retainer_invoice', 'credit_note', 'payment', 'sales_order', 'package', 'subscription'] as const;
export type NumberSeriesKind = (typeof numberSeriesKinds)[number];

export const defaultPrefixes: Record<NumberSeriesKind, string> = {
  invoice: 'INV-',
  estimate: 'EST-',
  retainer_invoice: 'RET-',
  credit_note: 'CN-',
  payment: 'PAY-',
  sales_order: 'SO-',
  package: 'PKG-',
  subscription: 'SUB-',
};

export function formatNumber(prefix: string, number: number, padding: number): string {
  return `${prefix}${String(number).padStart(padding, '0')}`;
}

async function ensureSeries(db: Db, organizationId: string, kind: NumberSeriesKind) {
  await insertSeriesIfMissing(db, { organization_id: organizationId, kind, prefix: defaultPrefixes[kind], next_number: 1, padding: 6 });
}

/** The series of every kind, created with defaults on first use. */
export async function listNumberSeries(ctx: AppContext, organizationId: string) {
  for (const kind of numberSeriesKinds) await ensureSeries(ctx.db, organizationId, kind);
  const rows = await listSeriesOfOrganization(ctx.db, organizationId);
  return numberSeriesKinds.map((kind) => {
    const row = rows.find((candidate) => candidate.kind === kind)!;
    return { kind, prefix: row.prefix, next_number: row.next_number, padding: row.padding, example: formatNumber(row.prefix, row.next_number, row.padding) };
  });
}

export async function updateNumberSeries(ctx: AppContext, organizationId: string, kind: NumberSeriesKind, input: { prefix?: string | undefined; next_number?: number | undefined }) {
  await ensureSeries(ctx.db, organizationId, kind);
  await updateSeries(ctx.db, organizationId, kind, {
    ...(input.prefix !== undefined ? { prefix: input.prefix } : {}),
    ...(input.next_number !== undefined ? { next_number: input.next_number } : {}),
  });
  const series = await listNumberSeries(ctx, organizationId);
  return series.find((entry) => entry.kind === kind)!;
}

/**
 * Takes the next number of a series inside the caller's transaction (the increment is one atomic
 * UPDATE … RETURNING). A number already used — staff may move the counter back — is skipped.
 */
export async function nextDocumentNumber(db: Db, organizationId: string, kind: NumberSeriesKind, isTaken: (number: string) => Promise<boolean>): Promise<string> {
  await ensureSeries(db, organizationId, kind);
  for (let attempt = 0; attempt < 1000; attempt++) {
    const taken = await takeNextNumber(db, organizationId, kind);
    const candidate = formatNumber(taken.prefix, taken.number, taken.padding);
    if (!(await isTaken(candidate))) return candidate;
  }
  throw new AppError('CONFLICT', `The ${kind} number series is exhausted; change its next number`);
}

/**
 * `count` numbers of a series at once, for bulk writes (an import's payments): blocks are taken with one
 * UPDATE each and the numbers already used skipped, as nextDocumentNumber skips them one by one.
 */
export async function takeDocumentNumbers(db: Db, organizationId: string, kind: NumberSeriesKind, count: number, takenAmong: (numbers: string[]) => Promise<Set<string>>): Promise<string[]> {
  if (count === 0) return [];
  await ensureSeries(db, organizationId, kind);
  const numbers: string[] = [];
  for (let attempt = 0; attempt < 1000 && numbers.length < count; attempt++) {
    const need = count - numbers.length;
    const block = await takeNumbers(db, organizationId, kind, need);
    const candidates = Array.from({ length: need }, (_, index) => formatNumber(block.prefix, block.first + index, block.padding));
    const taken = await takenAmong(candidates);
    numbers.push(...candidates.filter((candidate) => !taken.has(candidate)));
  }
  if (numbers.length < count) throw new AppError('CONFLICT', `The ${kind} number series is exhausted; change its next number`);
  return numbers;
}

/** The number of the series that `number` is (its prefix, then its counter with the series' padding), if it is one. */
export function counterOf(series: { prefix: string; padding: number }, number: string): number | undefined {
  if (!number.startsWith(series.prefix)) return undefined;
  const digits = number.slice(series.prefix.length);
  if (!/^\d{1,9}$/.test(digits)) return undefined;
  const counter = Number(digits);
  return formatNumber(series.prefix, counter, series.padding) === number ? counter : undefined;
}

/**
 * Moves the series' next number past the highest of `numbers` that the series itself could hand out
 * (an import of documents numbered in the series' own format). Numbers below the counter, or of another
 * format, are left to nextDocumentNumber, which skips every number already used.
 */
export async function moveSeriesPast(db: Db, organizationId: string, kind: NumberSeriesKind, numbers: readonly string[]): Promise<void> {
  await ensureSeries(db, organizationId, kind);
  const series = await findSeries(db, organizationId, kind);
  if (!series) return;
  let highest = 0;
  for (const number of numbers) highest = Math.max(highest, counterOf(series, number) ?? 0);
  if (highest >= series.next_number && highest < 999_999_999) await raiseNextNumber(db, organizationId, kind, highest + 1);
}

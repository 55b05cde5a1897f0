import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../lib/app-error.ts';
import { insertSeriesIfMissing, listSeriesOfOrganization, takeNextNumber, updateSeries } from './number-series.repository.ts';

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

import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../lib/app-error.ts';

export const numberSeriesKinds = ['invoice', 'estimate', 'retainer_invoice', 'credit_note', 'payment'] as const;
export type NumberSeriesKind = (typeof numberSeriesKinds)[number];

export const defaultPrefixes: Record<NumberSeriesKind, string> = {
  invoice: 'INV-',
  estimate: 'EST-',
  retainer_invoice: 'RET-',
  credit_note: 'CN-',
  payment: 'PAY-',
};

export function formatNumber(prefix: string, number: number, padding: number): string {
  return `${prefix}${String(number).padStart(padding, '0')}`;
}

async function ensureSeries(db: Db, organizationId: string, kind: NumberSeriesKind) {
  await db
    .insertInto('number_series')
    .values({ organization_id: organizationId, kind, prefix: defaultPrefixes[kind], next_number: 1, padding: 6 })
    .onConflict((oc) => oc.columns(['organization_id', 'kind']).doNothing())
    .execute();
}

/** The series of every kind, created with defaults on first use. */
export async function listNumberSeries(ctx: AppContext, organizationId: string) {
  for (const kind of numberSeriesKinds) await ensureSeries(ctx.db, organizationId, kind);
  const rows = await ctx.db.selectFrom('number_series').selectAll().where('organization_id', '=', organizationId).execute();
  return numberSeriesKinds.map((kind) => {
    const row = rows.find((candidate) => candidate.kind === kind)!;
    return { kind, prefix: row.prefix, next_number: row.next_number, padding: row.padding, example: formatNumber(row.prefix, row.next_number, row.padding) };
  });
}

export async function updateNumberSeries(ctx: AppContext, organizationId: string, kind: NumberSeriesKind, input: { prefix?: string | undefined; next_number?: number | undefined }) {
  await ensureSeries(ctx.db, organizationId, kind);
  await ctx.db
    .updateTable('number_series')
    .set({ ...(input.prefix !== undefined ? { prefix: input.prefix } : {}), ...(input.next_number !== undefined ? { next_number: input.next_number } : {}) })
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .execute();
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
    const row = await db
      .updateTable('number_series')
      .set((eb) => ({ next_number: eb('next_number', '+', 1) }))
      .where('organization_id', '=', organizationId)
      .where('kind', '=', kind)
      .returning(['prefix', 'next_number', 'padding'])
      .executeTakeFirstOrThrow();
    const candidate = formatNumber(row.prefix, row.next_number - 1, row.padding);
    if (!(await isTaken(candidate))) return candidate;
  }
  throw new AppError('CONFLICT', `The ${kind} number series is exhausted; change its next number`);
}

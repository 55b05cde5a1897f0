import type { Selectable } from 'kysely';
import type { NumberSeriesTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';

export type NumberSeriesRow = Selectable<NumberSeriesTable>;

/** Creates the series with the given defaults unless it exists (concurrent callers both succeed). */
export async function insertSeriesIfMissing(db: Db, row: NumberSeriesRow): Promise<void> {
  await db
    .insertInto('number_series')
    .values(row)
    .onConflict((oc) => oc.columns(['organization_id', 'kind']).doNothing())
    .execute();
}

export async function listSeriesOfOrganization(db: Db, organizationId: string): Promise<NumberSeriesRow[]> {
  return db.selectFrom('number_series').selectAll().where('organization_id', '=', organizationId).execute();
}

export async function updateSeries(db: Db, organizationId: string, kind: string, changes: { prefix?: string; next_number?: number }): Promise<void> {
  await db.updateTable('number_series').set(changes).where('organization_id', '=', organizationId).where('kind', '=', kind).execute();
}

/** Advances the counter by one in a single UPDATE … RETURNING and answers the series as it was before. */
export async function takeNextNumber(db: Db, organizationId: string, kind: string): Promise<{ prefix: string; number: number; padding: number }> {
  const row = await db
    .updateTable('number_series')
    .set((eb) => ({ next_number: eb('next_number', '+', 1) }))
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .returning(['prefix', 'next_number', 'padding'])
    .executeTakeFirstOrThrow();
  return { prefix: row.prefix, number: row.next_number - 1, padding: row.padding };
}

/** Advances the counter by `count` in one UPDATE … RETURNING and answers the first of the numbers taken. */
export async function takeNumbers(db: Db, organizationId: string, kind: string, count: number): Promise<{ prefix: string; first: number; padding: number }> {
  const row = await db
    .updateTable('number_series')
    .set((eb) => ({ next_number: eb('next_number', '+', count) }))
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .returning(['prefix', 'next_number', 'padding'])
    .executeTakeFirstOrThrow();
  return { prefix: row.prefix, first: row.next_number - count, padding: row.padding };
}

export async function findSeries(db: Db, organizationId: string, kind: string): Promise<NumberSeriesRow | undefined> {
  return db.selectFrom('number_series').selectAll().where('organization_id', '=', organizationId).where('kind', '=', kind).executeTakeFirst();
}

/** Moves the counter to `next` unless it is already there or beyond (a concurrent taker may have moved it). */
export async function raiseNextNumber(db: Db, organizationId: string, kind: string, next: number): Promise<void> {
  await db.updateTable('number_series').set({ next_number: next }).where('organization_id', '=', organizationId).where('kind', '=', kind).where('next_number', '<', next).execute();
}

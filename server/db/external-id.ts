import type { AppContext } from '../context.ts';
import { AppError, fieldIssue } from '../lib/app-error.ts';
import { tryWrite } from './transaction.ts';

export type ExternalIdTable = 'customers' | 'contact_persons' | 'items' | 'price_lists' | 'documents' | 'sales_orders' | 'packages' | 'payments';

/**
 * Whether the database refused a write because the organization already has a row of `table` with that
 * external id (the unique indexes of migrations 2026-12-07T1300 and 2026-12-08T1200): PostgreSQL names the index, SQLite the columns.
 */
export function isExternalIdTaken(error: unknown, table: ExternalIdTable): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint, message } = error as { code?: unknown; constraint?: unknown; message?: unknown };
  if (code === '23505') return constraint === `${table}_external_id`;
  return typeof message === 'string' && message.includes('UNIQUE constraint failed') && message.includes(`${table}.external_id`);
}

export function externalIdTaken(what: string): AppError {
  return new AppError('CONFLICT', `external_id: another ${what} of the organization has this external id`, [fieldIssue('external_id', 'taken', 'is already used')]);
}

/** Runs a write, turning the unique index's refusal into a 409 CONFLICT naming `external_id`. */
export async function withExternalIdCheck<T>(table: ExternalIdTable, what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isExternalIdTaken(error, table)) throw externalIdTaken(what);
    throw error;
  }
}

/** Whether an error is the 409 of withExternalIdCheck (a PUT by external id then retries as an update). */
export function isExternalIdConflict(error: unknown): boolean {
  return error instanceof AppError && error.code === 'CONFLICT' && error.message.startsWith('external_id:');
}

/** How often a PUT by external id reads again after losing a race, before it gives up with the error. */
const PUT_ATTEMPTS = 3;

export interface PutByExternalIdSteps<Row, Result> {
  /** The organization's row with the external id, if there is one. */
  find: () => Promise<Row | undefined>;
  /** Brings the found row to the body, or answers it when it already is. */
  update: (row: Row) => Promise<Result>;
  /** Creates the row (in a savepoint inside a batch, so a refused insert does not abort it). */
  create: () => Promise<Result>;
  /** Whether a failed create lost to another PUT of the same external id; by default the unique index's 409. */
  lostCreate?: (error: unknown) => boolean | Promise<boolean>;
  /** Whether a failed update lost to a change of the row meanwhile (it is then read and compared again). */
  lostUpdate?: (row: Row, error: unknown) => Promise<boolean>;
}

/**
 * The one flow of every `PUT /{resource}/by-external-id/{external_id}` (docs/api.md "Sync by external id"):
 * find the row, update it or create it; a PUT that loses a race (two creating the same external id at once,
 * the unique index refusing the second) reads again and goes the other way.
 */
export async function putByExternalId<Row, Result>(ctx: AppContext, steps: PutByExternalIdSteps<Row, Result>): Promise<{ result: Result; created: boolean }> {
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= PUT_ATTEMPTS;
    const existing = await steps.find();
    if (existing !== undefined) {
      try {
        return { result: await steps.update(existing), created: false };
      } catch (error) {
        if (!last && steps.lostUpdate && (await steps.lostUpdate(existing, error))) continue;
        throw error;
      }
    }
    try {
      return { result: await tryWrite(ctx, steps.create), created: true };
    } catch (error) {
      if (!last && (await (steps.lostCreate ?? isExternalIdConflict)(error))) continue;
      throw error;
    }
  }
}

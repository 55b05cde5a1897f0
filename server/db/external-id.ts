import { AppError, fieldIssue } from '../lib/app-error.ts';

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

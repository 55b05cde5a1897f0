import type { DocumentLinesTable, DocumentsTable, PaymentAllocationsTable, PaymentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { withExternalIdCheck } from '../../db/external-id.ts';

/*
 * The look-ups and bulk writes of an open-invoices import (csv-import-open-invoices.service.ts). The rows
 * are built as the document and payment services build theirs; written here in multi-row INSERTs for
 * the same reason as the other kinds' (csv-import.repository.ts): one statement per row is mostly round trips.
 */

/** Keys per look-up: well below both databases' bind-parameter limits. */
const LOOKUP_CHUNK = 500;
/** Documents per INSERT: 41 columns × 250 stays below SQLite's 32 766 bound parameters. */
const DOCUMENT_CHUNK = 250;

async function inChunks<T>(values: readonly string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (let start = 0; start < values.length; start += LOOKUP_CHUNK) found.push(...(await read(values.slice(start, start + LOOKUP_CHUNK))));
  return found;
}

/** Which of `numbers` are already invoice numbers of the organization. */
export async function takenInvoiceNumbers(db: Db, organizationId: string, numbers: readonly string[]): Promise<Set<string>> {
  const rows = await inChunks(numbers, (chunk) =>
    db.selectFrom('documents').select('number').where('organization_id', '=', organizationId).where('kind', '=', 'invoice').where('number', 'in', chunk).execute(),
  );
  return new Set(rows.map((row) => row.number));
}

/** Which of `externalIds` are already external ids of the organization's invoices. */
export async function takenInvoiceExternalIds(db: Db, organizationId: string, externalIds: readonly string[]): Promise<Set<string>> {
  const rows = await inChunks(externalIds, (chunk) =>
    db.selectFrom('documents').select('external_id').where('organization_id', '=', organizationId).where('kind', '=', 'invoice').where('external_id', 'in', chunk).execute(),
  );
  return new Set(rows.flatMap((row) => (row.external_id === null ? [] : [row.external_id])));
}

/** Which of `numbers` are already payment numbers of the organization. */
export async function takenPaymentNumbers(db: Db, organizationId: string, numbers: readonly string[]): Promise<Set<string>> {
  const rows = await inChunks(numbers, (chunk) => db.selectFrom('payments').select('number').where('organization_id', '=', organizationId).where('number', 'in', chunk).execute());
  return new Set(rows.map((row) => row.number));
}

export async function insertInvoices(db: Db, documents: DocumentsTable[], lines: DocumentLinesTable[]): Promise<void> {
  for (let start = 0; start < documents.length; start += DOCUMENT_CHUNK) {
    const chunk = documents.slice(start, start + DOCUMENT_CHUNK);
    await withExternalIdCheck('documents', 'document of this kind', () => db.insertInto('documents').values(chunk).execute());
  }
  for (let start = 0; start < lines.length; start += DOCUMENT_CHUNK * 2) {
    await db.insertInto('document_lines').values(lines.slice(start, start + DOCUMENT_CHUNK * 2)).execute();
  }
}

export async function insertPaymentsWithAllocations(db: Db, payments: PaymentsTable[], allocations: PaymentAllocationsTable[]): Promise<void> {
  for (let start = 0; start < payments.length; start += DOCUMENT_CHUNK) {
    const chunk = payments.slice(start, start + DOCUMENT_CHUNK);
    await withExternalIdCheck('payments', 'payment', () => db.insertInto('payments').values(chunk).execute());
  }
  for (let start = 0; start < allocations.length; start += DOCUMENT_CHUNK * 2) {
    await db.insertInto('payment_allocations').values(allocations.slice(start, start + DOCUMENT_CHUNK * 2)).execute();
  }
}

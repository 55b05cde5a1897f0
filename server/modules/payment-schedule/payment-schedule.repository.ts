import { openInvoiceStatuses } from '../../../contract/documents.ts';
import type { PaymentInstalmentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';

export type InstalmentRow = PaymentInstalmentsTable;

/** The instalments of these documents of the organization, in each document's order (one query). */
export async function listInstalments(db: Db, organizationId: string, documentIds: readonly string[]): Promise<InstalmentRow[]> {
  if (documentIds.length === 0) return [];
  const rows: InstalmentRow[] = [];
  // Chunked: SQLite caps the number of bound parameters per statement.
  for (let start = 0; start < documentIds.length; start += 500) {
    rows.push(
      ...(await db
        .selectFrom('payment_instalments')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('document_id', 'in', documentIds.slice(start, start + 500))
        .orderBy('document_id')
        .orderBy('position')
        .execute()),
    );
  }
  return rows;
}

export async function deleteInstalments(db: Db, organizationId: string, documentId: string): Promise<number> {
  const result = await db.deleteFrom('payment_instalments').where('organization_id', '=', organizationId).where('document_id', '=', documentId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function insertInstalments(db: Db, rows: readonly InstalmentRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('payment_instalments').values([...rows]).execute();
}

/** A second writer of the same schedule at the same moment: the unique (document, position) refused its rows. */
export function isDuplicatePosition(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || (typeof message === 'string' && message.includes('UNIQUE constraint failed: payment_instalments'));
}

export interface ScheduledDocumentRow {
  id: string;
  kind: 'invoice' | 'retainer_invoice';
  number: string;
  currency: string;
  total_minor: number;
  balance_minor: number;
}

/**
 * The customer's open invoices and retainer invoices (never drafts, paid or void ones) that have an
 * instalment due before `today`: the candidates for the portal's overdue instalments.
 */
export async function listOpenScheduledDocuments(db: Db, organizationId: string, customerId: string, today: string): Promise<ScheduledDocumentRow[]> {
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'kind', 'number', 'currency', 'total_minor', 'balance_minor'])
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('kind', 'in', ['invoice', 'retainer_invoice'])
    .where('status', 'in', [...openInvoiceStatuses])
    .where('balance_minor', '>', 0)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('payment_instalments')
          .select('payment_instalments.id')
          .whereRef('payment_instalments.document_id', '=', 'documents.id')
          .where('payment_instalments.due_date', '<', today),
      ),
    )
    .orderBy('issue_date')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, kind: row.kind === 'retainer_invoice' ? ('retainer_invoice' as const) : ('invoice' as const), total_minor: Number(row.total_minor), balance_minor: Number(row.balance_minor) }));
}

/** Queries shared by payments and credit applications: the documents they settle. */
import { openInvoiceStatuses } from '../../../contract/documents.ts';
import type { DocumentKind, DocumentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';

/** Statuses of an invoice or retainer invoice that can still take money. */
export const payableStatuses = openInvoiceStatuses;

export async function findDocumentsByIds(db: Db, organizationId: string, ids: string[]): Promise<DocumentsTable[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('documents').selectAll().where('organization_id', '=', organizationId).where('id', 'in', ids).execute();
}

/** The ids of the organization's invoices with these external ids (unique per organization and kind), by external id. */
export async function findInvoiceIdsByExternalIds(db: Db, organizationId: string, externalIds: string[]): Promise<Map<string, string>> {
  if (externalIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'external_id'])
    .where('organization_id', '=', organizationId)
    .where('kind', '=', 'invoice')
    .where('external_id', 'in', [...new Set(externalIds)])
    .execute();
  return new Map(rows.flatMap((row) => (row.external_id === null ? [] : [[row.external_id, row.id] as const])));
}

/** Sent invoices of a customer in a currency with something left to pay, issued on or before `onOrBefore`. */
export async function listOpenInvoices(db: Db, organizationId: string, customerId: string, currency: string, onOrBefore: string): Promise<DocumentsTable[]> {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('kind', '=', 'invoice')
    .where('currency', '=', currency)
    .where('status', 'in', payableStatuses)
    .where('balance_minor', '>', 0)
    .where('issue_date', '<=', onOrBefore)
    .execute();
}

/**
 * Takes `amount` off a document's balance only if the balance still covers it and the document is in
 * one of `statuses`: one conditional UPDATE, so two requests racing for the same balance cannot both
 * succeed (PostgreSQL re-checks the condition after the first one commits; SQLite runs write
 * transactions one at a time). The document's version moves on, so an edit or a transition decided on
 * the balance before cannot be written after it. Answers whether it did.
 */
export async function takeFromBalance(db: Db, documentId: string, kinds: DocumentKind[], statuses: readonly string[], amount: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('documents')
    .set((eb) => ({ balance_minor: eb('balance_minor', '-', amount), version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', documentId)
    .where('kind', 'in', kinds)
    .where('status', 'in', statuses)
    // What online payments in flight hold of the balance is not there to take (pending_minor).
    .where((eb) => eb(eb('balance_minor', '-', eb.ref('pending_minor')), '>=', amount))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Holds `amount` of a document's balance for an online payment in flight: only while the balance less
 * what is already held covers it (and, with `onlyIfNothingHeld`, while nothing else is held), in one
 * conditional UPDATE, so of two attempts racing for the same balance exactly one gets it.
 */
export async function holdBalance(db: Db, documentId: string, amount: number, onlyIfNothingHeld: boolean, at: string): Promise<boolean> {
  let query = db
    .updateTable('documents')
    .set((eb) => ({ pending_minor: eb('pending_minor', '+', amount), version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', documentId)
    .where('kind', 'in', ['invoice', 'retainer_invoice'])
    .where('status', 'in', payableStatuses)
    .where((eb) => eb(eb('balance_minor', '-', eb.ref('pending_minor')), '>=', amount));
  if (onlyIfNothingHeld) query = query.where('pending_minor', '=', 0);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives back what an attempt held (it completed or failed); never below zero. */
export async function releaseBalance(db: Db, documentId: string, amount: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('documents')
    .set((eb) => ({ pending_minor: eb('pending_minor', '-', amount), version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', documentId)
    .where('pending_minor', '>=', amount)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

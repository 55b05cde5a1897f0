import { sql } from 'kysely';
import { openInvoiceStatuses } from '../../../contract/documents.ts';
import type { DocumentKind, DocumentLinesTable, DocumentsTable } from '../../db/billing-tables.ts';
import type { ContactPersonRow, Db } from '../../db/database.ts';
import { selectPage, type Keyset, type Page, type PageRequest } from '../../db/keyset.ts';
import { withExternalIdCheck } from '../../db/external-id.ts';
import { containsText } from '../../db/search.ts';
import { documentKeyset, type DocumentSortKey } from './document-keyset.ts';

export async function insertDocument(db: Db, row: DocumentsTable): Promise<void> {
  await withExternalIdCheck('documents', 'document of this kind', () => db.insertInto('documents').values(row).execute());
}

export async function insertLines(db: Db, lines: DocumentLinesTable[]): Promise<void> {
  // Chunked: SQLite caps the number of bound parameters per statement.
  for (let start = 0; start < lines.length; start += 40) {
    await db.insertInto('document_lines').values(lines.slice(start, start + 40)).execute();
  }
}

export async function deleteLines(db: Db, documentId: string): Promise<void> {
  await db.deleteFrom('document_lines').where('document_id', '=', documentId).execute();
}

export async function findDocument(db: Db, organizationId: string, id: string, kind?: DocumentKind): Promise<DocumentsTable | undefined> {
  let query = db.selectFrom('documents').selectAll().where('organization_id', '=', organizationId).where('id', '=', id);
  if (kind) query = query.where('kind', '=', kind);
  return query.executeTakeFirst();
}

/** A document by id alone, for a caller that already holds it in its transaction (balances). */
export async function findDocumentByExternalId(db: Db, organizationId: string, kind: DocumentKind, externalId: string): Promise<DocumentsTable | undefined> {
  return db.selectFrom('documents').selectAll().where('organization_id', '=', organizationId).where('kind', '=', kind).where('external_id', '=', externalId).executeTakeFirst();
}

export async function findDocumentById(db: Db, id: string): Promise<DocumentsTable | undefined> {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A document of this customer that the portal may show (never a draft). */
export async function findCustomerDocument(db: Db, organizationId: string, customerId: string, kind: DocumentKind, id: string): Promise<DocumentsTable | undefined> {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('kind', '=', kind)
    .where('id', '=', id)
    .where('status', '!=', 'draft')
    .executeTakeFirst();
}

export async function findLines(db: Db, documentId: string): Promise<DocumentLinesTable[]> {
  return db.selectFrom('document_lines').selectAll().where('document_id', '=', documentId).orderBy('position').execute();
}

/**
 * Writes figures derived in the same transaction as a versioned change (balances recomputed after a
 * payment, an edit or a send); the version was bumped by that change.
 */
export async function updateDocumentRow(db: Db, id: string, changes: Partial<DocumentsTable>): Promise<void> {
  await db.updateTable('documents').set(changes).where('id', '=', id).execute();
}

/** Applies `changes` and bumps the version, only while the row is at `version`. Answers whether it was. */
export async function updateDocumentAtVersion(db: Db, id: string, version: number, changes: Partial<DocumentsTable>): Promise<boolean> {
  const { version: _ignored, ...rest } = changes;
  const result = await withExternalIdCheck('documents', 'document of this kind', () =>
    db
      .updateTable('documents')
      .set((eb) => ({ ...rest, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst(),
  );
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteDocumentAtVersion(db: Db, id: string, version: number): Promise<boolean> {
  const result = await db.deleteFrom('documents').where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** The organization's taxes among `ids` (the ones lines refer to). */
export async function listTaxesByIds(db: Db, organizationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('taxes').selectAll().where('organization_id', '=', organizationId).where('id', 'in', ids).execute();
}

/** Which of `ids` are items of the organization. */
export async function listItemIdsByIds(db: Db, organizationId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('items').select('id').where('organization_id', '=', organizationId).where('id', 'in', ids).execute();
  return rows.map((row) => row.id);
}

/** Whether any payment (of any status) is allocated to the document. */
export async function hasPaymentAllocations(db: Db, documentId: string): Promise<boolean> {
  const rows = await db.selectFrom('payment_allocations').select('id').where('document_id', '=', documentId).limit(1).execute();
  return rows.length > 0;
}

/** The customer's contacts whose portal access is live and who have an email. */
export async function listContactsWithPortalAccess(db: Db, customerId: string): Promise<ContactPersonRow[]> {
  return db
    .selectFrom('contact_persons')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('portal_enabled', '=', 1)
    .where('disabled_at', 'is', null)
    .where('email', 'is not', null)
    .execute();
}

export async function isDocumentNumberTaken(db: Db, organizationId: string, kind: DocumentKind, number: string): Promise<boolean> {
  const row = await db.selectFrom('documents').select('id').where('organization_id', '=', organizationId).where('kind', '=', kind).where('number', '=', number).executeTakeFirst();
  return row !== undefined;
}

export async function sumAllocations(db: Db, documentId: string): Promise<number> {
  const row = await db
    .selectFrom('payment_allocations')
    .innerJoin('payments', 'payments.id', 'payment_allocations.payment_id')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('payment_allocations.amount_minor'), eb.val(0)).as('total'))
    .where('payment_allocations.document_id', '=', documentId)
    .where('payments.status', '=', 'completed')
    .executeTakeFirstOrThrow();
  // Refunds give back part of what payments paid on the document.
  const refunded = await db
    .selectFrom('refund_allocations')
    .innerJoin('refunds', 'refunds.id', 'refund_allocations.refund_id')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('refund_allocations.amount_minor'), eb.val(0)).as('total'))
    .where('refund_allocations.document_id', '=', documentId)
    .where('refunds.status', '=', 'succeeded')
    .executeTakeFirstOrThrow();
  return Number(row.total) - Number(refunded.total);
}

/** sumAllocations for many documents at once: what completed payments paid on each, less what refunds gave back. */
export async function sumAllocationsOf(db: Db, documentIds: readonly string[]): Promise<Map<string, number>> {
  const sums = new Map<string, number>();
  if (documentIds.length === 0) return sums;
  const paid = await db
    .selectFrom('payment_allocations')
    .innerJoin('payments', 'payments.id', 'payment_allocations.payment_id')
    .select(['payment_allocations.document_id', (eb) => eb.fn.sum<number>('payment_allocations.amount_minor').as('total')])
    .where('payment_allocations.document_id', 'in', [...documentIds])
    .where('payments.status', '=', 'completed')
    .groupBy('payment_allocations.document_id')
    .execute();
  const refunded = await db
    .selectFrom('refund_allocations')
    .innerJoin('refunds', 'refunds.id', 'refund_allocations.refund_id')
    .select(['refund_allocations.document_id', (eb) => eb.fn.sum<number>('refund_allocations.amount_minor').as('total')])
    .where('refund_allocations.document_id', 'in', [...documentIds])
    .where('refunds.status', '=', 'succeeded')
    .groupBy('refund_allocations.document_id')
    .execute();
  for (const row of paid) sums.set(row.document_id, Number(row.total));
  for (const row of refunded) sums.set(row.document_id, (sums.get(row.document_id) ?? 0) - Number(row.total));
  return sums;
}

/** The credit applied to each of many invoices. */
export async function sumCreditsAppliedTo(db: Db, invoiceIds: readonly string[]): Promise<Map<string, number>> {
  if (invoiceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('credit_applications')
    .select(['invoice_id', (eb) => eb.fn.sum<number>('amount_minor').as('total')])
    .where('invoice_id', 'in', [...invoiceIds])
    .groupBy('invoice_id')
    .execute();
  return new Map(rows.map((row) => [row.invoice_id, Number(row.total)]));
}

export async function findDocumentsByIdList(db: Db, ids: readonly string[]): Promise<DocumentsTable[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('documents').selectAll().where('id', 'in', [...ids]).execute();
}

export type DocumentFigures = Pick<DocumentsTable, 'id' | 'paid_minor' | 'credited_minor' | 'balance_minor' | 'status'>;

/**
 * updateDocumentRow of the settled figures for many documents in one UPDATE … FROM (VALUES …), joined on
 * the id (both databases name a VALUES list's columns column1, column2, …).
 */
export async function updateDocumentFigures(db: Db, rows: readonly DocumentFigures[]): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(rows.map((row) => sql`(${row.id}, cast(${row.paid_minor} as bigint), cast(${row.credited_minor} as bigint), cast(${row.balance_minor} as bigint), ${row.status})`));
  await sql`update documents set paid_minor = v.column2, credited_minor = v.column3, balance_minor = v.column4, status = v.column5 from (values ${values}) as v where documents.id = v.column1`.execute(db);
}

export async function sumCreditsApplied(db: Db, column: 'invoice_id' | 'credit_note_id', documentId: string): Promise<number> {
  const row = await db
    .selectFrom('credit_applications')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_minor'), eb.val(0)).as('total'))
    .where(column, '=', documentId)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** Customer names, open dispute counts and the invoice an estimate became, for a page of documents. */
export async function documentExtras(db: Db, documents: DocumentsTable[]) {
  const ids = documents.map((document) => document.id);
  const customerIds = [...new Set(documents.map((document) => document.customer_id))];
  const viewerIds = [...new Set(documents.flatMap((document) => (document.viewed_by_contact_id ? [document.viewed_by_contact_id] : [])))];
  if (ids.length === 0) return { customers: new Map<string, string>(), disputes: new Map<string, number>(), conversions: new Map<string, string>(), viewers: new Map<string, string>() };
  const [customers, disputes, conversions, viewers] = await Promise.all([
    db.selectFrom('customers').select(['id', 'display_name']).where('id', 'in', customerIds).execute(),
    db.selectFrom('disputes').select(['document_id', (eb) => eb.fn.countAll<number>().as('count')]).where('document_id', 'in', ids).where('status', '=', 'open').groupBy('document_id').execute(),
    db.selectFrom('documents').select(['id', 'source_document_id']).where('source_document_id', 'in', ids).where('kind', '=', 'invoice').execute(),
    viewerIds.length ? db.selectFrom('contact_persons').select(['id', 'first_name', 'last_name']).where('id', 'in', viewerIds).execute() : Promise.resolve([]),
  ]);
  return {
    customers: new Map(customers.map((row) => [row.id, row.display_name])),
    disputes: new Map(disputes.map((row) => [row.document_id, Number(row.count)])),
    conversions: new Map(conversions.flatMap((row) => (row.source_document_id ? [[row.source_document_id, row.id]] : []))),
    viewers: new Map(viewers.map((row) => [row.id, `${row.first_name} ${row.last_name}`.trim()])),
  };
}

const staffDocumentLists: Record<DocumentKind, Keyset<DocumentsTable, DocumentSortKey>> = {
  estimate: documentKeyset('documents.estimate'),
  invoice: documentKeyset('documents.invoice'),
  retainer_invoice: documentKeyset('documents.retainer_invoice'),
  credit_note: documentKeyset('documents.credit_note'),
};

export interface DocumentListOptions extends PageRequest<DocumentSortKey> {
  organizationId: string;
  kind: DocumentKind;
  customerId?: string | undefined;
  /** A stored status, or the computed `overdue` / `expired` (as of `today`). */
  status?: string | undefined;
  today: string;
  /** In the number or the reference. */
  search?: string | undefined;
  /** Only documents changed at or after this instant (an incremental pull). */
  updatedSince?: string | undefined;
}

/** One page of an organization's documents of one kind (drafts included), filtered and sorted. */
export async function listDocumentPage(db: Db, options: DocumentListOptions): Promise<Page<DocumentsTable>> {
  let query = db.selectFrom('documents').selectAll().where('organization_id', '=', options.organizationId).where('kind', '=', options.kind);
  if (options.customerId) query = query.where('customer_id', '=', options.customerId);
  if (options.updatedSince !== undefined) query = query.where('updated_at', '>=', options.updatedSince);
  if (options.status === 'overdue') {
    query = query.where('status', 'in', openInvoiceStatuses).where('due_date', '<', options.today).where('balance_minor', '>', 0);
  } else if (options.status === 'expired') {
    query = query.where('status', 'in', ['sent', 'changes_requested']).where('expiry_date', '<', options.today);
  } else if (options.status) {
    query = query.where('status', '=', options.status);
  }
  if (options.search) query = query.where(containsText(['number', 'reference'], options.search));
  return selectPage(query, staffDocumentLists[options.kind], options);
}

import { sql, type SelectQueryBuilder } from 'kysely';
import type { DocumentKind, DocumentLinesTable, DocumentsTable } from '../../db/billing-tables.ts';
import type { Database, Db } from '../../db/database.ts';

export async function insertDocument(db: Db, row: DocumentsTable): Promise<void> {
  await db.insertInto('documents').values(row).execute();
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

export async function findLines(db: Db, documentId: string): Promise<DocumentLinesTable[]> {
  return db.selectFrom('document_lines').selectAll().where('document_id', '=', documentId).orderBy('position').execute();
}

export async function updateDocumentRow(db: Db, id: string, changes: Partial<DocumentsTable>): Promise<void> {
  await db.updateTable('documents').set(changes).where('id', '=', id).execute();
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
  return Number(row.total);
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

export type DocumentQuery = SelectQueryBuilder<Database, 'documents', DocumentsTable>;

export const sortColumns = { issue_date: 'issue_date', due_date: 'due_date', total: 'total_minor', number: 'number' } as const;

/**
 * One page of documents, ordered by a sort key then id. `restrict` adds the caller's filters (staff
 * status filters, the portal's customer and "no drafts" rule). `after` is the last row's [key, id].
 */
export async function listDocumentPage(
  db: Db,
  options: {
    organizationId: string;
    kind: DocumentKind;
    restrict?: (query: DocumentQuery) => DocumentQuery;
    search?: string | undefined;
    sort: keyof typeof sortColumns;
    descending: boolean;
    limit: number;
    after?: [string | number, string] | undefined;
  },
): Promise<DocumentsTable[]> {
  let query: DocumentQuery = db.selectFrom('documents').selectAll().where('organization_id', '=', options.organizationId).where('kind', '=', options.kind);
  if (options.restrict) query = options.restrict(query);
  if (options.search) {
    const pattern = `%${options.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb(eb.fn('lower', ['number']), 'like', pattern), eb(eb.fn('lower', ['reference']), 'like', pattern)]));
  }
  const column = sortColumns[options.sort];
  // Estimates have no due date: sorting treats a missing one as the empty string.
  const key = column === 'due_date' ? sql<string>`coalesce(due_date, '')` : sql.ref<string | number>(column);
  if (options.after) {
    const [value, id] = options.after;
    const op = options.descending ? '<' : '>';
    query = query.where((eb) => eb.or([eb(key, op, value), eb.and([eb(key, '=', value), eb('id', op, id)])]));
  }
  const direction = options.descending ? 'desc' : 'asc';
  return query.orderBy(key, direction).orderBy('id', direction).limit(options.limit).execute();
}

export function sortValueOf(document: DocumentsTable, sort: keyof typeof sortColumns): string | number {
  if (sort === 'due_date') return document.due_date ?? '';
  if (sort === 'total') return document.total_minor;
  return document[sortColumns[sort]];
}

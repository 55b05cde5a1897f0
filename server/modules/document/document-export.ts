import { decimalAmount } from '../../../contract/money.ts';
import type { AppContext } from '../../context.ts';
import { eachPage } from '../../db/keyset.ts';
import { CSV_EXPORT_PAGE_SIZE, csvChunks, type CsvColumn } from '../../lib/csv.ts';
import { presentDocumentSummaries } from './document.presenter.ts';
import type { DocumentSummaryResponse, ListDocumentsQuery } from './document.schemas.ts';
import { listDocuments } from './document.service.ts';

/** The columns of invoices.csv (docs/api.md "CSV export"): amounts in minor units, the balance also as a decimal. */
export const invoiceCsvColumns: CsvColumn<DocumentSummaryResponse>[] = [
  { header: 'id', value: (d) => d.id },
  { header: 'number', value: (d) => d.number },
  { header: 'status', value: (d) => d.status },
  { header: 'customer_id', value: (d) => d.customer.id },
  { header: 'customer_name', value: (d) => d.customer.display_name },
  { header: 'currency', value: (d) => d.currency },
  { header: 'issue_date', value: (d) => d.issue_date },
  { header: 'due_date', value: (d) => d.due_date },
  { header: 'reference', value: (d) => d.reference },
  { header: 'total_minor', value: (d) => d.total_minor },
  { header: 'paid_minor', value: (d) => d.paid_minor },
  { header: 'credited_minor', value: (d) => d.credited_minor },
  { header: 'balance_minor', value: (d) => d.balance_minor },
  { header: 'balance', value: (d) => decimalAmount(d.balance_minor, d.currency) },
  { header: 'sent_at', value: (d) => d.sent_at },
];

/** Every invoice the filters match (status, customer, search, sort), as CSV chunks in the JSON list's order. */
export function invoicesCsv(ctx: AppContext, organizationId: string, query: Omit<ListDocumentsQuery, 'limit' | 'cursor'>): AsyncIterable<string> {
  const pages = async function* () {
    for await (const rows of eachPage((cursor) => listDocuments(ctx, organizationId, 'invoice', { ...query, limit: CSV_EXPORT_PAGE_SIZE, cursor }))) {
      yield presentDocumentSummaries(ctx.db, rows, ctx.clock.now());
    }
  };
  return csvChunks(invoiceCsvColumns, pages());
}

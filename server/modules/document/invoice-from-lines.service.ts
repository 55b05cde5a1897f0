import { computeDocumentAmounts } from '../../../contract/document-totals.ts';
import type { AppContext } from '../../context.ts';
import type { DocumentLinesTable, DocumentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { nextDocumentNumber } from '../number-series/number-series.service.ts';
import { organizationToday } from '../organization/organization-today.ts';
import { addDays, untouchedDocumentState } from './document.ts';
import * as repo from './document.repository.ts';

/** A line whose rate, discount and tax were settled elsewhere (a sales order's), copied as it is. */
export type SettledLine = Pick<
  DocumentLinesTable,
  'item_id' | 'name' | 'description' | 'unit' | 'quantity_milli' | 'rate_minor' | 'discount_type' | 'discount_value' | 'tax_id' | 'tax_name' | 'tax_rate_millipercent'
>;

export interface InvoiceFromLinesInput {
  organizationId: string;
  customerId: string;
  currency: string;
  salesOrderId: string | null;
  staffUserId: string | null;
  reference: string | null;
  notes: string | null;
  lines: readonly SettledLine[];
  /** The organization's today when left out. */
  issueDate?: string | undefined;
  /** 30 days after the issue date when left out. */
  dueDate?: string | undefined;
}

/**
 * A draft invoice with exactly these lines, inside the caller's transaction: the amounts are computed
 * by the same rules as every document's (contract/document-totals.ts), so the same rates give the same
 * totals to the minor unit. Answers the invoice row.
 */
export async function createInvoiceFromLines(ctx: AppContext, db: Db, input: InvoiceFromLinesInput): Promise<DocumentsTable> {
  if (input.lines.length === 0) throw validationError('lines', 'too_small', 'add at least one line');
  const id = newId();
  let amounts;
  try {
    amounts = computeDocumentAmounts(input.lines.map((line) => ({ quantity_milli: line.quantity_milli, rate_minor: line.rate_minor, discount_type: line.discount_type, discount_value: line.discount_value, tax_rate_millipercent: line.tax_rate_millipercent })));
  } catch {
    throw validationError('lines', 'amounts_too_large', 'the amounts are too large');
  }
  const now = isoNow(ctx.clock);
  const issueDate = input.issueDate ?? (await organizationToday(ctx, input.organizationId, db));
  const dueDate = input.dueDate ?? addDays(issueDate, 30);
  if (dueDate < issueDate) throw validationError('due_date', 'before_issue_date', 'cannot be before the issue date');
  const number = await nextDocumentNumber(db, input.organizationId, 'invoice', (candidate) => repo.isDocumentNumberTaken(db, input.organizationId, 'invoice', candidate));
  const invoice: DocumentsTable = {
    id,
    sales_order_id: input.salesOrderId,
    organization_id: input.organizationId,
    external_id: null,
    customer_id: input.customerId,
    kind: 'invoice',
    number,
    status: 'draft',
    currency: input.currency,
    issue_date: issueDate,
    due_date: dueDate,
    expiry_date: null,
    reference: input.reference,
    notes: input.notes,
    terms: null,
    subtotal_minor: amounts.subtotal_minor,
    discount_minor: amounts.discount_minor,
    tax_minor: amounts.tax_minor,
    total_minor: amounts.total_minor,
    ...untouchedDocumentState,
    balance_minor: amounts.total_minor,
    source_document_id: null,
    created_by: input.staffUserId,
    created_at: now,
    updated_at: now,
  };
  await repo.insertDocument(db, invoice);
  await repo.insertLines(
    db,
    input.lines.map((line, index) => ({
      id: newId(),
      document_id: id,
      position: index + 1,
      item_id: line.item_id,
      name: line.name,
      description: line.description,
      unit: line.unit,
      quantity_milli: line.quantity_milli,
      rate_minor: line.rate_minor,
      discount_type: line.discount_type,
      discount_value: line.discount_value,
      tax_id: line.tax_id,
      tax_name: line.tax_name,
      tax_rate_millipercent: line.tax_rate_millipercent,
      ...amounts.lines[index]!,
    })),
  );
  return invoice;
}

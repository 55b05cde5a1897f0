import { computeDocumentAmounts } from '../../../contract/document-totals.ts';
import type { AppContext } from '../../context.ts';
import type { DocumentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { sendDocumentWithin } from '../document/document-lifecycle.service.ts';
import { untouchedDocumentState } from '../document/document.ts';
import type { SettledLine } from '../document/invoice-from-lines.service.ts';
import { nextDocumentNumber } from '../number-series/number-series.service.ts';
import { organizationToday } from '../organization/organization-today.ts';
import * as repo from './subscription-action.repository.ts';

export interface SubscriptionCreditNoteInput {
  organizationId: string;
  customerId: string;
  currency: string;
  /** The subscription's number. */
  reference: string;
  notes: string | null;
  lines: readonly SettledLine[];
}

/**
 * An open credit note with exactly these lines, inside the caller's transaction, sent to the customer's
 * contacts when it commits (the unused part of a cancelled period, a change that costs less now). Its
 * credit is the customer's to apply to invoices or to refund, as any credit note's. Answers the sent row.
 */
export async function issueCreditNoteWithin(ctx: AppContext, trx: Db, input: SubscriptionCreditNoteInput): Promise<DocumentsTable> {
  const id = newId();
  const amounts = computeDocumentAmounts(input.lines.map((line) => ({ ...line })));
  const now = isoNow(ctx.clock);
  const issueDate = await organizationToday(ctx, input.organizationId, trx);
  const number = await nextDocumentNumber(trx, input.organizationId, 'credit_note', (candidate) => repo.isDocumentNumberTaken(trx, input.organizationId, 'credit_note', candidate));
  const document: DocumentsTable = {
    id,
    sales_order_id: null,
    organization_id: input.organizationId,
    external_id: null,
    customer_id: input.customerId,
    kind: 'credit_note',
    number,
    status: 'draft',
    currency: input.currency,
    issue_date: issueDate,
    due_date: null,
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
    created_by: null,
    created_at: now,
    updated_at: now,
  };
  await repo.insertDocumentWithLines(
    trx,
    document,
    input.lines.map((line, index) => ({ id: newId(), document_id: id, position: index + 1, ...line, ...amounts.lines[index]! })),
  );
  return sendDocumentWithin(ctx, trx, input.organizationId, 'credit_note', id);
}

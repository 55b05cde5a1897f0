import { percentFromMillipercent, quantityFromMilli } from '../../../contract/units.ts';
import type { DocumentLinesTable, DocumentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { organizationDateAt } from '../organization/organization-today.ts';
import { effectiveStatus } from './document.ts';
import { documentExtras, findLines } from './document.repository.ts';
import type { DocumentResponse, DocumentSummaryResponse } from './document.schemas.ts';

type Extras = Awaited<ReturnType<typeof documentExtras>>;

export function toLineResponse(line: DocumentLinesTable): DocumentResponse['lines'][number] {
  return {
    id: line.id,
    position: line.position,
    item_id: line.item_id,
    name: line.name,
    description: line.description,
    unit: line.unit,
    quantity: quantityFromMilli(line.quantity_milli),
    rate_minor: line.rate_minor,
    discount_type: line.discount_type,
    discount_percent: line.discount_type === 'percent' ? line.discount_value / 100 : null,
    discount_amount_minor: line.discount_type === 'amount' ? line.discount_value : null,
    tax_id: line.tax_id,
    tax_name: line.tax_name,
    tax_rate_percent: percentFromMillipercent(line.tax_rate_millipercent),
    gross_minor: line.gross_minor,
    discount_minor: line.discount_minor,
    tax_minor: line.tax_minor,
    total_minor: line.total_minor,
  };
}

function toSummary(document: DocumentsTable, extras: Extras, today: string): DocumentSummaryResponse {
  return {
    id: document.id,
    kind: document.kind,
    number: document.number,
    status: effectiveStatus(document, today),
    customer: { id: document.customer_id, display_name: extras.customers.get(document.customer_id) ?? '' },
    currency: document.currency,
    issue_date: document.issue_date,
    due_date: document.due_date,
    expiry_date: document.expiry_date,
    reference: document.reference,
    external_id: document.external_id,
    subtotal_minor: document.subtotal_minor,
    discount_minor: document.discount_minor,
    tax_minor: document.tax_minor,
    total_minor: document.total_minor,
    paid_minor: document.paid_minor,
    credited_minor: document.credited_minor,
    balance_minor: document.balance_minor,
    sent_at: document.sent_at,
    viewed_at: document.viewed_at,
    viewed_by: document.viewed_at && document.viewed_by_contact_id ? { contact_person_id: document.viewed_by_contact_id, name: extras.viewers.get(document.viewed_by_contact_id) ?? '' } : null,
    accepted_at: document.accepted_at,
    accepted_by_name: document.accepted_by_name,
    declined_at: document.declined_at,
    decline_reason: document.decline_reason,
    changes_requested_at: document.changes_requested_at,
    voided_at: document.voided_at,
    marked_by_staff: document.marked_by_name !== null ? { staff_user_id: document.marked_by_staff_user_id, name: document.marked_by_name } : null,
    source_document_id: document.source_document_id,
    converted_invoice_id: extras.conversions.get(document.id) ?? null,
    open_dispute_count: extras.disputes.get(document.id) ?? 0,
    created_at: document.created_at,
    updated_at: document.updated_at,
    version: document.version,
  };
}

/** Each organization's date at `now` (overdue and expired are counted on its own calendar). */
async function todaysOf(db: Db, documents: DocumentsTable[], now: Date): Promise<Map<string, string>> {
  const organizations = [...new Set(documents.map((document) => document.organization_id))];
  return new Map(await Promise.all(organizations.map(async (id) => [id, await organizationDateAt(db, id, now)] as const)));
}

/** With `today`, the caller's own organization's date (the portal knows it): the documents must all be of that organization. */
export async function presentDocumentSummaries(db: Db, documents: DocumentsTable[], now: Date, today?: string): Promise<DocumentSummaryResponse[]> {
  const [extras, todays] = await Promise.all([documentExtras(db, documents), today === undefined ? todaysOf(db, documents, now) : undefined]);
  return documents.map((document) => toSummary(document, extras, today ?? todays?.get(document.organization_id) ?? ''));
}

/** A document with its lines, as staff and the portal see it (`today` as for presentDocumentSummaries). */
export async function presentDocument(db: Db, document: DocumentsTable, now: Date, knownToday?: string): Promise<DocumentResponse> {
  const [extras, lines, today] = await Promise.all([documentExtras(db, [document]), findLines(db, document.id), knownToday ?? organizationDateAt(db, document.organization_id, now)]);
  return { ...toSummary(document, extras, today), notes: document.notes, terms: document.terms, lines: lines.map(toLineResponse) };
}

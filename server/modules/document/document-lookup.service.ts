/**
 * How other modules (comments, disputes, the portal) find a document: the document module's repository
 * is the only one that looks documents up, and these functions are its public face.
 */
import type { DocumentKind, DocumentLinesTable, DocumentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import * as repo from './document.repository.ts';

export type DocumentRow = DocumentsTable;

/** The organization's documents among `ids` (those a payment or credit is allocated to). */
export async function findDocumentsByIds(db: Db, organizationId: string, ids: string[]): Promise<DocumentRow[]> {
  return repo.findDocumentsByIds(db, organizationId, ids);
}

/** Sent invoices of a customer in a currency with something left to pay, issued on or before `onOrBefore`. */
export async function listOpenInvoices(db: Db, organizationId: string, customerId: string, currency: string, onOrBefore: string): Promise<DocumentRow[]> {
  return repo.listOpenInvoices(db, organizationId, customerId, currency, onOrBefore);
}

/** The document's lines in their order (what a PDF prints). */
export async function findDocumentLines(db: Db, documentId: string): Promise<DocumentLinesTable[]> {
  return repo.findLines(db, documentId);
}

/** Any document of the organization, drafts included (staff). */
export async function findOrganizationDocument(db: Db, organizationId: string, kind: DocumentKind, id: string): Promise<DocumentRow | undefined> {
  return repo.findDocument(db, organizationId, id, kind);
}

/** A document of this customer that the portal may show (never a draft). */
export async function findPortalDocument(db: Db, organizationId: string, customerId: string, kind: DocumentKind, id: string): Promise<DocumentRow | undefined> {
  return repo.findCustomerDocument(db, organizationId, customerId, kind, id);
}

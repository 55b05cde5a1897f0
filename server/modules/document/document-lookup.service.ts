/**
 * How other modules (comments, disputes, the portal) find a document: the document module's repository
 * is the only one that looks documents up, and these functions are its public face.
 */
import type { DocumentKind, DocumentLinesTable, DocumentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import * as repo from './document.repository.ts';

export type DocumentRow = DocumentsTable;

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

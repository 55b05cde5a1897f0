/**
 * How other modules (comments, disputes, the portal) find a document: the document module's repository
 * is the only one that looks documents up, and these functions are its public face.
 */
import type { DocumentKind, DocumentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import * as repo from './document.repository.ts';

export type DocumentRow = DocumentsTable;

/** Any document of the organization, drafts included (staff). */
export async function findOrganizationDocument(db: Db, organizationId: string, kind: DocumentKind, id: string): Promise<DocumentRow | undefined> {
  return repo.findDocument(db, organizationId, id, kind);
}

/** A document of this customer that the portal may show (never a draft). */
export async function findPortalDocument(db: Db, organizationId: string, customerId: string, kind: DocumentKind, id: string): Promise<DocumentRow | undefined> {
  return repo.findCustomerDocument(db, organizationId, customerId, kind, id);
}

import { documentKinds, documentPaths } from './document.ts';
import type { DocumentKind } from '../../db/billing-tables.ts';
import { defineSyncOperation } from '../../http/sync-operation.ts';
import { documentResponse, putDocumentBody } from './document.schemas.ts';
import { putDocumentByExternalId } from './document-sync.service.ts';

/** PUT /{invoices|estimates|credit-notes|retainer-invoices}/by-external-id/{external_id}, also operations of POST /batch. */
export function documentPut(kind: DocumentKind) {
  return defineSyncOperation({
    resource: documentPaths[kind],
    scope: 'documents.write',
    body: putDocumentBody,
    response: documentResponse,
    put: async (ctx, staff, externalId, body) => {
      const { document, created } = await putDocumentByExternalId(ctx, staff, kind, externalId, body);
      return { status: created ? 201 : 200, body: document };
    },
  });
}

export const documentPuts = documentKinds.map(documentPut);

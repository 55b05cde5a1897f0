import type { DocumentsTable } from '../../db/billing-tables.ts';
import { defineKeyset, type Keyset, type SortKey } from '../../db/keyset.ts';

/** The sort keys of document lists, staff's and the portal's. Estimates and credit notes have no due date: it sorts first. */
export const documentSortKeys = {
  issue_date: { column: 'issue_date', type: 'string', of: (document) => document.issue_date },
  due_date: { column: 'due_date', type: 'string', nulls: 'first', of: (document) => document.due_date },
  total: { column: 'total_minor', type: 'integer', of: (document) => document.total_minor },
  number: { column: 'number', type: 'string', of: (document) => document.number },
  // Incremental pulls (`updated_since`): ties on updated_at are broken by id, so paging sees each change once.
  updated_at: { column: 'updated_at', type: 'string', of: (document) => document.updated_at },
} satisfies Record<string, SortKey<DocumentsTable>>;
export type DocumentSortKey = keyof typeof documentSortKeys;

/** A document list: ordered by one of the document sort keys, then id. */
export function documentKeyset(list: string): Keyset<DocumentsTable, DocumentSortKey> {
  return defineKeyset<DocumentsTable>()({ list, id: { column: 'id', of: (document) => document.id }, keys: documentSortKeys });
}

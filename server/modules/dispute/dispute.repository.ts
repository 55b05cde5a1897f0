import type { DisputesTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { idKeyset, selectPage, type Page } from '../../db/keyset.ts';
import type { DisputeResponse } from './dispute.schemas.ts';

function selectDisputes(db: Db) {
  return db
    .selectFrom('disputes')
    .innerJoin('documents', 'documents.id', 'disputes.document_id')
    .innerJoin('customers', 'customers.id', 'documents.customer_id')
    .leftJoin('document_lines', 'document_lines.id', 'disputes.line_id')
    .select([
      'disputes.id',
      'disputes.organization_id',
      'disputes.document_id',
      'documents.kind as document_kind',
      'documents.number as document_number',
      'documents.customer_id',
      'customers.display_name as customer_name',
      'disputes.line_id',
      'document_lines.name as line_name',
      'disputes.reason',
      'disputes.status',
      'disputes.resolution',
      'disputes.created_at',
      'disputes.resolved_at',
    ]);
}
export type DisputeView = Awaited<ReturnType<ReturnType<typeof selectDisputes>['execute']>>[number];

export function presentDispute(row: DisputeView): DisputeResponse {
  return {
    id: row.id,
    document: { id: row.document_id, kind: row.document_kind, number: row.document_number },
    customer: { id: row.customer_id, display_name: row.customer_name },
    line: row.line_id ? { id: row.line_id, name: row.line_name ?? '' } : null,
    reason: row.reason,
    status: row.status,
    resolution: row.resolution,
    created_at: row.created_at,
    resolved_at: row.resolved_at,
  };
}

export async function findDispute(db: Db, organizationId: string, id: string): Promise<DisputeView | undefined> {
  return selectDisputes(db).where('disputes.organization_id', '=', organizationId).where('disputes.id', '=', id).executeTakeFirst();
}

export async function listDisputesOfDocument(db: Db, documentId: string): Promise<DisputeView[]> {
  return selectDisputes(db).where('disputes.document_id', '=', documentId).orderBy('disputes.created_at').orderBy('disputes.id').execute();
}

const disputeList = idKeyset<DisputeView>('disputes', 'disputes.id', (dispute) => dispute.id);

/** One page of the organization's disputes, newest first. */
export async function listDisputePage(
  db: Db,
  organizationId: string,
  options: { status?: 'open' | 'resolved' | undefined; customerId?: string | undefined; documentId?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<DisputeView>> {
  let query = selectDisputes(db).where('disputes.organization_id', '=', organizationId);
  if (options.status) query = query.where('disputes.status', '=', options.status);
  if (options.customerId) query = query.where('documents.customer_id', '=', options.customerId);
  if (options.documentId) query = query.where('disputes.document_id', '=', options.documentId);
  return selectPage(query, disputeList, { sort: '-id', limit: options.limit, cursor: options.cursor });
}

export async function hasOpenDispute(db: Db, documentId: string, lineId: string | null): Promise<boolean> {
  let query = db.selectFrom('disputes').select('id').where('document_id', '=', documentId).where('status', '=', 'open');
  query = lineId ? query.where('line_id', '=', lineId) : query.where('line_id', 'is', null);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function findLineOfDocument(db: Db, documentId: string, lineId: string) {
  return db.selectFrom('document_lines').select(['id', 'name']).where('document_id', '=', documentId).where('id', '=', lineId).executeTakeFirst();
}

export async function insertDispute(db: Db, row: DisputesTable): Promise<void> {
  await db.insertInto('disputes').values(row).execute();
}

/** Resolves the dispute only while it is open; answers whether this call resolved it. */
export async function resolveOpenDispute(db: Db, id: string, resolution: { resolution: string; resolved_by: string | null; resolved_at: string }): Promise<boolean> {
  const updated = await db
    .updateTable('disputes')
    .set({ status: 'resolved', ...resolution })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

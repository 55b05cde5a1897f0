import type { Db, OutboxStatus } from '../../db/database.ts';
import { idKeyset, selectPage, type Page } from '../../db/keyset.ts';

export const outboxColumns = ['id', 'kind', 'to_address', 'subject', 'status', 'attempts', 'last_error', 'created_at', 'sent_at'] as const;

function selectOutbox(db: Db, organizationId: string) {
  return db.selectFrom('outbox_emails').select(outboxColumns).where('organization_id', '=', organizationId);
}
type OutboxView = Awaited<ReturnType<ReturnType<typeof selectOutbox>['execute']>>[number];

const outboxList = idKeyset<OutboxView>('outbox', 'id', (email) => email.id);

/** One page of the organization's mail, newest first. */
export async function listOutboxPage(db: Db, organizationId: string, options: { status?: OutboxStatus | undefined; limit: number; cursor?: string | undefined }): Promise<Page<OutboxView>> {
  let query = selectOutbox(db, organizationId);
  if (options.status) query = query.where('status', '=', options.status);
  return selectPage(query, outboxList, { sort: '-id', limit: options.limit, cursor: options.cursor });
}

/** One email of the organization with its HTML and text. */
export async function findOutboxEmail(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('outbox_emails')
    .select([...outboxColumns, 'html', 'text'])
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
}

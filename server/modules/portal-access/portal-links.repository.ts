import type { Db, PortalTokenRow } from '../../db/database.ts';
import { idKeyset, selectPage, type Page } from '../../db/keyset.ts';

export type LinkFilter = 'active' | 'used' | 'expired' | 'revoked';

function selectInvitationLinks(db: Db, organizationId: string) {
  return db
    .selectFrom('portal_tokens')
    .innerJoin('contact_persons', 'contact_persons.id', 'portal_tokens.contact_person_id')
    .innerJoin('customers', 'customers.id', 'contact_persons.customer_id')
    .select([
      'portal_tokens.id',
      'portal_tokens.contact_person_id',
      'portal_tokens.email',
      'portal_tokens.created_at',
      'portal_tokens.expires_at',
      'portal_tokens.used_at',
      'portal_tokens.revoked_at',
      'contact_persons.first_name',
      'contact_persons.last_name',
      'customers.id as customer_id',
      'customers.display_name as customer_name',
    ])
    .where('portal_tokens.organization_id', '=', organizationId)
    .where('portal_tokens.kind', '=', 'invitation');
}
export type InvitationLinkView = Awaited<ReturnType<ReturnType<typeof selectInvitationLinks>['execute']>>[number];

const linkList = idKeyset<InvitationLinkView>('portal.links', 'portal_tokens.id', (link) => link.id);

/** One page of the organization's invitation links, newest first; `status` as of `now`. */
export async function listInvitationLinkPage(
  db: Db,
  organizationId: string,
  options: { status?: LinkFilter | undefined; customerId?: string | undefined; now: string; limit: number; cursor?: string | undefined },
): Promise<Page<InvitationLinkView>> {
  let query = selectInvitationLinks(db, organizationId);
  if (options.customerId) query = query.where('customers.id', '=', options.customerId);
  if (options.status === 'revoked') query = query.where('portal_tokens.revoked_at', 'is not', null);
  if (options.status === 'used') query = query.where('portal_tokens.used_at', 'is not', null).where('portal_tokens.revoked_at', 'is', null);
  if (options.status === 'expired' || options.status === 'active') {
    query = query
      .where('portal_tokens.used_at', 'is', null)
      .where('portal_tokens.revoked_at', 'is', null)
      .where('portal_tokens.expires_at', options.status === 'expired' ? '<=' : '>', options.now);
  }
  return selectPage(query, linkList, { sort: '-id', limit: options.limit, cursor: options.cursor });
}

export async function findInvitationLink(db: Db, organizationId: string, id: string): Promise<PortalTokenRow | undefined> {
  return db.selectFrom('portal_tokens').selectAll().where('id', '=', id).where('organization_id', '=', organizationId).where('kind', '=', 'invitation').executeTakeFirst();
}

export async function revokeInvitationLink(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('portal_tokens').set({ revoked_at: at }).where('id', '=', id).execute();
}

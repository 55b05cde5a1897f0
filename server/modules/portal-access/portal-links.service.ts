import type { AppContext } from '../../context.ts';
import { decodeCursor, encodeCursor } from '../../http/schemas.ts';
import { AppError, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';

export const linkStatuses = ['active', 'used', 'expired', 'revoked'] as const;
export type LinkStatus = (typeof linkStatuses)[number];

export function linkStatusOf(link: { used_at: string | null; revoked_at: string | null; expires_at: string }, now: string): LinkStatus {
  if (link.revoked_at) return 'revoked';
  if (link.used_at) return 'used';
  return link.expires_at <= now ? 'expired' : 'active';
}

/** Every invitation link of the organization, newest first. */
export async function listPortalLinks(
  ctx: AppContext,
  organizationId: string,
  query: { status?: LinkStatus | undefined; customer_id?: string | undefined; limit: number; cursor?: string | undefined },
) {
  const after = decodeCursor(query.cursor, 1);
  if (query.cursor && !after) throw validationError('cursor', 'invalid_cursor', 'is not a cursor this list gave out');
  const now = isoNow(ctx.clock);
  let select = ctx.db
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
  if (query.customer_id) select = select.where('customers.id', '=', query.customer_id);
  if (query.status === 'revoked') select = select.where('portal_tokens.revoked_at', 'is not', null);
  if (query.status === 'used') select = select.where('portal_tokens.used_at', 'is not', null).where('portal_tokens.revoked_at', 'is', null);
  if (query.status === 'expired' || query.status === 'active') {
    select = select
      .where('portal_tokens.used_at', 'is', null)
      .where('portal_tokens.revoked_at', 'is', null)
      .where('portal_tokens.expires_at', query.status === 'expired' ? '<=' : '>', now);
  }
  if (after) select = select.where('portal_tokens.id', '<', String(after[0]));
  const rows = await select.orderBy('portal_tokens.id', 'desc').limit(query.limit + 1).execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map((row) => ({
      id: row.id,
      contact_person_id: row.contact_person_id ?? '',
      contact_name: `${row.first_name} ${row.last_name}`.trim(),
      email: row.email,
      customer_id: row.customer_id,
      customer_name: row.customer_name,
      created_at: row.created_at,
      expires_at: row.expires_at,
      used_at: row.used_at,
      revoked_at: row.revoked_at,
      status: linkStatusOf(row, now),
    })),
    next_cursor: rows.length > query.limit && last ? encodeCursor([last.id]) : null,
  };
}

export async function revokePortalLink(ctx: AppContext, organizationId: string, id: string): Promise<void> {
  const link = await ctx.db
    .selectFrom('portal_tokens')
    .selectAll()
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .where('kind', '=', 'invitation')
    .executeTakeFirst();
  if (!link) throw notFound('Portal link');
  if (link.used_at) throw new AppError('CONFLICT', 'This link has already been used; disable the contact’s access instead');
  if (!link.revoked_at) {
    await ctx.db.updateTable('portal_tokens').set({ revoked_at: isoNow(ctx.clock) }).where('id', '=', id).execute();
  }
}

import type { AppContext } from '../../context.ts';
import { presentPage } from '../../db/keyset.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { findInvitationLink, listInvitationLinkPage, revokeInvitationLink } from './portal-links.repository.ts';

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
  const now = isoNow(ctx.clock);
  const page = await listInvitationLinkPage(ctx.db, organizationId, { status: query.status, customerId: query.customer_id, now, limit: query.limit, cursor: query.cursor });
  return presentPage(page, (rows) =>
    rows.map((row) => ({
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
  );
}

export async function revokePortalLink(ctx: AppContext, organizationId: string, id: string): Promise<void> {
  const link = await findInvitationLink(ctx.db, organizationId, id);
  if (!link) throw notFound('Portal link');
  if (link.used_at) throw new AppError('CONFLICT', 'This link has already been used; disable the contact’s access instead');
  if (!link.revoked_at) {
    await revokeInvitationLink(ctx.db, id, isoNow(ctx.clock));
  }
}

import type { AppContext } from '../../context.ts';
import type { OrganizationRow } from '../../db/database.ts';
import type { SalesOrderCommentsTable, SalesOrdersTable } from '../../db/order-tables.ts';
import { renderCommentEmail } from '../../email/comment-email.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import { notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { CommentResponse } from '../comment/comment.schemas.ts';
import { findOrganization } from '../organization/organization.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { parsePermissions } from '../portal-access/portal-access.ts';
import { personName, resolveLanguage } from '../portal-auth/portal-auth.ts';
import * as repo from './sales-order.repository.ts';
import { getSalesOrder } from './sales-order.service.ts';
import { portalBaseUrl } from '../custom-domain/custom-domain.ts';

export type SalesOrderCommentRow = SalesOrderCommentsTable;

/** An order's thread entry as the API answers it (the same shape as a document's). */
export function presentOrderComment(row: SalesOrderCommentsTable): CommentResponse {
  return {
    id: row.id,
    author_type: row.author_type,
    author_name: row.author_name,
    kind: 'comment',
    body: row.body,
    message_code: null,
    message_params: null,
    display_in_portal: row.display_in_portal === 1,
    created_at: row.created_at,
  };
}

/** The page of an order in the portal (what emails link to). */
export function portalOrderUrl(ctx: AppContext, organization: OrganizationRow, order: Pick<SalesOrdersTable, 'id'>): string {
  return `${portalBaseUrl(ctx.config.publicUrl, organization)}/sales-orders/${order.id}`;
}

export async function listOrderComments(ctx: AppContext, organizationId: string, id: string, options: { portalOnly: boolean } = { portalOnly: false }): Promise<SalesOrderCommentsTable[]> {
  const order = await getSalesOrder(ctx.db, organizationId, id);
  return repo.listComments(ctx.db, order.id, options);
}

/**
 * A staff comment on an order. With display_in_portal the customer sees it, and its contacts who may see
 * documents or place orders are emailed in their language (when the portal setting says so; never
 * about a draft, which the portal does not show).
 */
export async function addStaffOrderComment(ctx: AppContext, staff: StaffPrincipal, id: string, input: { body: string; display_in_portal: boolean }): Promise<SalesOrderCommentsTable> {
  return ctx.db.transaction().execute(async (trx) => {
    const order = await getSalesOrder(trx, staff.organizationId, id);
    const organization = await findOrganization(trx, staff.organizationId);
    if (!organization) throw notFound('Organization');
    const comment: SalesOrderCommentsTable = {
      id: newId(),
      organization_id: organization.id,
      sales_order_id: order.id,
      author_type: 'staff',
      staff_user_id: staff.staffUserId,
      contact_person_id: null,
      author_name: await repo.staffName(trx, staff.staffUserId, organization.name),
      body: input.body,
      display_in_portal: input.display_in_portal ? 1 : 0,
      created_at: isoNow(ctx.clock),
    };
    await repo.insertComment(trx, comment);
    if (comment.display_in_portal === 1 && order.status !== 'draft' && parsePortalSettings(organization.portal_settings).email_customers_on_staff_comment) {
      const readers = (await repo.listPortalReaders(trx, organization.id, order.customer_id)).filter((reader) => {
        const permissions = parsePermissions(reader.permissions);
        return permissions.includes('view_documents') || permissions.includes('place_orders');
      });
      for (const reader of readers) {
        if (!reader.email) continue;
        const mail = renderCommentEmail({
          language: resolveLanguage(reader.own_language, reader.portal_language),
          organizationName: organization.name,
          brandColor: organization.brand_color,
          recipientName: personName(reader) || null,
          authorName: comment.author_name,
          documentKind: 'sales_order',
          documentNumber: order.number,
          body: comment.body,
          documentUrl: portalOrderUrl(ctx, organization, order),
          portalUrl: `${portalBaseUrl(ctx.config.publicUrl, organization)}`,
        });
        await enqueueEmail(ctx, trx, { ...mail, to: reader.email, kind: 'staff_comment', organizationId: organization.id });
      }
    }
    return comment;
  });
}

import type { AppContext, RequestMeta } from '../../context.ts';
import type { OrganizationRow } from '../../db/database.ts';
import type { SalesOrderCommentsTable } from '../../db/order-tables.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import type { CommentResponse } from '../comment/comment.schemas.ts';
import { contactName } from '../customer/customer.service.ts';
import type { PdfFile } from '../document-pdf/document-pdf.service.ts';
import { listOrderComments, presentOrderComment } from '../sales-order/sales-order-comment.service.ts';
import { salesOrderPdfFile } from '../sales-order/sales-order-pdf.service.ts';
import { assertMayRead, ownerOf } from './ordering-access.ts';
import * as repo from './portal-order.repository.ts';
import { findOwnOrder } from './portal-order.service.ts';

/** The order's thread as the customer sees it: staff's entries shown in the portal and the contacts' own. */
export async function listPortalOrderComments(ctx: AppContext, contact: ContactPrincipal, id: string): Promise<{ data: CommentResponse[] }> {
  const order = await findOwnOrder(ctx.db, contact, id);
  assertMayRead(contact);
  return { data: (await listOrderComments(ctx, order.organization_id, order.id, { portalOnly: true })).map(presentOrderComment) };
}

/** A contact comments on its customer's order: the entry (shown in the portal), an activity and a staff notification. */
export async function commentOnOrder(ctx: AppContext, organization: OrganizationRow, contact: ContactPrincipal, id: string, body: string, meta: RequestMeta): Promise<CommentResponse> {
  const owner = ownerOf(contact);
  return ctx.db.transaction().execute(async (trx) => {
    const order = await findOwnOrder(trx, contact, id);
    assertMayRead(contact);
    const name = await contactName(trx, owner.contactPersonId);
    const comment: SalesOrderCommentsTable = {
      id: newId(),
      organization_id: owner.organizationId,
      sales_order_id: order.id,
      author_type: 'contact',
      staff_user_id: null,
      contact_person_id: owner.contactPersonId,
      author_name: name,
      body,
      display_in_portal: 1,
      created_at: isoNow(ctx.clock),
    };
    await repo.insertOrderComment(trx, comment);
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: 'portal.comment_added',
        module: 'sales_orders',
        action: 'comment_added',
        customerId: owner.customerId,
        contactPersonId: owner.contactPersonId,
        actorName: name,
        message: { code: 'sales_order.commented', params: { actor: name, customer: contact.account?.customer_name ?? '', number: order.number } },
        link: `/admin/sales-orders/${order.id}`,
        details: { sales_order_id: order.id, number: order.number, comment_id: comment.id },
      },
      meta,
    );
    return presentOrderComment(comment);
  });
}

/** The order as PDF: 404 if not the customer's (or a draft), 403 without reading rights. */
export async function portalOrderPdf(ctx: AppContext, contact: ContactPrincipal, id: string): Promise<PdfFile> {
  const order = await findOwnOrder(ctx.db, contact, id);
  assertMayRead(contact);
  return salesOrderPdfFile(ctx, { organizationId: order.organization_id, customerId: order.customer_id }, order.id);
}

import type { ForwardedKind } from '../../../contract/messages/message-codes.ts';
import type { AppContext, RequestMeta } from '../../context.ts';
import type { DocumentKind } from '../../db/billing-tables.ts';
import type { OrganizationRow } from '../../db/database.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { consumeRateLimit } from '../../http/rate-limit.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { adminDocumentLink } from '../comment/comment.service.ts';
import { findCustomerById, findOrAddContactByEmail } from '../customer/customer.service.ts';
import { pdfFilename, renderDocumentRowPdf, type PdfFile } from '../document-pdf/document-pdf.service.ts';
import { findPortalDocument } from '../document/document-lookup.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { contactActorName } from '../portal-access/contact-actor.service.ts';
import { resolveLanguage } from '../portal-auth/portal-auth.ts';
import { segmentOfKind } from '../portal-document/portal-document.ts';
import { assertMayRead, assertOrderingShown } from '../portal-order/ordering-access.ts';
import { findOwnOrder } from '../portal-order/portal-order.service.ts';
import { salesOrderPdfFile } from '../sales-order/sales-order-pdf.service.ts';
import { getStatementCustomer, renderCustomerStatementPdf, statementFilename, statementOf } from '../statement/statement.service.ts';
import { forwardRateLimit, forwardRateLimitKey, recipientName } from './document-forward.ts';
import { insertDocumentForward } from './document-forward.repository.ts';
import { renderForwardEmail } from './forward-email.ts';
import type { ForwardBody, ForwardResponse, ForwardStatementBody } from './document-forward.schemas.ts';

/** With forwarding switched off, the forward routes do not exist (404), whoever asks. */
function assertForwardingAllowed(organization: OrganizationRow): void {
  if (!parsePortalSettings(organization.portal_settings).allow_forwarding) throw notFound('Page');
}

function senderOf(contact: ContactPrincipal): { customerId: string; contactPersonId: string } {
  if (!contact.customerId || !contact.contactPersonId) throw new AppError('FORBIDDEN', 'Choose an account first');
  return { customerId: contact.customerId, contactPersonId: contact.contactPersonId };
}

/** What is forwarded: found within the contact's reach, rendered as PDF. */
interface Forwardable {
  kind: ForwardedKind;
  subjectId: string | null;
  number: string | null;
  period?: { from: string; to: string };
  file: PdfFile;
  /** The activity's module and the staff notification's link. */
  module: string;
  link: string;
}

/**
 * Counts the forward against the contact's limit (429 beyond it), before anything is rendered: the
 * subject was found already, so another customer's document is a 404 that counts nothing.
 */
async function countForward(ctx: AppContext, sender: { contactPersonId: string }): Promise<void> {
  await consumeRateLimit(ctx.db, forwardRateLimitKey(sender.contactPersonId), ctx.clock, forwardRateLimit);
}

/**
 * Mails the PDF to the address, in the customer's portal language, with the sender's message; the
 * recipient becomes a contact person of the customer without portal access (or is the one already
 * there with that address); a document_forwards row and a portal activity (staff notified). One transaction.
 */
async function deliver(
  ctx: AppContext,
  organization: OrganizationRow,
  sender: { customerId: string; contactPersonId: string },
  subject: Forwardable,
  input: ForwardBody,
  meta: RequestMeta,
): Promise<ForwardResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const customer = await findCustomerById(trx, organization.id, sender.customerId);
    if (!customer) throw notFound('Customer');
    const { contact: recipient, created } = await findOrAddContactByEmail(ctx, trx, organization.id, customer.id, { email: input.email, ...recipientName(input.email, input.name) });
    const id = newId();
    const now = isoNow(ctx.clock);
    const message = input.message?.trim() ? input.message.trim() : null;
    await insertDocumentForward(trx, {
      id,
      organization_id: organization.id,
      customer_id: customer.id,
      contact_person_id: sender.contactPersonId,
      subject_type: subject.kind,
      subject_id: subject.subjectId,
      recipient_email: input.email,
      recipient_contact_person_id: recipient.id,
      message,
      details: subject.period ? JSON.stringify(subject.period) : null,
      created_at: now,
    });
    const senderName = await contactActorName(trx, sender.contactPersonId);
    const recipientDisplay = `${recipient.first_name} ${recipient.last_name}`.trim();
    const mail = renderForwardEmail({
      language: resolveLanguage(null, customer.portal_language),
      organizationName: organization.name,
      brandColor: organization.brand_color,
      recipientName: recipientDisplay || null,
      senderName,
      customerName: customer.display_name,
      kind: subject.kind,
      number: subject.number,
      period: subject.period,
      message,
    });
    await enqueueEmail(ctx, trx, {
      ...mail,
      to: input.email,
      kind: 'document_forward',
      organizationId: organization.id,
      attachments: [{ filename: subject.file.filename, contentType: 'application/pdf', content: subject.file.pdf }],
    });
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: 'portal.document_forwarded',
        module: subject.module,
        action: 'document_forwarded',
        customerId: customer.id,
        contactPersonId: sender.contactPersonId,
        actorName: senderName,
        message: { code: 'document.forwarded', params: { actor: senderName, customer: customer.display_name, kind: subject.kind, number: subject.number, recipient: input.email } },
        link: subject.link,
        details: {
          forward_id: id,
          subject_type: subject.kind,
          subject_id: subject.subjectId,
          number: subject.number,
          ...(subject.period ? { period: subject.period } : {}),
          recipient_email: input.email,
          recipient_contact_person_id: recipient.id,
          recipient_created: created,
        },
      },
      meta,
    );
    return {
      id,
      subject_type: subject.kind,
      subject_id: subject.subjectId,
      recipient: { contact_person_id: recipient.id, email: input.email, name: recipientDisplay, created },
      message,
      created_at: now,
    };
  });
}

/** A contact forwards one of its customer's invoices, estimates, retainer invoices or credit notes (never a draft). */
export async function forwardPortalDocument(
  ctx: AppContext,
  organization: OrganizationRow,
  contact: ContactPrincipal,
  kind: DocumentKind,
  id: string,
  input: ForwardBody,
  meta: RequestMeta,
): Promise<ForwardResponse> {
  assertForwardingAllowed(organization);
  const sender = senderOf(contact);
  const document = await findPortalDocument(ctx.db, organization.id, sender.customerId, kind, id);
  if (!document) throw notFound('Document');
  await countForward(ctx, sender);
  const pdf = await renderDocumentRowPdf(ctx, ctx.db, organization, document);
  return deliver(
    ctx,
    organization,
    sender,
    { kind, subjectId: document.id, number: document.number, file: { filename: pdfFilename(document.number), pdf }, module: segmentOfKind[kind], link: adminDocumentLink(document) },
    input,
    meta,
  );
}

/** A contact forwards one of its customer's sales orders (404 while the portal shows no orders). */
export async function forwardPortalOrder(ctx: AppContext, organization: OrganizationRow, contact: ContactPrincipal, id: string, input: ForwardBody, meta: RequestMeta): Promise<ForwardResponse> {
  assertForwardingAllowed(organization);
  assertOrderingShown(organization);
  const sender = senderOf(contact);
  const order = await findOwnOrder(ctx.db, contact, id);
  assertMayRead(contact);
  await countForward(ctx, sender);
  const file = await salesOrderPdfFile(ctx, { organizationId: organization.id, customerId: sender.customerId }, order.id);
  return deliver(ctx, organization, sender, { kind: 'sales_order', subjectId: order.id, number: order.number, file, module: 'sales_orders', link: `/admin/sales-orders/${order.id}` }, input, meta);
}

/** A contact forwards its customer's statement of accounts for a period. */
export async function forwardPortalStatement(ctx: AppContext, organization: OrganizationRow, contact: ContactPrincipal, input: ForwardStatementBody, meta: RequestMeta): Promise<ForwardResponse> {
  assertForwardingAllowed(organization);
  const sender = senderOf(contact);
  const customer = await getStatementCustomer(ctx, ctx.db, organization.id, sender.customerId);
  const statement = await statementOf(ctx, ctx.db, customer, input);
  await countForward(ctx, sender);
  const pdf = await renderCustomerStatementPdf(ctx, organization, customer, statement);
  const period = { from: statement.from, to: statement.to };
  return deliver(
    ctx,
    organization,
    sender,
    { kind: 'statement', subjectId: null, number: null, period, file: { filename: statementFilename(customer, statement), pdf }, module: 'statement', link: `/admin/customers/${customer.id}` },
    { email: input.email, name: input.name, message: input.message },
    meta,
  );
}

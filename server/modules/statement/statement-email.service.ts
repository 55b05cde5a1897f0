import type { AppContext } from '../../context.ts';
import type { DocumentsTable } from '../../db/billing-tables.ts';
import type { ContactPersonRow, CustomerRow, Db, OrganizationRow } from '../../db/database.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import type { MailAttachment } from '../../email/transport.ts';
import { validationError } from '../../lib/app-error.ts';
import { getOrganization } from '../organization/organization.service.ts';
import { renderStatementEmail } from './statement-email.ts';
import { listOpenInvoicesOfCustomer, listPortalContacts } from './statement.repository.ts';
import type { EmailStatementBody } from './statement.schemas.ts';
import { getStatementCustomer, renderCustomerStatementPdf, statementFilename, statementLanguage, statementOf } from './statement.service.ts';
import { portalBaseUrl } from '../custom-domain/custom-domain.ts';

/** More open invoices than this are not attached (the mail would grow too large); the portal link lists them all. */
export const MAX_ATTACHED_INVOICES = 20;

/** Renders the PDF of one open invoice, to attach it; provided by the document PDF module. */
export type InvoicePdfRenderer = (ctx: AppContext, db: Db, organization: OrganizationRow, invoice: DocumentsTable) => Promise<Buffer>;

function recipientsOf(contacts: ContactPersonRow[], chosen: string[] | undefined): ContactPersonRow[] {
  if (!chosen) {
    if (contacts.length === 0) throw validationError('contact_person_ids', 'no_recipients', 'this customer has no contact person with portal access and an email address');
    return contacts;
  }
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  return [...new Set(chosen)].map((id, index) => {
    const contact = byId.get(id);
    if (!contact) throw validationError(`contact_person_ids.${index}`, 'unknown_reference', 'is not a contact person of this customer with portal access and an email address');
    return contact;
  });
}

export interface StatementEmailResult {
  recipients: { contact_person_id: string; email: string }[];
  attachments: string[];
}

/**
 * Mails the statement to the chosen contact persons with portal access (all of them when none are
 * chosen), in the customer's portal language, with the statement PDF, each open invoice's PDF and a
 * link to the portal's unpaid invoices (the most overdue first, at most MAX_ATTACHED_INVOICES). The
 * mails are queued in one transaction.
 */
export async function emailStatement(
  ctx: AppContext,
  organizationId: string,
  customerId: string,
  input: EmailStatementBody,
  renderInvoicePdf: InvoicePdfRenderer,
): Promise<StatementEmailResult> {
  const organization = await getOrganization(ctx, organizationId);
  const customer: CustomerRow = await getStatementCustomer(ctx, ctx.db, organizationId, customerId);
  const statement = await statementOf(ctx, ctx.db, customer, input);
  const recipients = recipientsOf(await listPortalContacts(ctx.db, customer.id), input.contact_person_ids);
  const openInvoices = await listOpenInvoicesOfCustomer(ctx.db, organizationId, customer.id, customer.currency);
  const attachments: MailAttachment[] = [
    { filename: statementFilename(customer, statement), contentType: 'application/pdf', content: await renderCustomerStatementPdf(ctx, organization, customer, statement) },
  ];
  for (const invoice of openInvoices.slice(0, MAX_ATTACHED_INVOICES)) {
    attachments.push({ filename: `${invoice.number.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf`, contentType: 'application/pdf', content: await renderInvoicePdf(ctx, ctx.db, organization, invoice) });
  }
  const payUrl = `${portalBaseUrl(ctx.config.publicUrl, organization)}/invoices?filter=unpaid`;
  await ctx.db.transaction().execute(async (trx) => {
    for (const contact of recipients) {
      const mail = renderStatementEmail({
        language: statementLanguage(customer),
        organizationName: organization.name,
        brandColor: organization.brand_color,
        recipientName: `${contact.first_name} ${contact.last_name}`.trim() || null,
        from: statement.from,
        to: statement.to,
        closingBalanceMinor: statement.closing_balance_minor,
        currency: statement.currency,
        openInvoiceCount: openInvoices.length,
        payUrl,
      });
      await enqueueEmail(ctx, trx, { ...mail, to: contact.email ?? '', kind: 'statement', organizationId, attachments });
    }
  });
  return {
    recipients: recipients.map((contact) => ({ contact_person_id: contact.id, email: contact.email ?? '' })),
    attachments: attachments.map((attachment) => attachment.filename),
  };
}

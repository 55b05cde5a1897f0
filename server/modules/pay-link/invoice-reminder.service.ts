import { openInvoiceStatuses } from '../../../contract/documents.ts';
import type { Language } from '../../../contract/portal.ts';
import type { AppContext } from '../../context.ts';
import { renderReminderEmail } from '../../email/document-email.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { findCustomerById } from '../customer/customer.service.ts';
import { documentRecipients } from '../document/document-lifecycle.service.ts';
import { documentPaths } from '../document/document.ts';
import { getDocument, type Actor } from '../document/document.service.ts';
import { todayOfOrganization } from '../organization/organization-today.ts';
import { findOrganization } from '../organization/organization.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import type { ReminderResponse } from './pay-link.schemas.ts';
import { payLinkForRecipient } from './pay-link.service.ts';
import { portalBaseUrl } from '../custom-domain/custom-domain.ts';

/**
 * Emails every contact who may see an open invoice or retainer invoice (sent, partially paid or overdue, with a balance) a
 * reminder with its balance and, for contacts who may pay, the same pay link as the invoice email.
 * Anything else — a draft, a paid or void invoice — is a 409 and mails nobody.
 */
export async function remindInvoice(ctx: AppContext, actor: Actor, id: string, kind: 'invoice' | 'retainer_invoice' = 'invoice'): Promise<ReminderResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const invoice = await getDocument(trx, actor.organizationId, id, kind);
    if (!(openInvoiceStatuses as readonly string[]).includes(invoice.status) || Number(invoice.balance_minor) <= 0) {
      throw new AppError('STATE_CONFLICT', `Invoice ${invoice.number} is ${invoice.status} with nothing left to pay; only sent, partially paid or overdue invoices can be reminded of`, {
        status: invoice.status,
        action: 'remind',
        version: invoice.version,
      });
    }
    const [organization, customer] = await Promise.all([findOrganization(trx, actor.organizationId), findCustomerById(trx, actor.organizationId, invoice.customer_id)]);
    if (!organization || !customer) throw notFound('Invoice');
    const contacts = (await documentRecipients(trx, customer.id)).filter((contact) => contact.email);
    if (contacts.length === 0) throw new AppError('CONFLICT', `No contact of ${customer.display_name} has portal access and an email to send the reminder to`);
    const settings = parsePortalSettings(organization.portal_settings);
    const language = customer.portal_language as Language;
    const overdue = invoice.due_date !== null && invoice.due_date < todayOfOrganization(organization, ctx.clock.now());
    const recipients: ReminderResponse['recipients'] = [];
    for (const contact of contacts) {
      const payUrl = payLinkForRecipient(ctx, organization, invoice, contact);
      const mail = renderReminderEmail({
        language,
        kind,
        number: invoice.number,
        organizationName: settings.portal_name || organization.name,
        brandColor: organization.brand_color,
        totalMinor: Number(invoice.total_minor),
        balanceMinor: Number(invoice.balance_minor),
        currency: invoice.currency,
        dueDate: invoice.due_date,
        overdue,
        url: `${portalBaseUrl(ctx.config.publicUrl, organization)}/${documentPaths[kind]}/${invoice.id}?lang=${language}`,
        payUrl,
      });
      const email = contact.email ?? '';
      await enqueueEmail(ctx, trx, { ...mail, to: email, kind: 'invoice_reminder', organizationId: organization.id });
      recipients.push({ contact_person_id: contact.id, email, pay_link: payUrl !== undefined });
    }
    return { document_id: invoice.id, number: invoice.number, overdue, recipients };
  });
}

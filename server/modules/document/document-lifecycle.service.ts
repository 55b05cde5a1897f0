import type { Language } from '../../../contract/portal.ts';
import type { AppContext } from '../../context.ts';
import type { DocumentKind, DocumentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { renderDocumentEmail } from '../../email/document-email.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { findCustomerById } from '../customer/customer.service.ts';
import { nextDocumentNumber } from '../number-series/number-series.service.ts';
import { findOrganization } from '../organization/organization.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { parsePermissions } from '../portal-access/portal-access.ts';
import { payLinkForRecipient } from '../pay-link/pay-link.service.ts';
import { organizationToday } from '../organization/organization-today.ts';
import { addDays, documentPaths, untouchedDocumentState } from './document.ts';
import { presentDocument } from './document.presenter.ts';
import * as repo from './document.repository.ts';
import type { DocumentResponse } from './document.schemas.ts';
import { getDocument, recomputeDocumentBalance, type Actor } from './document.service.ts';
import { nextStatus } from './document-transitions.ts';
import { checkTransition, stateConflict, writeAtVersion } from './document-writes.ts';
import { portalBaseUrl } from '../custom-domain/custom-domain.ts';

/** Contact persons who may see the customer's documents in the portal. */
export async function documentRecipients(db: Db, customerId: string) {
  const contacts = await repo.listContactsWithPortalAccess(db, customerId);
  return contacts.filter((contact) => parsePermissions(contact.permissions).includes('view_documents'));
}

/**
 * Puts a draft in the portal (or a revised estimate back in front of the customer) and emails every
 * contact who may see it, in the customer's language. The write is conditional on the version read
 * here: of several sends at once only one goes through (the others answer 409), so the contacts are
 * emailed once. Sending a sent invoice or estimate again mails it again, but only when the request
 * names the version it is sending (If-Match): a doubled or retried request can never mail twice.
 */
export async function sendDocument(ctx: AppContext, actor: Actor, kind: DocumentKind, id: string, seen?: number): Promise<DocumentResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    await sendDocumentWithin(ctx, trx, actor.organizationId, kind, id, seen);
    return presentDocument(trx, await getDocument(trx, actor.organizationId, id), ctx.clock.now());
  });
}

/**
 * The same inside the caller's transaction, for use-cases that issue a document as part of a larger
 * change (a subscription's invoice, issued and mailed in the transaction that bills its period): the
 * document is sent and its emails are queued exactly when that transaction commits. Answers the sent row.
 */
export async function sendDocumentWithin(ctx: AppContext, trx: Db, organizationId: string, kind: DocumentKind, id: string, seen?: number, options: { emailContacts?: boolean } = {}): Promise<DocumentsTable> {
  const document = await getDocument(trx, organizationId, id, kind);
  const refuseUnnamedResend = (current: DocumentsTable) => {
    if (seen === undefined && nextStatus(kind, 'send', current.status) === current.status) {
      throw stateConflict(current, 'send', `${current.number} was already sent; to email it again, send the request with If-Match: "${current.version}", the version you mean`);
    }
  };
  const status = checkTransition(document, 'send', seen);
  refuseUnnamedResend(document);
  const now = isoNow(ctx.clock);
  await writeAtVersion(trx, document, 'send', { status, sent_at: now, updated_at: now }, refuseUnnamedResend);
  await recomputeDocumentBalance(trx, id);
  const [organization, customer] = await Promise.all([findOrganization(trx, organizationId), findCustomerById(trx, organizationId, document.customer_id)]);
  if (!organization || !customer) throw notFound('Customer');
  const settings = parsePortalSettings(organization.portal_settings);
  const language = customer.portal_language as Language;
  // The balance as sent: an invoice with something to pay carries each paying contact's pay link.
  const sent = await getDocument(trx, organizationId, id, kind);
  // An integration that mails its own documents issues them here without Portico's mail.
  if (options.emailContacts === false) return sent;
  for (const contact of await documentRecipients(trx, customer.id)) {
    const mail = renderDocumentEmail({
      language,
      kind,
      number: document.number,
      organizationName: settings.portal_name || organization.name,
      brandColor: organization.brand_color,
      totalMinor: document.total_minor,
      currency: document.currency,
      dueDate: document.due_date,
      url: `${portalBaseUrl(ctx.config.publicUrl, organization)}/${documentPaths[kind]}/${document.id}?lang=${language}`,
      payUrl: payLinkForRecipient(ctx, organization, sent, contact),
    });
    await enqueueEmail(ctx, trx, { ...mail, to: contact.email!, kind: `document_sent:${kind}`, organizationId: organization.id });
  }
  return sent;
}

const appliedRefusal = () => new AppError('CONFLICT', 'Payments or credits are applied to this document; remove them before voiding it');
/** An online payment holds part of the balance (in flight, awaiting authentication or bank settlement). */
const paymentInProgress = (number: string) => new AppError('PAYMENT_IN_PROGRESS', `${number} is being paid online; wait until that payment completes`);

/**
 * Voids a document nothing is paid or credited on. Voiding a void document again answers it as it is.
 * Conditional on the version read here: a payment committing meanwhile moves the version on (on
 * PostgreSQL this update waits for its row lock, then misses), and the void is refused.
 */
export async function voidDocument(ctx: AppContext, actor: Actor, kind: DocumentKind, id: string, seen?: number): Promise<DocumentResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const present = async () => presentDocument(trx, await getDocument(trx, actor.organizationId, id), ctx.clock.now());
    const document = await getDocument(trx, actor.organizationId, id, kind);
    if (document.status === 'void') return present();
    const status = checkTransition(document, 'void', seen);
    if (document.paid_minor > 0 || document.credited_minor > 0) throw appliedRefusal();
    if (Number(document.pending_minor) > 0) throw paymentInProgress(document.number);
    const now = isoNow(ctx.clock);
    try {
      await writeAtVersion(trx, document, 'void', { status, voided_at: now, balance_minor: 0, updated_at: now }, (current) => {
        if (current.paid_minor > 0 || current.credited_minor > 0) throw appliedRefusal();
        if (Number(current.pending_minor) > 0) throw paymentInProgress(current.number);
      });
    } catch (error) {
      // Another request voided it a moment earlier: the same answer as voiding it again.
      const current = await repo.findDocument(trx, actor.organizationId, id, kind);
      if (current?.status === 'void') return present();
      throw error;
    }
    return present();
  });
}

/**
 * An accepted estimate becomes a draft invoice with the same lines; the estimate is then invoiced.
 * The estimate's change is written first, conditional on the version read here: of two conversions at
 * once only one makes an invoice, the other answers 409 and leaves nothing behind.
 */
export async function convertEstimateToInvoice(ctx: AppContext, actor: Actor, estimateId: string, seen?: number): Promise<DocumentResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const estimate = await getDocument(trx, actor.organizationId, estimateId, 'estimate');
    const status = checkTransition(estimate, 'convert', seen);
    const now = isoNow(ctx.clock);
    await writeAtVersion(trx, estimate, 'convert', { status, updated_at: now });
    const today = await organizationToday(ctx, actor.organizationId, trx);
    const id = newId();
    const number = await nextDocumentNumber(trx, actor.organizationId, 'invoice', (candidate) => repo.isDocumentNumberTaken(trx, actor.organizationId, 'invoice', candidate));
    const invoice: DocumentsTable = {
      ...estimate,
      id,
      kind: 'invoice',
      number,
      status: 'draft',
      issue_date: today,
      due_date: addDays(today, 30),
      expiry_date: null,
      ...untouchedDocumentState,
      balance_minor: estimate.total_minor,
      source_document_id: estimate.id,
      created_by: actor.staffUserId,
      created_at: now,
      updated_at: now,
    };
    await repo.insertDocument(trx, invoice);
    const lines = await repo.findLines(trx, estimate.id);
    await repo.insertLines(trx, lines.map((line) => ({ ...line, id: newId(), document_id: id })));
    return presentDocument(trx, invoice, ctx.clock.now());
  });
}

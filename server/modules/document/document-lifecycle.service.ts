import type { Language } from '../../../contract/portal.ts';
import type { AppContext } from '../../context.ts';
import type { DocumentKind, DocumentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { renderDocumentEmail } from '../../email/document-email.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { findCustomer } from '../customer/customer.repository.ts';
import { nextDocumentNumber } from '../number-series/number-series.service.ts';
import { findOrganizationById } from '../organization/organization.repository.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { parsePermissions } from '../portal-access/portal-access.ts';
import { documentPaths, effectiveStatus, dateOf, untouchedDocumentState } from './document.ts';
import * as repo from './document.repository.ts';
import { getDocument, recomputeDocumentBalance, type Actor } from './document.service.ts';

/** Contact persons who may see the customer's documents in the portal. */
export async function documentRecipients(db: Db, customerId: string) {
  const contacts = await db
    .selectFrom('contact_persons')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('portal_enabled', '=', 1)
    .where('disabled_at', 'is', null)
    .where('email', 'is not', null)
    .execute();
  return contacts.filter((contact) => parsePermissions(contact.permissions).includes('view_documents'));
}

/** Puts a draft in the portal and emails every contact who may see it, in the customer's language. */
export async function sendDocument(ctx: AppContext, actor: Actor, kind: DocumentKind, id: string): Promise<DocumentsTable> {
  return ctx.db.transaction().execute(async (trx) => {
    const document = await getDocument(trx, actor.organizationId, id, kind);
    const revisable = kind === 'estimate' && document.status === 'changes_requested';
    if (document.status !== 'draft' && !revisable && document.status !== 'sent') {
      throw new AppError('CONFLICT', `A ${document.status} document cannot be sent`);
    }
    const now = isoNow(ctx.clock);
    const status = document.status === 'draft' || revisable ? (kind === 'credit_note' ? 'open' : 'sent') : document.status;
    await repo.updateDocumentRow(trx, id, { status, sent_at: now, updated_at: now });
    await recomputeDocumentBalance(trx, id);
    const [organization, customer] = await Promise.all([findOrganizationById(trx, actor.organizationId), findCustomer(trx, actor.organizationId, document.customer_id)]);
    if (!organization || !customer) throw notFound('Customer');
    const settings = parsePortalSettings(organization.portal_settings);
    const language = customer.portal_language as Language;
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
        url: `${ctx.config.publicUrl}/portal/${organization.slug}/${documentPaths[kind]}/${document.id}?lang=${language}`,
      });
      await enqueueEmail(ctx, trx, { ...mail, to: contact.email!, kind: `document_sent:${kind}`, organizationId: organization.id });
    }
    return getDocument(trx, actor.organizationId, id);
  });
}

export async function voidDocument(ctx: AppContext, actor: Actor, kind: DocumentKind, id: string): Promise<DocumentsTable> {
  return ctx.db.transaction().execute(async (trx) => {
    const document = await getDocument(trx, actor.organizationId, id, kind);
    if (document.status === 'void') return document;
    const refusal = new AppError('CONFLICT', 'Payments or credits are applied to this document; remove them before voiding it');
    if (document.paid_minor > 0 || document.credited_minor > 0) throw refusal;
    const now = isoNow(ctx.clock);
    // Conditional on nothing being applied: a payment committing meanwhile makes this update miss (on
    // PostgreSQL it waits for that payment's row lock, then re-checks), and the void is refused.
    const result = await trx
      .updateTable('documents')
      .set({ status: 'void', voided_at: now, balance_minor: 0, updated_at: now })
      .where('id', '=', id)
      .where('paid_minor', '=', 0)
      .where('credited_minor', '=', 0)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw refusal;
    return getDocument(trx, actor.organizationId, id);
  });
}

/** An accepted estimate becomes a draft invoice with the same lines; the estimate is then invoiced. */
export async function convertEstimateToInvoice(ctx: AppContext, actor: Actor, estimateId: string): Promise<DocumentsTable> {
  return ctx.db.transaction().execute(async (trx) => {
    const estimate = await getDocument(trx, actor.organizationId, estimateId, 'estimate');
    if (effectiveStatus(estimate, dateOf(ctx.clock.now())) !== 'accepted') {
      throw new AppError('CONFLICT', 'Only an accepted estimate can be turned into an invoice');
    }
    const now = isoNow(ctx.clock);
    const today = dateOf(ctx.clock.now());
    const id = newId();
    const number = await nextDocumentNumber(trx, actor.organizationId, 'invoice', (candidate) => repo.isDocumentNumberTaken(trx, actor.organizationId, 'invoice', candidate));
    const due = new Date(`${today}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 30);
    const invoice: DocumentsTable = {
      ...estimate,
      id,
      kind: 'invoice',
      number,
      status: 'draft',
      issue_date: today,
      due_date: dateOf(due),
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
    await repo.updateDocumentRow(trx, estimate.id, { status: 'invoiced', updated_at: now });
    return invoice;
  });
}

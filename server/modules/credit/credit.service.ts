import { formatMoney } from '../../../contract/money.ts';
import type { AppContext } from '../../context.ts';
import type { DocumentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { AppError, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { StaffActor } from '../customer/customer.service.ts';
import { recomputeDocumentBalance } from '../document/document.service.ts';
import { beyondBalance, findDocumentsToSettle, payableStatuses, settleFromBalance } from '../payment/payment.service.ts';
import { organizationToday } from '../organization/organization-today.ts';
import { maxDate } from '../statement/statement-dates.ts';
import * as repo from './credit.repository.ts';
import type { ApplyCreditBody } from './credit.schemas.ts';

const closedReasons: Record<string, string> = {
  draft: 'is a draft; send it before applying its credit',
  closed: 'has no unused credit left',
  void: 'is void',
};

function checkInvoices(creditNote: DocumentsTable, input: ApplyCreditBody, invoices: Map<string, DocumentsTable>): void {
  const seen = new Set<string>();
  input.applications.forEach((application, index) => {
    const field = `applications.${index}.invoice_id`;
    if (seen.has(application.invoice_id)) throw validationError(field, 'duplicate', 'names an invoice that is already in the list');
    seen.add(application.invoice_id);
    const invoice = invoices.get(application.invoice_id);
    if (!invoice || invoice.kind !== 'invoice' || invoice.customer_id !== creditNote.customer_id || invoice.status === 'draft' || invoice.status === 'void') {
      throw new AppError('NOT_FOUND', `Invoice ${application.invoice_id} not found for this credit note's customer`, [{ field }]);
    }
    if (invoice.currency !== creditNote.currency) {
      const message = `is in ${invoice.currency}; the credit note is in ${creditNote.currency}, and credit is applied in the same currency only`;
      throw new AppError('CURRENCY_MISMATCH', `${field}: ${message}`, [{ field, message }]);
    }
  });
}

/**
 * Applies an open credit note's unused credit to invoices of the same customer and currency, in one
 * transaction: never beyond the unused credit, never beyond an invoice's balance (409, nothing applied).
 */
export async function applyCredit(ctx: AppContext, actor: StaffActor, creditNoteId: string, input: ApplyCreditBody): Promise<DocumentsTable> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = isoNow(ctx.clock);
    const today = await organizationToday(ctx, actor.organizationId, trx);
    const creditNote = await repo.findCreditNote(trx, actor.organizationId, creditNoteId);
    if (!creditNote) throw notFound('Credit note');
    if (creditNote.status !== 'open') {
      throw new AppError('CONFLICT', `Credit note ${creditNote.number} ${closedReasons[creditNote.status] ?? `is ${creditNote.status}`}`);
    }
    const invoices = new Map((await findDocumentsToSettle(trx, actor.organizationId, input.applications.map((a) => a.invoice_id))).map((d) => [d.id, d]));
    checkInvoices(creditNote, input, invoices);
    const total = input.applications.reduce((sum, application) => sum + application.amount_minor, 0);
    const refuseCredit = () =>
      new AppError(
        'CONFLICT',
        `Applying ${formatMoney(total, creditNote.currency, 'en')} is more than the ${formatMoney(creditNote.balance_minor, creditNote.currency, 'en')} of unused credit on ${creditNote.number}; nothing was applied`,
        { field: 'applications', unused_credit_minor: creditNote.balance_minor, amount_minor: total },
      );
    if (total > creditNote.balance_minor) throw refuseCredit();
    // The credit note's row first, then invoices in a fixed order: concurrent applications never deadlock.
    if (!(await settleFromBalance(trx, creditNote.id, ['credit_note'], ['open'], total, now))) throw refuseCredit();
    for (const application of [...input.applications].sort((a, b) => a.invoice_id.localeCompare(b.invoice_id))) {
      const invoice = invoices.get(application.invoice_id)!;
      if (!(await settleFromBalance(trx, invoice.id, ['invoice'], payableStatuses, application.amount_minor, now))) {
        throw beyondBalance((await findDocumentsToSettle(trx, actor.organizationId, [invoice.id]))[0] ?? invoice, application.amount_minor, 'Credit');
      }
      // Credit counts from the day it is applied, or from the later of the two documents' dates.
      const appliedOn = maxDate(today, maxDate(invoice.issue_date, creditNote.issue_date));
      await repo.insertCreditApplication(trx, { id: newId(), credit_note_id: creditNote.id, invoice_id: invoice.id, amount_minor: application.amount_minor, applied_on: appliedOn, created_at: now });
      await recomputeDocumentBalance(trx, invoice.id);
    }
    await recomputeDocumentBalance(trx, creditNote.id);
    const updated = await repo.findCreditNote(trx, actor.organizationId, creditNote.id);
    if (!updated) throw notFound('Credit note');
    return updated;
  });
}

/**
 * Applies `amount` of a credit note to an invoice inside the caller's transaction (an online payment
 * that uses unused credit): the same conditional updates as applyCredit, answering false — nothing
 * applied — when either balance no longer covers it.
 */
export async function applyCreditWithin(db: Db, input: { creditNoteId: string; invoiceId: string; amountMinor: number; appliedOn: string; at: string }): Promise<boolean> {
  if (!(await settleFromBalance(db, input.creditNoteId, ['credit_note'], ['open'], input.amountMinor, input.at))) return false;
  if (!(await settleFromBalance(db, input.invoiceId, ['invoice'], payableStatuses, input.amountMinor, input.at))) return false;
  await repo.insertCreditApplication(db, { id: newId(), credit_note_id: input.creditNoteId, invoice_id: input.invoiceId, amount_minor: input.amountMinor, applied_on: input.appliedOn, created_at: input.at });
  await recomputeDocumentBalance(db, input.invoiceId);
  await recomputeDocumentBalance(db, input.creditNoteId);
  return true;
}

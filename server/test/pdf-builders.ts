import type { Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { newId } from '../lib/ids.ts';
import { offlinePaymentColumns } from '../modules/payment/payment.ts';
import type { SignedUpStaff } from './builders.ts';
import { extractPdfText, plainSpaces } from './pdf-text.ts';
import type { LightMyRequestResponse } from 'fastify';

/** Sets a customer's currency and billing address through the staff API. */
export async function setCustomerBilling(staff: SignedUpStaff, customerId: string, currency: string, billingAddress?: Record<string, string>): Promise<void> {
  const response = await staff.client.patch(`/api/v1/customers/${customerId}`, { currency, ...(billingAddress ? { billing_address: billingAddress } : {}) });
  if (response.statusCode !== 200) throw new Error(`customer update failed: ${response.body}`);
}

/**
 * A completed offline payment applied to the given documents, written straight to the tables (as the
 * payments module would), with each document's paid amount, balance and status brought up to date.
 */
export async function insertTestPayment(
  db: Kysely<Database>,
  payment: { organizationId: string; customerId: string; currency: string; method?: string; paidOn: string; reference?: string; allocations: { documentId: string; amountMinor: number }[] },
): Promise<{ id: string; number: string; amountMinor: number }> {
  const id = newId();
  const number = `PAY-${randomBytes(3).toString('hex').toUpperCase()}`;
  const amountMinor = payment.allocations.reduce((sum, allocation) => sum + allocation.amountMinor, 0);
  const at = `${payment.paidOn}T12:00:00.000Z`;
  await db
    .insertInto('payments')
    .values({
      id,
      organization_id: payment.organizationId,
      customer_id: payment.customerId,
      number,
      currency: payment.currency,
      amount_minor: amountMinor,
      method: payment.method ?? 'bank_transfer',
      status: 'completed',
      reference: payment.reference ?? null,
      notes: null,
      paid_on: payment.paidOn,
      ...offlinePaymentColumns,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const allocation of payment.allocations) {
    await db.insertInto('payment_allocations').values({ id: newId(), payment_id: id, document_id: allocation.documentId, amount_minor: allocation.amountMinor, created_at: at }).execute();
    await settle(db, allocation.documentId, allocation.amountMinor, 0);
  }
  return { id, number, amountMinor };
}

/** A credit note applied to an invoice, straight to the tables, with both balances updated. */
export async function insertTestCreditApplication(db: Kysely<Database>, application: { creditNoteId: string; invoiceId: string; amountMinor: number; appliedOn: string }): Promise<void> {
  await db
    .insertInto('credit_applications')
    .values({ id: newId(), credit_note_id: application.creditNoteId, invoice_id: application.invoiceId, amount_minor: application.amountMinor, applied_on: application.appliedOn, created_at: `${application.appliedOn}T12:00:00.000Z` })
    .execute();
  await settle(db, application.invoiceId, 0, application.amountMinor);
  const note = await db.selectFrom('documents').select(['balance_minor']).where('id', '=', application.creditNoteId).executeTakeFirstOrThrow();
  const balance = note.balance_minor - application.amountMinor;
  await db.updateTable('documents').set({ balance_minor: balance, status: balance === 0 ? 'closed' : 'open' }).where('id', '=', application.creditNoteId).execute();
}

async function settle(db: Kysely<Database>, documentId: string, paid: number, credited: number): Promise<void> {
  const document = await db.selectFrom('documents').select(['paid_minor', 'credited_minor', 'total_minor']).where('id', '=', documentId).executeTakeFirstOrThrow();
  const paidMinor = document.paid_minor + paid;
  const creditedMinor = document.credited_minor + credited;
  const balance = document.total_minor - paidMinor - creditedMinor;
  await db
    .updateTable('documents')
    .set({ paid_minor: paidMinor, credited_minor: creditedMinor, balance_minor: balance, status: balance === 0 ? 'paid' : 'partially_paid' })
    .where('id', '=', documentId)
    .execute();
}

/** Checks a PDF answer's headers and answers its text per page, spaces made plain. */
export async function pdfPages(response: LightMyRequestResponse, filename: string): Promise<string[]> {
  if (response.statusCode !== 200) throw new Error(`expected a PDF, got ${response.statusCode}: ${response.body}`);
  if (response.headers['content-type'] !== 'application/pdf') throw new Error(`content-type ${String(response.headers['content-type'])}`);
  const disposition = String(response.headers['content-disposition']);
  if (disposition !== `inline; filename="${filename}"`) throw new Error(`content-disposition ${disposition}`);
  return (await extractPdfText(response.rawPayload)).map(plainSpaces);
}

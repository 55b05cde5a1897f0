import { formatMoney } from '../../../contract/money.ts';
import type { AppContext } from '../../context.ts';
import type { DocumentKind, DocumentsTable, PaymentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { presentPage, type Page } from '../../db/keyset.ts';
import { AppError, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { recomputeDocumentBalance } from '../document/document.service.ts';
import { findCustomerById, type StaffActor } from '../customer/customer.service.ts';
import { nextDocumentNumber } from '../number-series/number-series.service.ts';
import { organizationToday } from '../organization/organization-today.ts';
import { allocateOldestFirst, checkExplicitAllocations, offlinePaymentColumns, type AllocationRequest } from './payment.ts';
import * as repo from './payment.repository.ts';
import type { ListPaymentsQuery, PaymentResponse, RecordPaymentBody } from './payment.schemas.ts';
import { findDocumentsByIds, holdBalance, listOpenInvoices, payableStatuses, releaseBalance, takeFromBalance } from './settlement.repository.ts';

export { payableStatuses };

/** The organization's documents among `ids`, as payments and credit applications settle them. */
export async function findDocumentsToSettle(db: Db, organizationId: string, ids: string[]): Promise<DocumentsTable[]> {
  return findDocumentsByIds(db, organizationId, ids);
}

/**
 * Takes `amount` off a document's balance in one conditional UPDATE (settlement.repository.ts), only
 * while the balance covers it and the document is of one of `kinds` in one of `statuses`; answers
 * whether it did. Credit applications settle invoices the way payments do.
 */
export async function settleFromBalance(db: Db, documentId: string, kinds: DocumentKind[], statuses: readonly string[], amount: number, at: string): Promise<boolean> {
  return takeFromBalance(db, documentId, kinds, statuses, amount, at);
}

/** Holds part of a balance for an online payment in flight (settlement.repository.ts `holdBalance`). */
export async function holdForOnlinePayment(db: Db, documentId: string, amount: number, onlyIfNothingHeld: boolean, at: string): Promise<boolean> {
  return holdBalance(db, documentId, amount, onlyIfNothingHeld, at);
}

export async function releaseOnlineHold(db: Db, documentId: string, amount: number, at: string): Promise<boolean> {
  return releaseBalance(db, documentId, amount, at);
}

export interface GatewayPaymentRecord {
  organizationId: string;
  customerId: string;
  contactPersonId: string | null;
  currency: string;
  amountMinor: number;
  method: 'card' | 'bank_account';
  gateway: string;
  gatewayPaymentId: string;
  attemptId: string;
  paymentMethodId: string | null;
  /** What the customer sees on the receipt: `Visa •••• 4242`. */
  reference: string;
  paidOn: string;
  at: string;
  allocations: AllocationRequest[];
}

/**
 * Records a payment taken at a gateway and applies it, in the caller's transaction, after the caller
 * released what the attempt held: every allocation takes from the balance with the same conditional
 * update as offline payments. What is beyond the allocations stays on the payment as money on account.
 * One payment per attempt (a unique index on attempt_id backs the attempt's own conditional update).
 */
export async function recordGatewayPayment(db: Db, input: GatewayPaymentRecord): Promise<PaymentsTable> {
  const number = await nextDocumentNumber(db, input.organizationId, 'payment', (candidate) => repo.isPaymentNumberTaken(db, input.organizationId, candidate));
  const payment: PaymentsTable = {
    id: newId(),
    organization_id: input.organizationId,
    external_id: null,
    customer_id: input.customerId,
    number,
    currency: input.currency,
    amount_minor: input.amountMinor,
    method: input.method,
    status: 'completed',
    reference: input.reference,
    notes: null,
    paid_on: input.paidOn,
    created_by: null,
    created_at: input.at,
    updated_at: input.at,
    gateway: input.gateway,
    gateway_payment_id: input.gatewayPaymentId,
    attempt_id: input.attemptId,
    payment_method_id: input.paymentMethodId,
    contact_person_id: input.contactPersonId,
    refunded_minor: 0,
  };
  await repo.insertPayment(db, payment);
  for (const allocation of [...input.allocations].sort((a, b) => a.document_id.localeCompare(b.document_id))) {
    if (!(await takeFromBalance(db, allocation.document_id, ['invoice', 'retainer_invoice'], payableStatuses, allocation.amount_minor, input.at))) {
      // The hold guaranteed this balance; reaching here means a row changed under the hold.
      throw new AppError('STATE_CONFLICT', `The balance of document ${allocation.document_id} changed while it was being paid`);
    }
    await repo.insertAllocation(db, { id: newId(), payment_id: payment.id, document_id: allocation.document_id, amount_minor: allocation.amount_minor, created_at: input.at });
    await recomputeDocumentBalance(db, allocation.document_id);
  }
  return payment;
}

/** A currency other than the one the customer is billed in: the field is named, nothing changes. */
export function currencyMismatch(field: string, expected: string, given: string): AppError {
  const message = `must be ${expected}, the currency this customer is billed in (not ${given})`;
  return new AppError('CURRENCY_MISMATCH', `${field}: ${message}`, [{ field, message }]);
}

/** What an allocation may settle: a sent invoice or retainer invoice of this customer; anything else is "not found". */
function payableDocument(documents: Map<string, DocumentsTable>, customerId: string, id: string): DocumentsTable {
  const document = documents.get(id);
  if (!document || document.customer_id !== customerId || (document.kind !== 'invoice' && document.kind !== 'retainer_invoice') || document.status === 'draft' || document.status === 'void') {
    throw new AppError('NOT_FOUND', `Invoice ${id} not found for this customer`, [{ field: 'allocations', document_id: id }]);
  }
  return document;
}

export function beyondBalance(document: DocumentsTable, amount: number, what: string): AppError {
  const left = formatMoney(document.balance_minor, document.currency, 'en');
  return new AppError('CONFLICT', `${what} of ${formatMoney(amount, document.currency, 'en')} is more than the ${left} left to pay on ${document.number}; nothing was recorded`, {
    document_id: document.id,
    balance_minor: document.balance_minor,
    amount_minor: amount,
  });
}

async function planAllocations(trx: Db, actor: StaffActor, input: RecordPaymentBody, paidOn: string): Promise<{ allocations: AllocationRequest[]; documents: Map<string, DocumentsTable> }> {
  if (!input.allocations) {
    const open = await listOpenInvoices(trx, actor.organizationId, input.customer_id, input.currency, paidOn);
    return { allocations: allocateOldestFirst(input.amount_minor, open), documents: new Map(open.map((document) => [document.id, document])) };
  }
  checkExplicitAllocations(input.amount_minor, input.allocations);
  const found = await findDocumentsByIds(trx, actor.organizationId, input.allocations.map((allocation) => allocation.document_id));
  const documents = new Map(found.map((document) => [document.id, document]));
  for (const allocation of input.allocations) {
    const document = payableDocument(documents, input.customer_id, allocation.document_id);
    if (document.currency !== input.currency) throw currencyMismatch('currency', document.currency, input.currency);
    if (document.issue_date > paidOn) throw validationError('paid_on', 'before_issue_date', `is before ${document.number} was issued (${document.issue_date})`, { number: document.number, issue_date: document.issue_date });
  }
  return { allocations: input.allocations, documents };
}

/**
 * Records an offline payment and applies it to invoices, all in one transaction: a refused
 * allocation (beyond a balance, a draft, another customer's document) leaves nothing behind, not even
 * a used payment number.
 */
export async function recordPayment(ctx: AppContext, actor: StaffActor, input: RecordPaymentBody): Promise<PaymentResponse> {
  const customer = await findCustomerById(ctx.db, actor.organizationId, input.customer_id);
  if (!customer) throw notFound('Customer');
  if (input.currency !== customer.currency) throw currencyMismatch('currency', customer.currency, input.currency);
  const paidOn = input.paid_on ?? (await organizationToday(ctx, actor.organizationId));
  return ctx.db.transaction().execute(async (trx) => {
    const now = isoNow(ctx.clock);
    const { allocations, documents } = await planAllocations(trx, actor, input, paidOn);
    const number = await nextDocumentNumber(trx, actor.organizationId, 'payment', (candidate) => repo.isPaymentNumberTaken(trx, actor.organizationId, candidate));
    const payment: PaymentsTable = {
      id: newId(),
      organization_id: actor.organizationId,
      external_id: input.external_id ?? null,
      customer_id: customer.id,
      number,
      currency: input.currency,
      amount_minor: input.amount_minor,
      method: input.method,
      status: 'completed',
      reference: input.reference ?? null,
      notes: input.notes ?? null,
      paid_on: paidOn,
      created_by: actor.staffUserId,
      created_at: now,
      updated_at: now,
      ...offlinePaymentColumns,
    };
    await repo.insertPayment(trx, payment);
    // A fixed order of row locks, so that concurrent payments never deadlock on PostgreSQL.
    for (const allocation of [...allocations].sort((a, b) => a.document_id.localeCompare(b.document_id))) {
      const document = documents.get(allocation.document_id);
      if (!document) throw notFound('Invoice');
      if (!(await takeFromBalance(trx, document.id, ['invoice', 'retainer_invoice'], payableStatuses, allocation.amount_minor, now))) {
        const current = (await findDocumentsByIds(trx, actor.organizationId, [document.id]))[0] ?? document;
        throw beyondBalance(current, allocation.amount_minor, 'A payment');
      }
      await repo.insertAllocation(trx, { id: newId(), payment_id: payment.id, document_id: document.id, amount_minor: allocation.amount_minor, created_at: now });
      await recomputeDocumentBalance(trx, document.id);
    }
    const [presented] = await presentPayments(trx, [payment]);
    return presented!;
  });
}

const distinct = (values: (string | null)[]): string[] => [...new Set(values.filter((value): value is string => value !== null))];

export async function presentPayments(db: Db, payments: PaymentsTable[]): Promise<PaymentResponse[]> {
  const ids = payments.map((payment) => payment.id);
  const [allocations, names, refunds, methods, contacts] = await Promise.all([
    repo.listAllocationsOfPayments(db, ids),
    repo.customerNames(db, distinct(payments.map((payment) => payment.customer_id))),
    repo.listRefundsOfPayments(db, ids),
    repo.paymentMethodSummaries(db, distinct(payments.map((payment) => payment.payment_method_id))),
    repo.contactNames(db, distinct(payments.map((payment) => payment.contact_person_id))),
  ]);
  return payments.map((payment) => {
    const contact = payment.contact_person_id ? contacts.get(payment.contact_person_id) : undefined;
    return {
      id: payment.id,
      number: payment.number,
      customer: { id: payment.customer_id, display_name: names.get(payment.customer_id) ?? '' },
      currency: payment.currency,
      amount_minor: Number(payment.amount_minor),
      method: payment.method,
      status: payment.status,
      paid_on: payment.paid_on,
      reference: payment.reference,
      notes: payment.notes,
      allocations: allocations
        .filter((allocation) => allocation.payment_id === payment.id)
        .map((allocation) => ({ document_id: allocation.document_id, kind: allocation.kind, number: allocation.number, amount_minor: allocation.amount_minor })),
      created_at: payment.created_at,
      updated_at: payment.updated_at,
      external_id: payment.external_id,
      gateway: payment.gateway,
      gateway_payment_id: payment.gateway_payment_id,
      payment_method: (payment.payment_method_id ? methods.get(payment.payment_method_id) : undefined) ?? null,
      contact: payment.contact_person_id && contact ? { id: payment.contact_person_id, name: `${contact.first_name} ${contact.last_name}`.trim() } : null,
      refunded_minor: Number(payment.refunded_minor),
      refunds: refunds
        .filter((refund) => refund.payment_id === payment.id)
        .map((refund) => ({ id: refund.id, amount_minor: refund.amount_minor, status: refund.status, reason: refund.reason, created_at: refund.created_at })),
    };
  });
}

export async function getPayment(ctx: AppContext, organizationId: string, id: string): Promise<PaymentResponse> {
  const payment = await repo.findPayment(ctx.db, organizationId, id);
  if (!payment) throw notFound('Payment');
  const [presented] = await presentPayments(ctx.db, [payment]);
  return presented!;
}

export async function listPayments(ctx: AppContext, organizationId: string, query: ListPaymentsQuery): Promise<Page<PaymentResponse>> {
  if (query.paid_from && query.paid_to && query.paid_from > query.paid_to) throw validationError('paid_from', 'after_end', 'must not be after paid_to', { other: 'paid_to' });
  const page = await repo.listPaymentPage(ctx.db, organizationId, {
    customerId: query.customer_id,
    status: query.status,
    method: query.method,
    source: query.source,
    paidFrom: query.paid_from,
    paidTo: query.paid_to,
    updatedSince: query.updated_since,
    limit: query.limit,
    cursor: query.cursor,
  });
  return presentPage(page, (payments) => presentPayments(ctx.db, payments));
}

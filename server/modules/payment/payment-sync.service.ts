import type { FieldIssue } from '../../../contract/errors.ts';
import type { AppContext } from '../../context.ts';
import type { PaymentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { isExternalIdConflict } from '../../db/external-id.ts';
import { tryWrite } from '../../db/transaction.ts';
import { AppError, fieldIssue, validationError } from '../../lib/app-error.ts';
import { customerByReference } from '../customer/customer-sync.service.ts';
import type { StaffActor } from '../customer/customer.service.ts';
import { checkExplicitAllocations, type AllocationRequest } from './payment.ts';
import * as repo from './payment.repository.ts';
import type { PaymentResponse, PutPaymentBody, RecordPaymentBody } from './payment.schemas.ts';
import { presentPayments, recordPayment } from './payment.service.ts';
import { findInvoiceIdsByExternalIds } from './settlement.repository.ts';

/*
 * A payment by external id (docs/api.md "Sync by external id"): a payment the organization's ERP recorded,
 * say a bank transfer received. The first PUT records it exactly as POST /payments does (the same checks,
 * the same allocation rules, balances recomputed in the same transaction); a replay answers the payment and
 * writes nothing. A recorded payment is money received and Portico changes it only through refunds (there
 * is no edit or delete of a payment), so a PUT that differs from it is a 409 that changes nothing.
 * Two PUTs of a new external id at once: the unique index lets one record it; the other reads it again
 * and answers it as a replay.
 */

const ATTEMPTS = 3;

/** What the PUT asks for, every reference resolved to an id; the fields name the body's fields for the answers. */
interface WantedPayment {
  input: RecordPaymentBody & { customer_id: string; external_id: string };
  customerField: 'customer_id' | 'customer_external_id';
}

/** The allocations with every invoice named by id (400 naming allocations.i.invoice_external_id for an unknown one). */
async function resolveAllocations(db: Db, organizationId: string, allocations: PutPaymentBody['allocations']): Promise<AllocationRequest[] | undefined> {
  if (!allocations) return undefined;
  const byExternalId = await findInvoiceIdsByExternalIds(db, organizationId, allocations.flatMap((allocation) => (allocation.invoice_external_id === undefined ? [] : [allocation.invoice_external_id])));
  return allocations.map((allocation, index) => {
    if ((allocation.invoice_id === undefined) === (allocation.invoice_external_id === undefined)) {
      throw validationError(`allocations.${index}.invoice_id`, 'required', 'name the invoice by invoice_id or by invoice_external_id (one of them)');
    }
    const documentId = allocation.invoice_id ?? byExternalId.get(allocation.invoice_external_id ?? '');
    if (documentId === undefined) throw validationError(`allocations.${index}.invoice_external_id`, 'unknown_reference', 'is not the external id of an invoice of this organization');
    return { document_id: documentId, amount_minor: allocation.amount_minor };
  });
}

async function resolve(ctx: AppContext, organizationId: string, externalId: string, body: PutPaymentBody): Promise<WantedPayment> {
  const { customer, field } = await customerByReference(ctx, organizationId, body);
  const allocations = await resolveAllocations(ctx.db, organizationId, body.allocations);
  // A body that POST would refuse is refused as such, even when a payment has this external id.
  if (allocations) checkExplicitAllocations(body.amount_minor, allocations);
  const { customer_id: _id, customer_external_id: _externalId, allocations: _allocations, ...rest } = body;
  return { input: { ...rest, customer_id: customer.id, ...(allocations ? { allocations } : {}), external_id: externalId }, customerField: field };
}

const allocationKey = (allocation: AllocationRequest): string => `${allocation.document_id}|${allocation.amount_minor}`;

/**
 * The fields of the PUT that differ from the recorded payment. A PUT that leaves out `paid_on` or
 * `allocations` leaves them as Portico chose when it recorded the payment (today; the oldest open invoices).
 */
async function differences(db: Db, payment: PaymentsTable, wanted: WantedPayment): Promise<FieldIssue[]> {
  const { input } = wanted;
  const issues: FieldIssue[] = [];
  const differs = (field: string, recorded: unknown) => issues.push(fieldIssue(field, 'invalid', `differs from the recorded payment's ${JSON.stringify(recorded)}`, { recorded }));
  if (payment.customer_id !== input.customer_id) differs(wanted.customerField, payment.customer_id);
  if (Number(payment.amount_minor) !== input.amount_minor) differs('amount_minor', Number(payment.amount_minor));
  if (payment.currency !== input.currency) differs('currency', payment.currency);
  if (payment.method !== input.method) differs('method', payment.method);
  if (input.paid_on !== undefined && payment.paid_on !== input.paid_on) differs('paid_on', payment.paid_on);
  if (payment.reference !== (input.reference ?? null)) differs('reference', payment.reference);
  if (payment.notes !== (input.notes ?? null)) differs('notes', payment.notes);
  if (input.allocations) {
    const stored = (await repo.listAllocationsOfPayments(db, [payment.id])).map((allocation) => ({ document_id: allocation.document_id, amount_minor: allocation.amount_minor }));
    const recorded = stored.map(allocationKey).sort();
    const asked = input.allocations.map(allocationKey).sort();
    if (recorded.length !== asked.length || recorded.some((key, index) => key !== asked[index])) differs('allocations', stored);
  }
  return issues;
}

/** A PUT that differs from the payment recorded under its external id: refused, naming each field. */
function changeRefused(payment: PaymentsTable, issues: FieldIssue[]): AppError {
  const fields = issues.map((issue) => issue.field).join(', ');
  const refunded = Number(payment.refunded_minor) > 0 || payment.status === 'refunded' || payment.status === 'partially_refunded';
  const why = refunded
    ? `payment ${payment.number} has been refunded and is not changed any more`
    : `payment ${payment.number} is money received and is not changed by a PUT; refund it and record the right payment under another external id`;
  return new AppError('STATE_CONFLICT', `${fields} differ from what was recorded: ${why} (nothing was changed)`, issues);
}

/** Records the payment with this external id (created) or answers it unchanged; a PUT that differs is a 409. */
export async function putPaymentByExternalId(ctx: AppContext, actor: StaffActor, externalId: string, body: PutPaymentBody): Promise<{ payment: PaymentResponse; created: boolean }> {
  const wanted = await resolve(ctx, actor.organizationId, externalId, body);
  for (let attempt = 1; ; attempt++) {
    const existing = await repo.findPaymentByExternalId(ctx.db, actor.organizationId, externalId);
    if (existing) {
      const issues = await differences(ctx.db, existing, wanted);
      if (issues.length > 0) throw changeRefused(existing, issues);
      const [presented] = await presentPayments(ctx.db, [existing]);
      return { payment: presented!, created: false };
    }
    try {
      return { payment: await tryWrite(ctx, () => recordPayment(ctx, actor, wanted.input)), created: true };
    } catch (error) {
      // Another PUT recorded it meanwhile: its unique index refused this one, or (SQLite runs writes one
      // after another) it took the balance this one would have paid. Answer it as a replay.
      const raced = isExternalIdConflict(error) || (error instanceof AppError && (await repo.findPaymentByExternalId(ctx.db, actor.organizationId, externalId)) !== undefined);
      if (attempt < ATTEMPTS && raced) continue;
      throw error;
    }
  }
}

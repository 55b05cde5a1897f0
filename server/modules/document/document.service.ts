import { quantityToMilli } from '../../../contract/units.ts';
import { computeDocumentAmounts, type LineAmountsInput } from '../../../contract/document-totals.ts';
import type { AppContext } from '../../context.ts';
import type { DocumentKind, DocumentLinesTable, DocumentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import type { Page } from '../../db/keyset.ts';
import { AppError, fieldIssue, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { findCustomerById } from '../customer/customer.service.ts';
import { nextDocumentNumber } from '../number-series/number-series.service.ts';
import { organizationToday } from '../organization/organization-today.ts';
import { addDays, creditStatus, isPayable, settledStatus, untouchedDocumentState } from './document.ts';
import { presentDocument } from './document.presenter.ts';
import * as repo from './document.repository.ts';
import type { CreateDocumentBody, DocumentResponse, LineInput, ListDocumentsQuery, UpdateDocumentBody } from './document.schemas.ts';
import { checkTransition, deleteAtVersion, writeAtVersion } from './document-writes.ts';
import { releaseBilledTime } from '../project/project-billing.service.ts';
import { staffActor } from '../time-entry/time-entry.service.ts';

export interface Actor {
  organizationId: string;
  staffUserId: string | null;
}

/** Resolves taxes and items, computes every line's amounts and the document's totals. */
export async function buildDocumentLines(db: Db, organizationId: string, documentId: string, inputs: LineInput[]) {
  const taxIds = [...new Set(inputs.flatMap((line) => (line.tax_id ? [line.tax_id] : [])))];
  const itemIds = [...new Set(inputs.flatMap((line) => (line.item_id ? [line.item_id] : [])))];
  const taxes = await repo.listTaxesByIds(db, organizationId, taxIds);
  const itemIdsFound = await repo.listItemIdsByIds(db, organizationId, itemIds);
  const amountInputs: LineAmountsInput[] = inputs.map((line, index) => {
    const tax = line.tax_id ? taxes.find((candidate) => candidate.id === line.tax_id) : undefined;
    if (line.tax_id && !tax) throw validationError(`lines.${index}.tax_id`, 'unknown_reference', 'is not a tax of this organization');
    if (line.item_id && !itemIdsFound.includes(line.item_id)) throw validationError(`lines.${index}.item_id`, 'unknown_reference', 'is not an item of this organization');
    const discount = line.discount ?? null;
    return {
      quantity_milli: quantityToMilli(line.quantity),
      rate_minor: line.rate_minor,
      discount_type: discount?.type ?? null,
      discount_value: discount ? (discount.type === 'percent' ? Math.round(discount.percent * 100) : discount.amount_minor) : 0,
      tax_rate_millipercent: tax?.rate_millipercent ?? 0,
    };
  });
  let amounts;
  try {
    amounts = computeDocumentAmounts(amountInputs);
  } catch {
    throw validationError('lines', 'amounts_too_large', 'the amounts are too large');
  }
  const lines: DocumentLinesTable[] = inputs.map((line, index) => {
    const input = amountInputs[index]!;
    const computed = amounts.lines[index]!;
    const tax = line.tax_id ? taxes.find((candidate) => candidate.id === line.tax_id) : undefined;
    return {
      id: newId(),
      document_id: documentId,
      position: index + 1,
      item_id: line.item_id ?? null,
      name: line.name,
      description: line.description ?? null,
      unit: line.unit ?? null,
      quantity_milli: input.quantity_milli,
      rate_minor: input.rate_minor,
      discount_type: input.discount_type,
      discount_value: input.discount_value,
      tax_id: tax?.id ?? null,
      tax_name: tax?.name ?? null,
      tax_rate_millipercent: input.tax_rate_millipercent,
      ...computed,
    };
  });
  return { lines, amounts };
}

const seriesKind = (kind: DocumentKind) => kind;

/** A number the organization's system gave the document (an ERP's), kept instead of the series' next. */
export interface KeptNumber {
  number?: string | undefined;
}

const numberTaken = (kind: DocumentKind) => new AppError('CONFLICT', `number: another ${kind.replace('_', ' ')} of the organization has this number`, [fieldIssue('number', 'taken', 'is already used')]);

/** Whether an error is the 409 of a kept number already used (a PUT racing another for its external id retries on it). */
export function isDocumentNumberConflict(error: unknown): boolean {
  return error instanceof AppError && error.code === 'CONFLICT' && error.message.startsWith('number:');
}

/** Whether the database refused a write because the organization already has a document of the kind with that number. */
function isNumberTaken(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint, message } = error as { code?: unknown; constraint?: unknown; message?: unknown };
  if (code === '23505') return constraint === 'documents_org_kind_number';
  return typeof message === 'string' && message.includes('UNIQUE constraint failed') && message.includes('documents.number');
}

/** Runs a write of a kept number, turning the unique constraint's refusal (a race) into a 409 naming `number`. */
async function withNumberCheck<T>(kind: DocumentKind, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isNumberTaken(error)) throw numberTaken(kind);
    throw error;
  }
}

async function checkKeptNumber(db: Db, organizationId: string, kind: DocumentKind, number: string): Promise<string> {
  if (await repo.isDocumentNumberTaken(db, organizationId, kind, number)) throw numberTaken(kind);
  return number;
}

export async function createDocument(ctx: AppContext, actor: Actor, kind: DocumentKind, input: CreateDocumentBody & KeptNumber): Promise<DocumentsTable> {
  return withNumberCheck(kind, () => ctx.db.transaction().execute(async (trx) => {
    const customer = await findCustomerById(trx, actor.organizationId, input.customer_id);
    if (!customer) throw notFound('Customer');
    const id = newId();
    const { lines, amounts } = await buildDocumentLines(trx, actor.organizationId, id, input.lines);
    const now = isoNow(ctx.clock);
    const issueDate = input.issue_date ?? (await organizationToday(ctx, actor.organizationId, trx));
    const dueDate = isPayable(kind) ? (input.due_date ?? addDays(issueDate, 30)) : null;
    const expiryDate = kind === 'estimate' ? (input.expiry_date ?? addDays(issueDate, 30)) : null;
    if (dueDate && dueDate < issueDate) throw validationError('due_date', 'before_issue_date', 'cannot be before the issue date');
    if (expiryDate && expiryDate < issueDate) throw validationError('expiry_date', 'before_issue_date', 'cannot be before the issue date');
    const number =
      input.number !== undefined
        ? await checkKeptNumber(trx, actor.organizationId, kind, input.number)
        : await nextDocumentNumber(trx, actor.organizationId, seriesKind(kind), (candidate) => repo.isDocumentNumberTaken(trx, actor.organizationId, kind, candidate));
    const document: DocumentsTable = {
      id,
      sales_order_id: null,
      organization_id: actor.organizationId,
      external_id: input.external_id ?? null,
      customer_id: customer.id,
      kind,
      number,
      status: 'draft',
      currency: customer.currency,
      issue_date: issueDate,
      due_date: dueDate,
      expiry_date: expiryDate,
      reference: input.reference ?? null,
      notes: input.notes ?? null,
      terms: input.terms ?? null,
      subtotal_minor: amounts.subtotal_minor,
      discount_minor: amounts.discount_minor,
      tax_minor: amounts.tax_minor,
      total_minor: amounts.total_minor,
      ...untouchedDocumentState,
      balance_minor: kind === 'estimate' ? 0 : amounts.total_minor,
      source_document_id: null,
      created_by: actor.staffUserId,
      created_at: now,
      updated_at: now,
    };
    await repo.insertDocument(trx, document);
    await repo.insertLines(trx, lines);
    return document;
  }));
}

export async function getDocument(db: Db, organizationId: string, id: string, kind?: DocumentKind): Promise<DocumentsTable> {
  const document = await repo.findDocument(db, organizationId, id, kind);
  if (!document) throw notFound('Document');
  return document;
}

/** Payments and credits fix a document's amounts: changing them afterwards would break the balance. */
async function hasSettlements(db: Db, document: DocumentsTable): Promise<boolean> {
  if (document.paid_minor > 0 || document.credited_minor > 0) return true;
  if (document.kind === 'credit_note') return (await repo.sumCreditsApplied(db, 'credit_note_id', document.id)) > 0;
  return (await repo.hasPaymentAllocations(db, document.id)) || (await repo.sumCreditsApplied(db, 'invoice_id', document.id)) > 0;
}

const settledAmounts = () => new AppError('CONFLICT', 'Payments or credits are applied to this document; remove them before changing its amounts');
/** An online payment holds part of the balance: the amounts stay as they are until it completes. */
const beingPaid = (number: string) => new AppError('PAYMENT_IN_PROGRESS', `${number} is being paid online; its amounts can change once that payment completes`);

/**
 * Changes a document's fields or lines. Refused (409) for a status the life cycle freezes (accepted,
 * declined or invoiced estimates; paid, void or closed documents), for a version other than the one the
 * caller saw, and for new amounts once payments or credits are applied. The write is conditional on the
 * version read here, so a payment committing meanwhile makes the edit fail rather than leave a total
 * below what was paid. Answers the document as this edit left it.
 */
export async function updateDocument(
  ctx: AppContext,
  actor: Actor,
  kind: DocumentKind,
  id: string,
  input: UpdateDocumentBody & KeptNumber,
  seen?: number,
): Promise<DocumentResponse> {
  return withNumberCheck(kind, () => ctx.db.transaction().execute(async (trx) => {
    const document = await getDocument(trx, actor.organizationId, id, kind);
    checkTransition(document, 'edit', seen);
    const changes: Partial<DocumentsTable> = { updated_at: isoNow(ctx.clock) };
    let lines: DocumentLinesTable[] | undefined;
    if (input.lines) {
      const built = await buildDocumentLines(trx, actor.organizationId, id, input.lines);
      lines = built.lines;
      const { amounts } = built;
      Object.assign(changes, { subtotal_minor: amounts.subtotal_minor, discount_minor: amounts.discount_minor, tax_minor: amounts.tax_minor, total_minor: amounts.total_minor });
    }
    for (const field of ['issue_date', 'due_date', 'expiry_date', 'reference', 'notes', 'terms', 'external_id'] as const) {
      if (input[field] !== undefined) Object.assign(changes, { [field]: input[field] });
    }
    if (input.number !== undefined && input.number !== document.number) changes.number = await checkKeptNumber(trx, actor.organizationId, kind, input.number);
    const issueDate = changes.issue_date ?? document.issue_date;
    const dueDate = changes.due_date !== undefined ? changes.due_date : document.due_date;
    if (dueDate && dueDate < issueDate) throw validationError('due_date', 'before_issue_date', 'cannot be before the issue date');
    const changesAmounts = (current: DocumentsTable) => changes.total_minor !== undefined && changes.total_minor !== current.total_minor;
    if (changesAmounts(document) && (await hasSettlements(trx, document))) throw settledAmounts();
    if (changesAmounts(document) && Number(document.pending_minor) > 0) throw beingPaid(document.number);
    await writeAtVersion(trx, document, 'edit', changes, (current) => {
      if (changesAmounts(current) && (current.paid_minor > 0 || current.credited_minor > 0)) throw settledAmounts();
      if (changesAmounts(current) && Number(current.pending_minor) > 0) throw beingPaid(current.number);
    });
    if (lines) {
      await repo.deleteLines(trx, id);
      await repo.insertLines(trx, lines);
    }
    await recomputeDocumentBalance(trx, id);
    return presentDocument(trx, await getDocument(trx, actor.organizationId, id), ctx.clock.now());
  }));
}

export async function deleteDocument(ctx: AppContext, actor: Actor, kind: DocumentKind, id: string, seen?: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const document = await getDocument(trx, actor.organizationId, id, kind);
    checkTransition(document, 'delete', seen);
    // Time billed on a draft invoice is billable again once the invoice is gone.
    if (document.kind === 'invoice') await releaseBilledTime(ctx, trx, document, await staffActor(trx, actor));
    await deleteAtVersion(trx, document);
  });
}

/**
 * Sets paid, credited, balance and the settled status of a document from the payments and credits
 * applied to it. Call it in the transaction that changed them.
 */
export async function recomputeDocumentBalance(db: Db, documentId: string): Promise<void> {
  const document = await repo.findDocumentById(db, documentId);
  if (!document) return;
  if (document.kind === 'estimate') return;
  if (document.kind === 'credit_note') {
    const used = await repo.sumCreditsApplied(db, 'credit_note_id', documentId);
    const { balance, status } = creditStatus(document, used);
    await repo.updateDocumentRow(db, documentId, { credited_minor: used, balance_minor: balance, status });
    return;
  }
  const paid = await repo.sumAllocations(db, documentId);
  const credited = await repo.sumCreditsApplied(db, 'invoice_id', documentId);
  const { balance, status } = settledStatus(document, paid, credited);
  await repo.updateDocumentRow(db, documentId, { paid_minor: paid, credited_minor: credited, balance_minor: balance, status });
}

/**
 * recomputeDocumentBalance for many invoices or retainer invoices at once (bulk writes such as an
 * import): the same sums and the same rule (settledStatus), read and written a chunk at a time (one
 * UPDATE … FROM (VALUES …) per 250 documents) rather than in four statements per document. Call it in the transaction that changed what is applied.
 */
export async function recomputeInvoiceBalances(db: Db, documentIds: readonly string[]): Promise<void> {
  for (let start = 0; start < documentIds.length; start += 250) {
    const chunk = documentIds.slice(start, start + 250);
    const documents = (await repo.findDocumentsByIdList(db, chunk)).filter((document) => document.kind === 'invoice' || document.kind === 'retainer_invoice');
    const ids = documents.map((document) => document.id);
    const [paid, credited] = [await repo.sumAllocationsOf(db, ids), await repo.sumCreditsAppliedTo(db, ids)];
    await repo.updateDocumentFigures(
      db,
      documents.map((document) => {
        const paidMinor = paid.get(document.id) ?? 0;
        const creditedMinor = credited.get(document.id) ?? 0;
        const { balance, status } = settledStatus(document, paidMinor, creditedMinor);
        return { id: document.id, paid_minor: paidMinor, credited_minor: creditedMinor, balance_minor: balance, status };
      }),
    );
  }
}

export async function listDocuments(ctx: AppContext, organizationId: string, kind: DocumentKind, query: ListDocumentsQuery): Promise<Page<DocumentsTable>> {
  return repo.listDocumentPage(ctx.db, {
    organizationId,
    kind,
    customerId: query.customer_id,
    status: query.status,
    today: await organizationToday(ctx, organizationId),
    search: query.search,
    updatedSince: query.updated_since,
    sort: query.updated_since === undefined ? query.sort : 'updated_at',
    limit: query.limit,
    cursor: query.cursor,
  });
}

import { z } from 'zod';
import { OPENING_BALANCE_METHOD } from '../../../contract/billing.ts';
import type { DocumentLinesTable, DocumentsTable, PaymentAllocationsTable, PaymentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { externalIdField } from '../../http/schemas.ts';
import { newId } from '../../lib/ids.ts';
import { addDays, untouchedDocumentState } from '../document/document.ts';
import { recomputeInvoiceBalances } from '../document/document.service.ts';
import { moveSeriesPast, takeDocumentNumbers } from '../number-series/number-series.service.ts';
import { offlinePaymentColumns } from '../payment/payment.ts';
import { dateOfCell, minorUnitsOf, openInvoiceAmounts, rowErrorOf, type RowError } from './csv-import.ts';
import * as repo from './csv-import.repository.ts';
import * as invoices from './csv-import-open-invoices.repository.ts';

/*
 * Open invoices brought over from the system a business leaves (docs/integrations.md "CSV import"): each
 * row an invoice already sent in that system, created in Portico as sent (or partially paid) without
 * mailing anyone, with what was paid on it before recorded as one opening-balance payment.
 */

export interface OpenInvoiceWrite {
  kind: 'open_invoices';
  row: number;
  customerId: string;
  currency: string;
  number: string;
  externalId: string | null;
  issueDate: string;
  dueDate: string;
  totalMinor: number;
  balanceMinor: number;
  paidMinor: number;
  reference: string | null;
  description: string | null;
}

type Cells = (field: string) => string | undefined;

/** The largest total a line may carry (POST /invoices caps a line's rate there). */
const MAX_TOTAL_MINOR = 1_000_000_000_000;

/** The text cells of a row by the rules of the invoice API (lengths as POST /invoices takes them). */
const textCells = z.object({
  number: z.string().max(50),
  external_id: externalIdField.optional(),
  reference: z.string().max(100).optional(),
  description: z.string().max(300).optional(),
});

const lower = (text: string) => text.toLowerCase();

function byKey(pairs: [string, string][]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [key, id] of pairs) map.set(key, [...(map.get(key) ?? []), id]);
  return map;
}

/**
 * The checker of an open-invoices file's rows: loads, once, the organization's customers and which of
 * the file's numbers and external ids its invoices already hold; then checks one row at a time.
 */
export async function openInvoiceChecker(db: Db, organizationId: string, rows: readonly Cells[]) {
  const customers = await repo.customerKeys(db, organizationId);
  const currencyOf = new Map(customers.map((customer) => [customer.id, customer.currency]));
  const byExternal = new Map(customers.flatMap((customer) => (customer.external_id ? [[customer.external_id, customer.id] as const] : [])));
  const byEmail = byKey(customers.flatMap((customer) => (customer.email ? [[lower(customer.email), customer.id] as [string, string]] : [])));
  const byName = byKey(customers.map((customer) => [lower(customer.display_name), customer.id] as [string, string]));
  const numbers = [...new Set(rows.flatMap((cells) => cells('number') ?? []))];
  const externalIds = [...new Set(rows.flatMap((cells) => cells('external_id') ?? []))];
  const takenNumbers = await invoices.takenInvoiceNumbers(db, organizationId, numbers);
  const takenExternalIds = await invoices.takenInvoiceExternalIds(db, organizationId, externalIds);

  const customerOf = (rowNumber: number, cells: Cells, issues: RowError[]): string | undefined => {
    const external = cells('customer_external_id');
    const email = cells('customer_email');
    const text = cells('customer');
    if (external !== undefined) {
      const id = byExternal.get(external);
      if (!id) issues.push({ row: rowNumber, field: 'customer_external_id', code: 'unknown_reference', message: 'is not the external id of a customer of this organization' });
      return id;
    }
    const [field, found] = email !== undefined ? ['customer_email', byEmail.get(lower(email)) ?? []] : text !== undefined ? ['customer', byEmail.get(lower(text)) ?? byName.get(lower(text)) ?? []] : ['customer', undefined];
    if (found === undefined) issues.push({ row: rowNumber, field: 'customer', code: 'required', message: 'is required: the customer external id, name or email' });
    else if (found.length === 0) issues.push({ row: rowNumber, field, code: 'unknown_reference', message: field === 'customer' ? 'names no customer of this organization (by name or email)' : 'is not the email of a customer of this organization' });
    else if (found.length > 1) issues.push({ row: rowNumber, field, code: 'invalid', message: `names ${found.length} customers; use their external ids` });
    return found?.length === 1 ? found[0] : undefined;
  };

  const amountOf = (rowNumber: number, field: 'total' | 'balance', cell: string, currency: string, issues: RowError[]): number | undefined => {
    const minor = minorUnitsOf(cell, currency);
    if (minor === undefined && /^-?\d+([.,]\d+)?$/.test(cell)) issues.push({ row: rowNumber, field, code: 'invalid_format', message: `has more decimals than ${currency} has` });
    else if (minor === undefined) issues.push({ row: rowNumber, field, code: 'invalid_format', message: 'must be a decimal amount such as 12.50' });
    else if (minor > MAX_TOTAL_MINOR) issues.push({ row: rowNumber, field, code: 'too_big', message: 'is too large' });
    return minor;
  };

  const dateOf = (rowNumber: number, field: 'issue_date' | 'due_date', cells: Cells, issues: RowError[]): string | undefined => {
    const cell = cells(field);
    if (cell === undefined) {
      if (field === 'issue_date') issues.push({ row: rowNumber, field, code: 'required', message: 'is required' });
      return undefined;
    }
    const date = dateOfCell(cell);
    if (date === undefined) issues.push({ row: rowNumber, field, code: 'invalid_format', message: 'must be a date such as 2026-03-31 (or 31.03.2026)' });
    return date;
  };

  /** One row: its errors pushed on `issues`, its write answered when it has none. */
  return (rowNumber: number, cells: Cells, issues: RowError[], once: (key: string, rowNumber: number, field: string, issues: RowError[]) => void): OpenInvoiceWrite | undefined => {
    const customerId = customerOf(rowNumber, cells, issues);
    const customerCurrency = customerId === undefined ? undefined : currencyOf.get(customerId);
    const currencyCell = cells('currency')?.toUpperCase();
    if (currencyCell !== undefined && customerCurrency !== undefined && currencyCell !== customerCurrency) {
      issues.push({ row: rowNumber, field: 'currency', code: 'invalid_value', message: `must be ${customerCurrency}, the currency this customer is billed in` });
    }

    const number = cells('number');
    const externalId = cells('external_id');
    const parsed = textCells.safeParse(Object.fromEntries(Object.entries({ number, external_id: externalId, reference: cells('reference'), description: cells('description') }).filter(([, value]) => value !== undefined)));
    if (!parsed.success) for (const issue of parsed.error.issues) issues.push(rowErrorOf(rowNumber, issue, issue.path.map(String)[0] ?? 'row'));
    if (number !== undefined) {
      if (takenNumbers.has(number)) issues.push({ row: rowNumber, field: 'number', code: 'taken', message: 'is already the number of an invoice of this organization' });
      once(`number\u0000${number}`, rowNumber, 'number', issues);
    }
    if (externalId !== undefined && takenExternalIds.has(externalId)) issues.push({ row: rowNumber, field: 'external_id', code: 'taken', message: 'is already the external id of an invoice of this organization' });

    const issueDate = dateOf(rowNumber, 'issue_date', cells, issues);
    const dueCell = dateOf(rowNumber, 'due_date', cells, issues);
    if (issueDate !== undefined && dueCell !== undefined && dueCell < issueDate) issues.push({ row: rowNumber, field: 'due_date', code: 'before_issue_date', message: 'cannot be before the issue date' });

    // Amounts are read in the customer's currency (or the row's, when the customer is unknown).
    const currency = customerCurrency ?? currencyCell;
    const totalCell = cells('total');
    const balanceCell = cells('balance');
    let amounts: ReturnType<typeof openInvoiceAmounts> | undefined;
    if (totalCell === undefined) issues.push({ row: rowNumber, field: 'total', code: 'required', message: 'is required' });
    if (currency !== undefined && totalCell !== undefined) {
      const total = amountOf(rowNumber, 'total', totalCell, currency, issues);
      const balance = balanceCell === undefined ? undefined : amountOf(rowNumber, 'balance', balanceCell, currency, issues);
      if (total !== undefined && (balanceCell === undefined || balance !== undefined)) {
        amounts = openInvoiceAmounts(total, balance);
        if ('field' in amounts) issues.push({ row: rowNumber, field: amounts.field, code: amounts.code, message: amounts.message });
      }
    }

    if (issues.length > 0 || !customerId || !customerCurrency || !number || !issueDate || !amounts || 'field' in amounts || !parsed.success) return undefined;
    return {
      kind: 'open_invoices',
      row: rowNumber,
      customerId,
      currency: customerCurrency,
      number,
      externalId: externalId ?? null,
      issueDate,
      // As POST /invoices: 30 days after the issue date unless the file says.
      dueDate: dueCell ?? addDays(issueDate, 30),
      totalMinor: amounts.balanceMinor + amounts.paidMinor,
      balanceMinor: amounts.balanceMinor,
      paidMinor: amounts.paidMinor,
      reference: parsed.data.reference ?? null,
      description: parsed.data.description ?? null,
    };
  };
}

/**
 * Writes one chunk of open invoices in the run's transaction: the invoices and their single lines, the
 * opening-balance payments of what was paid before (numbered from the payment series, allocated to their
 * invoice), each partly paid invoice's balance recomputed from its allocations (recomputeInvoiceBalances,
 * recomputeDocumentBalance's rule for a chunk of invoices at once), and the invoice series
 * moved past the imported numbers it could otherwise hand out again. Nobody is mailed: nothing is queued.
 */
export async function writeOpenInvoices(db: Db, input: { organizationId: string; staffUserId: string | null; at: string }, writes: readonly OpenInvoiceWrite[]): Promise<number> {
  const documents: DocumentsTable[] = [];
  const lines: DocumentLinesTable[] = [];
  for (const write of writes) {
    const id = newId();
    documents.push({
      id,
      organization_id: input.organizationId,
      customer_id: write.customerId,
      kind: 'invoice',
      number: write.number,
      external_id: write.externalId,
      // Sent; what was paid before moves it to partially paid when its payment is applied below.
      status: 'sent',
      currency: write.currency,
      issue_date: write.issueDate,
      due_date: write.dueDate,
      expiry_date: null,
      reference: write.reference,
      notes: null,
      terms: null,
      subtotal_minor: write.totalMinor,
      discount_minor: 0,
      tax_minor: 0,
      total_minor: write.totalMinor,
      ...untouchedDocumentState,
      // Issued in the old system, never sent by Portico: no sent_at, so the portal's activity does not tell the contacts it was just sent.
      balance_minor: write.totalMinor,
      source_document_id: null,
      sales_order_id: null,
      created_by: input.staffUserId,
      created_at: input.at,
      updated_at: input.at,
    });
    lines.push({
      id: newId(),
      document_id: id,
      position: 1,
      item_id: null,
      name: write.description ?? write.number,
      description: null,
      unit: null,
      quantity_milli: 1000,
      rate_minor: write.totalMinor,
      discount_type: null,
      discount_value: 0,
      tax_id: null,
      tax_name: null,
      tax_rate_millipercent: 0,
      gross_minor: write.totalMinor,
      discount_minor: 0,
      tax_minor: 0,
      total_minor: write.totalMinor,
    });
  }
  await invoices.insertInvoices(db, documents, lines);

  const paidBefore = documents.flatMap((document, index) => (writes[index]!.paidMinor > 0 ? [{ document, paidMinor: writes[index]!.paidMinor }] : []));
  const numbers = await takeDocumentNumbers(db, input.organizationId, 'payment', paidBefore.length, (candidates) => invoices.takenPaymentNumbers(db, input.organizationId, candidates));
  const payments: PaymentsTable[] = paidBefore.map(({ document, paidMinor }, index) => ({
    id: newId(),
    organization_id: input.organizationId,
    external_id: null,
    customer_id: document.customer_id,
    number: numbers[index]!,
    currency: document.currency,
    amount_minor: paidMinor,
    method: OPENING_BALANCE_METHOD,
    status: 'completed',
    reference: document.number,
    notes: `Opening balance: paid on ${document.number} before it was imported`,
    // Dated on the invoice's issue date: every statement then shows the invoice with only its open balance owed.
    paid_on: document.issue_date,
    created_by: input.staffUserId,
    created_at: input.at,
    updated_at: input.at,
    ...offlinePaymentColumns,
  }));
  const allocations: PaymentAllocationsTable[] = payments.map((payment, index) => ({ id: newId(), payment_id: payment.id, document_id: paidBefore[index]!.document.id, amount_minor: payment.amount_minor, created_at: input.at }));
  await invoices.insertPaymentsWithAllocations(db, payments, allocations);
  await recomputeInvoiceBalances(db, paidBefore.map(({ document }) => document.id));

  await moveSeriesPast(db, input.organizationId, 'invoice', documents.map((document) => document.number));
  return documents.length;
}

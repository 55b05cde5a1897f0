import { randomUUID } from 'node:crypto';
import { PostgresAdapter, sql, type Insertable } from 'kysely';
import type { CreditApplicationsTable, DocumentsTable, PaymentAllocationsTable, PaymentsTable, RefundAllocationsTable, RefundsTable } from '../db/billing-tables.ts';
import type { Db } from '../db/database.ts';
import { addDays } from '../modules/statement/statement-dates.ts';

export interface BulkHistoryOptions {
  organizationId: string;
  customerId: string;
  currency: string;
  invoices: number;
  /** The first issue date; invoices are spread evenly over `days` days from it. */
  start: string;
  days: number;
  /** Nothing is dated after this day (payments, credit, refunds). */
  today: string;
  /** Makes numbers unique within the organization. */
  prefix: string;
  seed?: number;
}

export interface BulkHistory {
  invoices: number;
  payments: number;
  credits: number;
  refunds: number;
  /** What the customer's sent invoices owe now (the sum of their balances). */
  owedMinor: number;
}

type InvoiceRow = Insertable<DocumentsTable> & { left: number };

async function inChunks<T>(values: T[], write: (part: T[]) => Promise<unknown>): Promise<void> {
  for (let at = 0; at < values.length; at += 500) await write(values.slice(at, at + 500));
}

/** A small deterministic generator (mulberry32), so a seed gives the same history. */
function randomOf(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Writes years of consistent billing history for one customer straight into the tables, in one
 * transaction of multi-row inserts (far faster than the API, for histories larger than any bind
 * parameter limit): sent invoices (some draft or void), payments (some paying two invoices), credit
 * applied from credit notes, and succeeded refunds, with each invoice's paid, credited and balance
 * amounts and status as the app would have left them.
 */
export async function insertBulkHistory(db: Db, options: BulkHistoryOptions): Promise<BulkHistory> {
  const random = randomOf(options.seed ?? 1);
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const now = `${options.today}T12:00:00.000Z`;
  const owner = { organization_id: options.organizationId, customer_id: options.customerId, currency: options.currency, created_at: now };
  const base = { ...owner, updated_at: now, version: 1, discount_minor: 0, tax_minor: 0, pending_minor: 0 };
  const documents: Insertable<DocumentsTable>[] = [];
  const payments: Insertable<PaymentsTable>[] = [];
  const allocations: Insertable<PaymentAllocationsTable>[] = [];
  const credits: Insertable<CreditApplicationsTable>[] = [];
  const refunds: Insertable<RefundsTable>[] = [];
  const refundAllocations: Insertable<RefundAllocationsTable>[] = [];
  let previous: InvoiceRow | undefined;

  for (let i = 0; i < options.invoices; i++) {
    const issue = addDays(options.start, Math.floor((i * options.days) / options.invoices));
    const total = between(1_000, 100_000);
    const draw = random();
    const status = draw < 0.01 ? 'draft' : draw < 0.02 ? 'void' : 'sent';
    const invoice: InvoiceRow = { ...base, id: randomUUID(), kind: 'invoice' as const, number: `${options.prefix}-INV-${i + 1}`, status, issue_date: issue, due_date: addDays(issue, 30), subtotal_minor: total, total_minor: total, paid_minor: 0, credited_minor: 0, balance_minor: status === 'void' ? 0 : total, left: total };
    documents.push(invoice);
    if (status !== 'sent') continue;

    if (random() < 0.08) {
      const appliedOn = addDays(issue, between(0, 20));
      if (appliedOn <= options.today) {
        const amount = Math.min(invoice.left, between(500, 5_000));
        const note = { ...base, id: randomUUID(), kind: 'credit_note' as const, number: `${options.prefix}-CN-${i + 1}`, status: 'closed', issue_date: appliedOn, subtotal_minor: amount, total_minor: amount, paid_minor: 0, credited_minor: amount, balance_minor: 0 };
        documents.push(note);
        credits.push({ id: randomUUID(), credit_note_id: note.id, invoice_id: invoice.id, amount_minor: amount, applied_on: appliedOn, created_at: now });
        invoice.credited_minor = Number(invoice.credited_minor) + amount;
        invoice.left -= amount;
      }
    }
    // As customers do: nearly everything older than three months is paid, much of the recent still open.
    const paidOn = addDays(issue, between(0, 45));
    const old = issue < addDays(options.today, -90);
    if (random() < (old ? 0.99 : 0.6) && paidOn <= options.today && invoice.left > 0) {
      const paid = [{ invoice, amount: random() < (old ? 0.98 : 0.8) ? invoice.left : Math.ceil(invoice.left / 2) }];
      if (previous && previous.left > 0 && random() < 0.1) paid.push({ invoice: previous, amount: previous.left });
      const payment = { ...owner, updated_at: now, id: randomUUID(), number: `${options.prefix}-PAY-${i + 1}`, amount_minor: paid.reduce((sum, part) => sum + part.amount, 0), method: 'bank_transfer', status: 'completed', paid_on: paidOn, refunded_minor: 0 };
      payments.push(payment);
      for (const part of paid) {
        allocations.push({ id: randomUUID(), payment_id: payment.id, document_id: part.invoice.id, amount_minor: part.amount, created_at: now });
        part.invoice.paid_minor = Number(part.invoice.paid_minor) + part.amount;
        part.invoice.left -= part.amount;
      }
      const refundedOn = addDays(paidOn, between(1, 30));
      if (random() < 0.02 && refundedOn <= options.today) {
        const back = Math.max(1, Math.floor(paid[0]!.amount / 2));
        const completedAt = `${refundedOn}T${String(between(0, 23)).padStart(2, '0')}:30:00.000Z`;
        const refund = { id: randomUUID(), organization_id: options.organizationId, payment_id: payment.id, currency: options.currency, amount_minor: back, status: 'succeeded' as const, created_at: completedAt, completed_at: completedAt };
        refunds.push(refund);
        refundAllocations.push({ id: randomUUID(), refund_id: refund.id, document_id: invoice.id, amount_minor: back, created_at: completedAt });
        payment.refunded_minor = back;
        invoice.paid_minor = Number(invoice.paid_minor) - back;
        invoice.left += back;
      }
    }
    previous = invoice;
  }

  let owedMinor = 0;
  for (const document of documents) {
    if (document.kind !== 'invoice' || document.status === 'draft' || document.status === 'void') continue;
    const invoice = document as InvoiceRow;
    invoice.balance_minor = invoice.left;
    invoice.status = invoice.left === 0 ? 'paid' : invoice.left < Number(invoice.total_minor) ? 'partially_paid' : 'sent';
    owedMinor += invoice.left;
  }
  const rows = documents.map((document) => {
    const { left: _left, ...row } = document as Insertable<DocumentsTable> & { left?: number };
    return row;
  });

  // Chunks of 500 rows stay well within SQLite's 32 766 bind parameters for any of these tables.
  await db.transaction().execute(async (trx) => {
    await inChunks(rows, (part) => trx.insertInto('documents').values(part).execute());
    await inChunks(payments, (part) => trx.insertInto('payments').values(part).execute());
    await inChunks(allocations, (part) => trx.insertInto('payment_allocations').values(part).execute());
    await inChunks(credits, (part) => trx.insertInto('credit_applications').values(part).execute());
    await inChunks(refunds, (part) => trx.insertInto('refunds').values(part).execute());
    await inChunks(refundAllocations, (part) => trx.insertInto('refund_allocations').values(part).execute());
  });
  // As after any bulk load, PostgreSQL needs fresh statistics to plan by the indexes (autovacuum
  // would gather them in a while; a test or benchmark asks at once).
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    for (const table of ['documents', 'payments', 'payment_allocations', 'credit_applications', 'refunds', 'refund_allocations']) await sql`analyze ${sql.table(table)}`.execute(db);
  }
  return { invoices: options.invoices, payments: payments.length, credits: credits.length, refunds: refunds.length, owedMinor };
}

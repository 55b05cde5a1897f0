/**
 * Statement of accounts: a pure function of a customer's invoices, the parts of payments applied to
 * them and the credit applied to them. Integer minor units throughout; see docs/statements.md.
 *
 * - Invoices count on their issue date with their total; payments on their payment date with the
 *   amount allocated to these invoices; credit notes on the date their credit was applied, with the
 *   amount applied; a succeeded refund on the day it completed (on the organization's calendar) with
 *   what it gave back on these invoices, positive: it raises what is owed again.
 * - Opening balance: everything dated before `from`. Closing balance: opening + invoiced − paid −
 *   credited + refunded within the period, which equals what the invoices still owe at `to`.
 * - Ageing: each invoice's balance at `to`, by days past its due date counted at `asOf`
 *   (the earlier of `to` and today, so that a period ending in the future is aged as of today).
 */
import { daysBetween, minDate } from './statement-dates.ts';

export interface StatementInvoice {
  id: string;
  number: string;
  issue_date: string;
  due_date: string | null;
  total_minor: number;
  reference?: string | null;
}

export interface StatementPaymentAllocation {
  payment_id: string;
  payment_number: string;
  paid_on: string;
  invoice_id: string;
  amount_minor: number;
}

export interface StatementCreditApplication {
  credit_note_id: string;
  credit_note_number: string;
  applied_on: string;
  invoice_id: string;
  amount_minor: number;
}

export interface StatementRefundAllocation {
  refund_id: string;
  payment_id: string;
  payment_number: string;
  /** The day the refund completed, on the organization's calendar. */
  refunded_on: string;
  invoice_id: string;
  amount_minor: number;
}

export interface StatementInput {
  from: string;
  to: string;
  today: string;
  invoices: StatementInvoice[];
  /** Allocations of payments to the invoices above (others are ignored). */
  allocations: StatementPaymentAllocation[];
  /** Credit applied to the invoices above (others are ignored). */
  credits: StatementCreditApplication[];
  /** What succeeded refunds gave back on the invoices above (others are ignored). */
  refunds: StatementRefundAllocation[];
}

export type StatementEntryType = 'invoice' | 'payment' | 'credit_note' | 'refund';

export interface StatementEntry {
  date: string;
  type: StatementEntryType;
  /** The document; for a payment or a refund, the payment. */
  document_id: string;
  /** The document's number; for a refund, the number of the payment refunded. */
  number: string;
  /** Invoices: their reference; payments, credit notes and refunds: the invoice numbers they touch. */
  description: string;
  /** Positive for an invoice or a refund, negative for a payment or credit. */
  amount_minor: number;
  balance_minor: number;
}

export interface Ageing {
  current_minor: number;
  days_1_30_minor: number;
  days_31_60_minor: number;
  days_61_90_minor: number;
  over_90_minor: number;
}

export interface StatementFigures {
  from: string;
  to: string;
  opening_balance_minor: number;
  entries: StatementEntry[];
  closing_balance_minor: number;
  invoiced_minor: number;
  paid_minor: number;
  credited_minor: number;
  refunded_minor: number;
  ageing: Ageing;
}

const typeRank: Record<StatementEntryType, number> = { invoice: 0, payment: 1, credit_note: 2, refund: 3 };

/** The bucket of a balance `daysPastDue` days after its due date (0 or less: not yet due). */
export function ageingBucket(daysPastDue: number): keyof Ageing {
  if (daysPastDue <= 0) return 'current_minor';
  if (daysPastDue <= 30) return 'days_1_30_minor';
  if (daysPastDue <= 60) return 'days_31_60_minor';
  if (daysPastDue <= 90) return 'days_61_90_minor';
  return 'over_90_minor';
}

export function emptyAgeing(): Ageing {
  return { current_minor: 0, days_1_30_minor: 0, days_31_60_minor: 0, days_61_90_minor: 0, over_90_minor: 0 };
}

/** Sums integers exactly; refuses to go past the range where numbers stay exact. */
function exactSum(values: number[]): number {
  const total = values.reduce((sum, value) => sum + BigInt(value), 0n);
  if (total > BigInt(Number.MAX_SAFE_INTEGER) || total < -BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('Amount is too large');
  return Number(total);
}

interface Movement {
  /** What groups rows into one movement (the document, or the refund). */
  key: string;
  date: string;
  type: StatementEntryType;
  document_id: string;
  number: string;
  invoiceNumbers: string[];
  description?: string;
  amount_minor: number;
}

/**
 * Groups allocations, credit applications or refund allocations of one document (or refund) on one
 * date into one movement; payments and credits lower the balance, refunds raise it.
 */
function groupMovements<T extends { invoice_id: string; amount_minor: number }>(
  rows: T[],
  type: 'payment' | 'credit_note' | 'refund',
  keyOf: (row: T) => { key: string; id: string; number: string; date: string },
  numberOfInvoice: (row: T) => string | undefined,
): Movement[] {
  const sign = type === 'refund' ? 1 : -1;
  const grouped = new Map<string, Movement>();
  for (const row of rows) {
    const invoiceNumber = numberOfInvoice(row);
    if (invoiceNumber === undefined) continue;
    const key = keyOf(row);
    const mapKey = `${key.key}|${key.date}`;
    const movement = grouped.get(mapKey) ?? { key: key.key, date: key.date, type, document_id: key.id, number: key.number, invoiceNumbers: [], amount_minor: 0 };
    movement.amount_minor = exactSum([movement.amount_minor, sign * row.amount_minor]);
    if (!movement.invoiceNumbers.includes(invoiceNumber)) movement.invoiceNumbers.push(invoiceNumber);
    grouped.set(mapKey, movement);
  }
  return [...grouped.values()];
}

export function buildStatement(input: StatementInput): StatementFigures {
  const { from, to } = input;
  const numberOfInvoice = new Map(input.invoices.map((invoice) => [invoice.id, invoice.number]));
  const numberOf = (row: { invoice_id: string }) => numberOfInvoice.get(row.invoice_id);
  const movements = sortMovements([
    ...input.invoices.map(invoiceMovement),
    ...groupMovements(input.allocations, 'payment', paymentKey, numberOf),
    ...groupMovements(input.credits, 'credit_note', creditKey, numberOf),
    ...groupMovements(input.refunds, 'refund', refundKey, numberOf),
  ]);
  const opening = exactSum(movements.filter((movement) => movement.date < from).map((movement) => movement.amount_minor));
  const within = movements.filter((m) => m.date >= from && m.date <= to);
  return { from, to, opening_balance_minor: opening, ...runEntries(opening, within), ageing: ageInvoices(input, minDate(to, input.today)) };
}

const paymentKey = (row: StatementPaymentAllocation) => ({ key: row.payment_id, id: row.payment_id, number: row.payment_number, date: row.paid_on });
const creditKey = (row: StatementCreditApplication) => ({ key: row.credit_note_id, id: row.credit_note_id, number: row.credit_note_number, date: row.applied_on });
const refundKey = (row: StatementRefundAllocation) => ({ key: row.refund_id, id: row.payment_id, number: row.payment_number, date: row.refunded_on });

function invoiceMovement(invoice: StatementInvoice): Movement {
  return {
    key: invoice.id,
    date: invoice.issue_date,
    type: 'invoice',
    document_id: invoice.id,
    number: invoice.number,
    invoiceNumbers: [],
    description: invoice.reference ?? '',
    amount_minor: invoice.total_minor,
  };
}

// The same order as String.prototype.localeCompare (the default locale and options), many times faster
// when one collator serves a long sort.
const collator = new Intl.Collator();
const compare = collator.compare.bind(collator);

function sortMovements(movements: Movement[]): Movement[] {
  return movements.sort(
    (a, b) =>
      compare(a.date, b.date) ||
      typeRank[a.type] - typeRank[b.type] ||
      compare(a.number, b.number) ||
      compare(a.document_id, b.document_id) ||
      compare(a.key, b.key),
  );
}

/** The entries of the period's movements (sorted), each with the balance after it, and the totals. */
function runEntries(opening: number, within: Movement[]): Omit<StatementFigures, 'from' | 'to' | 'opening_balance_minor' | 'ageing'> {
  let balance = opening;
  const entries: StatementEntry[] = [];
  for (const movement of within) {
    balance = exactSum([balance, movement.amount_minor]);
    entries.push({
      date: movement.date,
      type: movement.type,
      document_id: movement.document_id,
      number: movement.number,
      description: movement.description ?? [...movement.invoiceNumbers].sort(compare).join(', '),
      amount_minor: movement.amount_minor,
      balance_minor: balance,
    });
  }
  const totalOf = (type: StatementEntryType) => Math.abs(exactSum(entries.filter((entry) => entry.type === type).map((entry) => entry.amount_minor)));
  return {
    entries,
    closing_balance_minor: balance,
    invoiced_minor: totalOf('invoice'),
    paid_minor: totalOf('payment'),
    credited_minor: totalOf('credit_note'),
    refunded_minor: totalOf('refund'),
  };
}

/** A row of a settlement of one of the statement's invoices, carrying that invoice's number. */
export interface WithInvoiceNumber {
  invoice_number: string;
}

/**
 * An invoice that may still owe something at `to` (see the repository for why these are all of them),
 * with what was settled on it by `to` as far as the database can date it: completed payments dated up
 * to `to`, credit applied up to `to`, minus refunds that completed before `refundsSince` (earlier than
 * any refund that could be dated on or after the period's first day in any time zone).
 */
export interface AgeingCandidate {
  id: string;
  issue_date: string;
  due_date: string | null;
  total_minor: number;
  settled_minor: number;
}

export interface PeriodStatementInput {
  from: string;
  to: string;
  today: string;
  /** The invoices issued within [from, to]. */
  invoices: StatementInvoice[];
  /** Allocations of payments dated within [from, to] to invoices issued by `to`. */
  allocations: (StatementPaymentAllocation & WithInvoiceNumber)[];
  /** Credit applied within [from, to] to invoices issued by `to`. */
  credits: (StatementCreditApplication & WithInvoiceNumber)[];
  /**
   * Refunds on invoices issued by `to` that completed from `refundsSince` on, whatever day they are
   * dated (those dated within [from, to] are entries; those up to `to` also lower the candidates' settled amount).
   */
  refunds: (StatementRefundAllocation & WithInvoiceNumber)[];
  candidates: AgeingCandidate[];
}

/**
 * The statement from what the period needs only: its movements, and the invoices that may owe at `to`.
 * Equal to buildStatement over the whole history: the closing balance is what every invoice issued
 * by `to` owes at `to` (the sum of all movements up to `to`), which is the candidates' balances summed
 * (an invoice left out owes nothing then); the opening balance is the closing balance less the
 * period's movements.
 */
export function buildPeriodStatement(input: PeriodStatementInput): StatementFigures {
  const { from, to } = input;
  const numberOf = (row: WithInvoiceNumber) => row.invoice_number;
  const inPeriod = <T extends { date: string }>(movements: T[]) => movements.filter((m) => m.date >= from && m.date <= to);
  const within = sortMovements(
    inPeriod([
      ...input.invoices.map(invoiceMovement),
      ...groupMovements(input.allocations, 'payment', paymentKey, numberOf),
      ...groupMovements(input.credits, 'credit_note', creditKey, numberOf),
      ...groupMovements(input.refunds, 'refund', refundKey, numberOf),
    ]),
  );
  const refundedByTo = new Map<string, number>();
  for (const refund of input.refunds) {
    if (refund.refunded_on <= to) refundedByTo.set(refund.invoice_id, exactSum([refundedByTo.get(refund.invoice_id) ?? 0, refund.amount_minor]));
  }
  const asOf = minDate(to, input.today);
  const ageing = emptyAgeing();
  const owed: number[] = [];
  for (const candidate of input.candidates) {
    if (candidate.issue_date > to) continue;
    const open = exactSum([candidate.total_minor, -candidate.settled_minor, refundedByTo.get(candidate.id) ?? 0]);
    if (open === 0) continue;
    owed.push(open);
    const bucket = ageingBucket(daysBetween(candidate.due_date ?? candidate.issue_date, asOf));
    ageing[bucket] = exactSum([ageing[bucket], open]);
  }
  const closing = exactSum(owed);
  const opening = exactSum([closing, -exactSum(within.map((movement) => movement.amount_minor))]);
  return { from, to, opening_balance_minor: opening, ...runEntries(opening, within), ageing };
}

/** What each invoice issued by `to` still owes at `to`, bucketed by days past due at `asOf`. */
export function ageInvoices(input: Pick<StatementInput, 'to' | 'invoices' | 'allocations' | 'credits' | 'refunds'>, asOf: string): Ageing {
  const settled = new Map<string, number>();
  const rows = [
    ...input.allocations.map((a) => ({ ...a, date: a.paid_on })),
    ...input.credits.map((c) => ({ ...c, date: c.applied_on })),
    // A refund gives back part of what was paid: the invoice owes that much again.
    ...input.refunds.map((r) => ({ ...r, date: r.refunded_on, amount_minor: -r.amount_minor })),
  ];
  for (const row of rows) {
    if (row.date <= input.to) settled.set(row.invoice_id, exactSum([settled.get(row.invoice_id) ?? 0, row.amount_minor]));
  }
  const ageing = emptyAgeing();
  for (const invoice of input.invoices) {
    if (invoice.issue_date > input.to) continue;
    const open = exactSum([invoice.total_minor, -(settled.get(invoice.id) ?? 0)]);
    if (open === 0) continue;
    const bucket = ageingBucket(daysBetween(invoice.due_date ?? invoice.issue_date, asOf));
    ageing[bucket] = exactSum([ageing[bucket], open]);
  }
  return ageing;
}

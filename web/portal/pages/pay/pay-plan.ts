/**
 * The pay page's arithmetic, without I/O: what is selected by default, what each document is asked for
 * (the instalment due now or the whole balance), the credits applied first, the amount typed, and the
 * request body that says exactly that. The server decides again and refuses anything else.
 */
import { parseMoneyInput } from '../../../ui/billing-format.ts';
import type { AvailableCredit, PayableDocument, PaymentBody } from './queries.ts';

/** Per document under a schedule: the instalment due now, or the whole balance. */
export type AmountChoice = 'due_now' | 'balance';

export interface PaySelection {
  documentIds: string[];
  /** Documents under a schedule whose due-now amount is asked instead of the balance. */
  choices: Record<string, AmountChoice>;
  creditIds: string[];
  /** What was typed in the amount field; empty = everything selected. Only with partial payments. */
  amountText: string;
}

export interface PayRules {
  currency: string;
  allowPartialPayments: boolean;
  minimumMinor: number;
  allowMoneyOnAccount: boolean;
}

export type AmountProblem = 'invalid' | 'too_many_decimals' | 'zero' | 'above_balance' | 'below_minimum';

export interface PayPlan {
  /** Documents selected, oldest first, with what is asked of each before credits. */
  lines: { document: PayableDocument; amountMinor: number }[];
  creditMinor: number;
  /** The credits' parts per document id. */
  creditParts: Record<string, number>;
  /** Charged: what is asked less the credits, or the amount typed. */
  totalMinor: number;
  /** The most that can be charged for this selection (what is asked, less credits). */
  dueMinor: number;
  amountProblem?: AmountProblem;
  /** Nothing to pay (nothing selected, or credits cover it all). */
  empty: boolean;
}

/** Documents that can be paid now: a positive payable amount. */
export function payableDocuments(documents: readonly PayableDocument[]): PayableDocument[] {
  return documents.filter((document) => document.payable_minor > 0);
}

/** Everything payable, or only the document of `?invoice=` when it is one of them. */
export function initialSelection(documents: readonly PayableDocument[], invoiceId: string | null): PaySelection {
  const payable = payableDocuments(documents);
  const only = invoiceId ? payable.filter((document) => document.id === invoiceId) : [];
  const chosen = only.length > 0 ? only : payable;
  const choices: Record<string, AmountChoice> = {};
  for (const document of chosen) if (hasDueNowChoice(document)) choices[document.id] = 'due_now';
  return { documentIds: chosen.map((document) => document.id), choices, creditIds: [], amountText: '' };
}

/** A schedule that asks less now than the whole balance offers the choice. */
export function hasDueNowChoice(document: PayableDocument): boolean {
  return document.schedule !== null && document.due_now_minor > 0 && document.due_now_minor < document.payable_minor;
}

function askedOf(document: PayableDocument, choice: AmountChoice | undefined): number {
  return hasDueNowChoice(document) && choice !== 'balance' ? document.due_now_minor : document.payable_minor;
}

const byAge = (a: PayableDocument, b: PayableDocument) =>
  (a.due_date ?? a.issue_date).localeCompare(b.due_date ?? b.issue_date) || a.issue_date.localeCompare(b.issue_date) || a.number.localeCompare(b.number);

/** Credits settle invoices (not retainer invoices), oldest credit to oldest invoice, as the server does. */
function creditParts(lines: PayPlan['lines'], credits: readonly AvailableCredit[]): Map<string, number> {
  const parts = new Map<string, number>();
  for (const credit of credits) {
    let left = credit.balance_minor;
    for (const { document, amountMinor } of lines) {
      if (left === 0) break;
      if (document.kind !== 'invoice') continue;
      const open = amountMinor - (parts.get(document.id) ?? 0);
      const part = Math.min(left, Math.max(0, open));
      if (part === 0) continue;
      parts.set(document.id, (parts.get(document.id) ?? 0) + part);
      left -= part;
    }
  }
  return parts;
}

export function planOf(documents: readonly PayableDocument[], credits: readonly AvailableCredit[], selection: PaySelection, rules: PayRules, locale: string): PayPlan {
  const lines = documents
    .filter((document) => selection.documentIds.includes(document.id) && document.payable_minor > 0)
    .sort(byAge)
    .map((document) => ({ document, amountMinor: askedOf(document, selection.choices[document.id]) }));
  const chosenCredits = credits.filter((credit) => selection.creditIds.includes(credit.id));
  const parts = creditParts(lines, chosenCredits);
  const creditMinor = [...parts.values()].reduce((sum, part) => sum + part, 0);
  const dueMinor = lines.reduce((sum, line) => sum + line.amountMinor, 0) - creditMinor;
  const plan: PayPlan = { lines, creditMinor, creditParts: Object.fromEntries(parts), dueMinor, totalMinor: dueMinor, empty: dueMinor <= 0 };
  if (!rules.allowPartialPayments || selection.amountText.trim() === '' || plan.empty) return plan;
  const parsed = parseMoneyInput(selection.amountText, rules.currency, locale);
  if (!parsed.ok) return { ...plan, amountProblem: parsed.reason === 'too_many_decimals' ? 'too_many_decimals' : 'invalid' };
  const amount = parsed.value;
  if (amount <= 0) return { ...plan, amountProblem: 'zero' };
  if (amount > dueMinor && !rules.allowMoneyOnAccount) return { ...plan, amountProblem: 'above_balance' };
  if (amount < dueMinor && amount < rules.minimumMinor) return { ...plan, totalMinor: amount, amountProblem: 'below_minimum' };
  return { ...plan, totalMinor: amount };
}

/**
 * The request for a plan: `document_ids` when everything selected is paid in full (with `amount_minor`
 * when an amount was typed); `allocations` when a schedule's due-now amount is asked of some document.
 */
export function paymentBody(plan: PayPlan, selection: PaySelection, rules: PayRules, method: PaymentBody['payment_method'], saveMethod: boolean): PaymentBody {
  const common = { currency: rules.currency, payment_method: method, save_method: saveMethod, credit_note_ids: selection.creditIds.filter(Boolean) };
  const documentIds = plan.lines.map((line) => line.document.id);
  const typed = plan.totalMinor !== plan.dueMinor;
  const asksDueNow = plan.lines.some((line) => line.amountMinor !== line.document.payable_minor);
  if (typed || !asksDueNow) return { ...common, document_ids: documentIds, ...(typed ? { amount_minor: plan.totalMinor } : {}) };
  const allocations = plan.lines
    .map((line) => ({ document_id: line.document.id, amount_minor: line.amountMinor - (plan.creditParts[line.document.id] ?? 0) }))
    .filter((allocation) => allocation.amount_minor > 0);
  return { ...common, allocations };
}

/** What identifies one payment: the same selection, amount and method → the same Idempotency-Key. */
export function paymentFingerprint(body: PaymentBody): string {
  return JSON.stringify(body);
}

/** Pure rules of online payments: what a request may pay, and how it is spread. No I/O. */
import { oldestFirst } from '../../../contract/documents.ts';
import { formatMoney } from '../../../contract/money.ts';
import type { PaymentAttemptStatus } from '../../db/billing-tables.ts';
import { AppError, validationError } from '../../lib/app-error.ts';

export interface PayableDocument {
  id: string;
  kind: 'invoice' | 'retainer_invoice';
  number: string;
  currency: string;
  issue_date: string;
  due_date: string | null;
  balance_minor: number;
  pending_minor: number;
}

export interface AvailableCredit {
  id: string;
  number: string;
  balance_minor: number;
}

export interface PaymentRules {
  allowPartialPayments: boolean;
  partialPaymentMinimumMinor: number;
  allowMoneyOnAccount: boolean;
}

export interface PaymentPlan {
  allocations: { document_id: string; amount_minor: number }[];
  credits: { credit_note_id: string; document_id: string; amount_minor: number }[];
  /** Paid beyond the balances: kept on the payment as money on account. */
  on_account_minor: number;
  /** What the gateway charges: the allocations plus money on account. */
  charge_minor: number;
}

export interface PlanRequest {
  /** The documents named, already checked to be the payer's, open and in the payment's currency. */
  documents: PayableDocument[];
  /** Exact amounts per document; otherwise `amountMinor` (or everything payable) spread oldest first. */
  allocations?: { document_id: string; amount_minor: number }[] | undefined;
  amountMinor?: number | undefined;
  credits: AvailableCredit[];
  /** Kinds credit notes may settle (invoices; retainer invoices are paid, not credited). */
  creditableKinds: readonly PayableDocument['kind'][];
  /** What the payment schedule asks now, per document that has one: paying exactly that is never "partial". */
  dueNow: ReadonlyMap<string, number>;
  rules: PaymentRules;
  currency: string;
}

/** What can still be paid on a document: its balance less what payments in flight hold. */
export function payableOf(document: Pick<PayableDocument, 'balance_minor' | 'pending_minor'>): number {
  return Math.max(0, document.balance_minor - document.pending_minor);
}

const money = (amount: number, currency: string) => formatMoney(amount, currency, 'en');

/**
 * Decides a payment before anything is charged: credits first (oldest credit to the oldest document),
 * then the amount — exact allocations, or spread oldest first — checked against what is payable, the
 * organization's partial-payment rules and its money-on-account setting. Every refusal names the field
 * and changes nothing, since nothing was written yet.
 */
export function planPayment(request: PlanRequest): PaymentPlan {
  const { rules, currency } = request;
  const documents = oldestFirst(request.documents);
  const remaining = new Map(documents.map((document) => [document.id, payableOf(document)]));

  const credits: PaymentPlan['credits'] = [];
  for (const credit of request.credits) {
    let left = credit.balance_minor;
    for (const document of documents) {
      const open = remaining.get(document.id) ?? 0;
      if (left === 0) break;
      if (open === 0 || !request.creditableKinds.includes(document.kind)) continue;
      const part = Math.min(left, open);
      credits.push({ credit_note_id: credit.id, document_id: document.id, amount_minor: part });
      remaining.set(document.id, open - part);
      left -= part;
    }
  }

  const allocations: PaymentPlan['allocations'] = [];
  let onAccount = 0;
  const partialCheck = (paid: number, open: number, dueNow: number | undefined, field: string) => {
    if (paid >= open || paid === dueNow) return;
    if (!rules.allowPartialPayments) {
      throw new AppError('PARTIAL_PAYMENT_NOT_ALLOWED', `${field}: ${money(paid, currency)} is less than the ${money(open, currency)} left to pay, and only whole payments are taken`, [
        { field, code: 'partial_payment_not_allowed', params: { amount_minor: paid, payable_minor: open }, message: 'only whole payments are taken' },
      ]);
    }
    if (paid < rules.partialPaymentMinimumMinor) {
      throw new AppError('AMOUNT_BELOW_MINIMUM', `${field}: a partial payment is at least ${money(rules.partialPaymentMinimumMinor, currency)}`, [
        { field, code: 'amount_below_minimum', params: { amount_minor: paid, minimum_minor: rules.partialPaymentMinimumMinor }, message: `is below the minimum of ${money(rules.partialPaymentMinimumMinor, currency)}` },
      ]);
    }
  };

  if (request.allocations) {
    const seen = new Set<string>();
    request.allocations.forEach((allocation, index) => {
      const field = `allocations.${index}.amount_minor`;
      if (seen.has(allocation.document_id)) throw validationError(`allocations.${index}.document_id`, 'duplicate', 'names a document that is already in the list');
      seen.add(allocation.document_id);
      const document = documents.find((candidate) => candidate.id === allocation.document_id);
      const open = remaining.get(allocation.document_id) ?? 0;
      if (!document) throw validationError(`allocations.${index}.document_id`, 'invalid_value', 'is not among the documents to pay');
      if (allocation.amount_minor > open) {
        throw new AppError('AMOUNT_EXCEEDS_BALANCE', `${field}: ${money(allocation.amount_minor, currency)} is more than the ${money(open, currency)} left to pay on ${document.number}`, [
          { field, code: 'amount_exceeds_balance', params: { amount_minor: allocation.amount_minor, payable_minor: open, number: document.number }, message: `is more than the ${money(open, currency)} left to pay` },
        ]);
      }
      partialCheck(allocation.amount_minor, open, request.dueNow.get(document.id), field);
      allocations.push({ document_id: document.id, amount_minor: allocation.amount_minor });
    });
  } else {
    const open = documents.reduce((sum, document) => sum + (remaining.get(document.id) ?? 0), 0);
    const amount = request.amountMinor ?? open;
    if (amount > open) {
      if (!rules.allowMoneyOnAccount) {
        throw new AppError('AMOUNT_EXCEEDS_BALANCE', `amount_minor: ${money(amount, currency)} is more than the ${money(open, currency)} left to pay`, [
          { field: 'amount_minor', code: 'amount_exceeds_balance', params: { amount_minor: amount, payable_minor: open }, message: `is more than the ${money(open, currency)} left to pay` },
        ]);
      }
      onAccount = amount - open;
    }
    const scheduleDue = documents.length === 1 ? request.dueNow.get(documents[0]!.id) : undefined;
    partialCheck(amount, open, scheduleDue, 'amount_minor');
    let left = Math.min(amount, open);
    for (const document of documents) {
      if (left === 0) break;
      const part = Math.min(left, remaining.get(document.id) ?? 0);
      if (part > 0) allocations.push({ document_id: document.id, amount_minor: part });
      left -= part;
    }
  }

  const charge = allocations.reduce((sum, allocation) => sum + allocation.amount_minor, 0) + onAccount;
  return { allocations, credits, on_account_minor: onAccount, charge_minor: charge };
}

/** Attempt states that still hold part of a balance. */
export const holdingStatuses: readonly PaymentAttemptStatus[] = ['created', 'processing', 'requires_action', 'pending'];
export const finalStatuses: readonly PaymentAttemptStatus[] = ['succeeded', 'failed', 'abandoned'];

/** Minutes a customer has to pass an authentication challenge before the attempt is given up. */
export const CHALLENGE_MINUTES = 30;
/** An attempt untouched this long while processing is asked of the gateway by reconciliation. */
export const RECONCILE_AFTER_SECONDS = 60;

/** `Visa •••• 4242`, `Bank •••• 6789`: how a method is named on receipts and lists. */
export function methodLabel(method: { brand: string; last4: string }): string {
  const brand = method.brand === 'bank' ? 'Bank account' : method.brand.charAt(0).toUpperCase() + method.brand.slice(1);
  return `${brand} •••• ${method.last4}`;
}

/** A card is usable through the end of its expiry month. */
export function methodExpired(method: { exp_month: number | null; exp_year: number | null }, today: string): boolean {
  if (method.exp_month === null || method.exp_year === null) return false;
  const [year, month] = today.split('-').map(Number) as [number, number];
  return method.exp_year < year || (method.exp_year === year && method.exp_month < month);
}

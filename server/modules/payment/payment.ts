/** Pure rules of offline payments: how an amount is spread over open invoices. No I/O. */
import { allocateOldestFirst as allocateInOrder, oldestFirst, type OpenDocument } from '../../../contract/documents.ts';
import { AppError, validationError } from '../../lib/app-error.ts';

export interface AllocationRequest {
  document_id: string;
  amount_minor: number;
}

export type OpenInvoice = OpenDocument;

export { oldestFirst };

/**
 * Spreads `amount` over the open invoices, oldest first, each up to its balance (contract/documents.ts,
 * which the console uses too). An amount larger than everything open is refused: Portico keeps no
 * unapplied money on account.
 */
export function allocateOldestFirst(amount: number, invoices: OpenInvoice[]): AllocationRequest[] {
  const { allocations, unallocated_minor } = allocateInOrder(amount, invoices);
  if (unallocated_minor > 0) {
    const owed = amount - unallocated_minor;
    throw new AppError(
      'CONFLICT',
      owed === 0
        ? 'This customer has no open invoice in this currency on or before the payment date to apply the payment to'
        : `The amount is more than the ${owed} (minor units) this customer's open invoices still owe; record at most that much`,
      { field: 'amount_minor', open_balance_minor: owed },
    );
  }
  return allocations;
}

/**
 * Explicit allocations name each document once and add up to exactly the payment's amount (more is
 * money that does not exist; less would be money kept on account, which Portico does not do).
 */
export function checkExplicitAllocations(amount: number, allocations: AllocationRequest[]): void {
  const seen = new Set<string>();
  for (const allocation of allocations) {
    if (seen.has(allocation.document_id)) throw validationError('allocations', 'duplicate', `names document ${allocation.document_id} more than once`, { document_id: allocation.document_id });
    seen.add(allocation.document_id);
  }
  const sum = allocations.reduce((total, allocation) => total + allocation.amount_minor, 0);
  if (sum > amount) throw validationError('allocations', 'allocations_exceed_amount', `add up to ${sum}, more than the payment's amount_minor of ${amount}`, { total_minor: sum, amount_minor: amount });
  if (sum < amount) throw validationError('allocations', 'allocations_below_amount', `add up to ${sum}, less than the payment's amount_minor of ${amount}; allocate all of it`, { total_minor: sum, amount_minor: amount });
}

/** The online-payment columns of a payment recorded by staff or an integration: no gateway, nothing refunded. */
export const offlinePaymentColumns = {
  gateway: null,
  gateway_payment_id: null,
  attempt_id: null,
  payment_method_id: null,
  contact_person_id: null,
  refunded_minor: 0,
} as const;

/** Pure rules of refunds. No I/O. */
import { oldestFirst } from '../../../contract/documents.ts';

export interface RefundableAllocation {
  document_id: string;
  number: string;
  issue_date: string;
  due_date: string | null;
  /** What the payment paid on the document. */
  amount_minor: number;
  /** What earlier refunds of this payment already gave back on it. */
  refunded_minor: number;
}

/**
 * Where a refund's money comes from: first what the payment kept on account (it settled nothing), then
 * the documents it paid, the newest first — so the oldest debts stay settled longest. Answers the
 * part taken from each document; the rest of `amount` is the on-account part.
 */
export function refundAllocations(amount: number, paymentAmount: number, alreadyRefunded: number, allocations: RefundableAllocation[]): { document_id: string; amount_minor: number }[] {
  const allocated = allocations.reduce((sum, allocation) => sum + allocation.amount_minor, 0);
  const refundedFromDocuments = allocations.reduce((sum, allocation) => sum + allocation.refunded_minor, 0);
  const onAccountLeft = Math.max(0, paymentAmount - allocated - (alreadyRefunded - refundedFromDocuments));
  let left = Math.max(0, amount - onAccountLeft);
  const parts: { document_id: string; amount_minor: number }[] = [];
  for (const allocation of oldestFirst(allocations.map((entry) => ({ ...entry, id: entry.document_id, kind: 'invoice' as const, balance_minor: 0 }))).reverse()) {
    if (left === 0) break;
    const open = allocation.amount_minor - allocation.refunded_minor;
    if (open <= 0) continue;
    const part = Math.min(open, left);
    parts.push({ document_id: allocation.document_id, amount_minor: part });
    left -= part;
  }
  return parts;
}

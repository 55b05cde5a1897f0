import type { DocumentSummary } from '../documents/queries.ts';

export type Decision = 'accept' | 'decline' | 'changes';

/** Today's calendar date in UTC, as the server counts expiry. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whether the contact can still answer the estimate (the server decides in the end: 409 otherwise). */
export function isAwaiting(doc: Pick<DocumentSummary, 'status' | 'expiry_date'>, today: string = todayUtc()): boolean {
  if (doc.status !== 'sent' && doc.status !== 'changes_requested') return false;
  return doc.expiry_date === null || doc.expiry_date >= today;
}

/**
 * Which explanation a 409 gets, from the estimate as it is now and the error's code: an estimate still
 * open to an answer after STALE_VERSION was changed by the business since the page was opened.
 */
export function conflictReason(doc: Pick<DocumentSummary, 'status' | 'expiry_date'>, code?: string): 'accepted' | 'declined' | 'expired' | 'changed' | 'generic' {
  if (doc.status === 'accepted' || doc.status === 'invoiced') return 'accepted';
  if (doc.status === 'declined') return 'declined';
  if (doc.status === 'expired' || (doc.expiry_date !== null && doc.expiry_date < todayUtc())) return 'expired';
  if (code === 'STALE_VERSION') return 'changed';
  return 'generic';
}

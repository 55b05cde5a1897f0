import { documentNoun } from '../../../contract/documents.ts';
import type { DocumentKind } from '../../db/billing-tables.ts';

/** Everything that changes a document's row on purpose (payments and credits settle it on their own). */
export const documentActions = ['edit', 'send', 'void', 'delete', 'convert', 'accept', 'decline', 'request_changes', 'mark_accepted', 'mark_declined'] as const;
export type DocumentAction = (typeof documentActions)[number];

type Moves = Readonly<Record<string, string>>;

const estimateDecision = (to: string): Moves => ({ sent: to, changes_requested: to });
const payable = {
  // Paid and partially paid invoices can be edited while their amounts stay (the service checks that).
  edit: { draft: 'draft', sent: 'sent', partially_paid: 'partially_paid' },
  // Sending a sent invoice again mails it again.
  send: { draft: 'sent', sent: 'sent' },
  // Only with nothing paid or credited, which the service and the UPDATE check.
  void: { draft: 'void', sent: 'void', partially_paid: 'void', paid: 'void' },
  delete: { draft: 'deleted' },
} as const satisfies Partial<Record<DocumentAction, Moves>>;

/**
 * The document life cycle in one place: per kind and action, the stored statuses it may start from
 * and the status it leads to. 'overdue' (a payable document past its due date) and 'expired' (an
 * estimate past its expiry date) are computed when shown, never stored by Portico; a stored 'expired'
 * estimate can still be edited, to give it a new date.
 */
export const documentTransitions: Readonly<Record<DocumentKind, Partial<Record<DocumentAction, Moves>>>> = {
  estimate: {
    // Accepted, declined and invoiced estimates are frozen: they are what the customer answered.
    edit: { draft: 'draft', sent: 'sent', changes_requested: 'changes_requested', expired: 'expired' },
    // A revised estimate (changes requested) goes back to the customer as sent.
    send: { draft: 'sent', sent: 'sent', changes_requested: 'sent' },
    delete: { draft: 'deleted' },
    accept: estimateDecision('accepted'),
    decline: estimateDecision('declined'),
    request_changes: estimateDecision('changes_requested'),
    mark_accepted: estimateDecision('accepted'),
    mark_declined: estimateDecision('declined'),
    convert: { accepted: 'invoiced' },
  },
  invoice: payable,
  retainer_invoice: payable,
  credit_note: {
    edit: { draft: 'draft', open: 'open' },
    send: { draft: 'open' },
    void: { draft: 'void', open: 'void', closed: 'void' },
    delete: { draft: 'deleted' },
  },
};

/** The status `action` leads to from `status`, or undefined when the life cycle does not allow it. */
export function nextStatus(kind: DocumentKind, action: DocumentAction, status: string): string | undefined {
  return documentTransitions[kind][action]?.[status];
}

/** What can be done to a document of this kind in this stored status. */
export function allowedActions(kind: DocumentKind, status: string): DocumentAction[] {
  return documentActions.filter((action) => nextStatus(kind, action, status) !== undefined);
}

const article = (word: string) => (/^[aeiou]/.test(word) ? 'An' : 'A');

/** Why `action` is not possible on a document in `status`, in words for people. */
export function transitionRefusal(kind: DocumentKind, action: DocumentAction, status: string): string {
  const noun = documentNoun(kind);
  const described = `${article(status)} ${status.replace('_', ' ')} ${noun}`;
  if (kind === 'estimate') {
    if (action === 'edit' && status === 'accepted') return 'An accepted estimate can’t be changed: it is what the customer agreed to. Create a new estimate for other terms';
    if (action === 'edit' && status === 'declined') return 'A declined estimate can’t be changed; create a new estimate instead';
    if (action === 'edit' && status === 'invoiced') return 'This estimate was turned into an invoice and can’t be changed; change the invoice instead';
    if (action === 'convert') return status === 'invoiced' ? 'This estimate was already turned into an invoice' : 'Only an accepted estimate can be turned into an invoice';
    if (action === 'accept' || action === 'decline' || action === 'request_changes' || action === 'mark_accepted' || action === 'mark_declined') {
      if (status === 'accepted' || status === 'invoiced') return 'This estimate was already accepted';
      if (status === 'declined') return 'This estimate was already declined';
      if (status === 'expired') return 'This estimate expired; ask the business for a new one';
      if (action === 'mark_accepted' || action === 'mark_declined') return `Only a sent estimate, or one with changes requested, can be marked ${action === 'mark_accepted' ? 'accepted' : 'declined'}; send this ${status} estimate first`;
      return `This estimate can’t be decided while ${status.replace('_', ' ')}`;
    }
  }
  if (action === 'delete') return 'Only drafts can be deleted; void a sent document instead';
  const verbs: Record<DocumentAction, string> = {
    edit: 'changed',
    send: 'sent',
    void: 'voided',
    delete: 'deleted',
    convert: 'converted',
    accept: 'accepted',
    decline: 'declined',
    request_changes: 'sent back for changes',
    mark_accepted: 'marked accepted',
    mark_declined: 'marked declined',
  };
  return `${described} can’t be ${verbs[action]}`;
}

import { describe, expect, it } from 'vitest';
import { documentStatuses } from '../../../contract/billing.ts';
import { allowedActions, documentActions, documentTransitions, nextStatus, transitionRefusal } from './document-transitions.ts';
import { documentKinds } from './document.ts';

describe('the document life cycle', () => {
  it('lets an estimate be sent, decided by the customer or by staff, and an accepted one be invoiced', () => {
    expect(nextStatus('estimate', 'send', 'draft')).toBe('sent');
    expect(nextStatus('estimate', 'send', 'changes_requested')).toBe('sent');
    for (const from of ['sent', 'changes_requested']) {
      expect(nextStatus('estimate', 'accept', from)).toBe('accepted');
      expect(nextStatus('estimate', 'mark_accepted', from)).toBe('accepted');
      expect(nextStatus('estimate', 'decline', from)).toBe('declined');
      expect(nextStatus('estimate', 'mark_declined', from)).toBe('declined');
      expect(nextStatus('estimate', 'request_changes', from)).toBe('changes_requested');
    }
    expect(nextStatus('estimate', 'convert', 'accepted')).toBe('invoiced');
    expect(nextStatus('estimate', 'convert', 'sent')).toBeUndefined();
    expect(nextStatus('estimate', 'accept', 'draft')).toBeUndefined();
    expect(nextStatus('estimate', 'void', 'sent')).toBeUndefined();
  });

  it('freezes accepted, declined and invoiced estimates: nothing but converting an accepted one', () => {
    expect(allowedActions('estimate', 'accepted')).toEqual(['convert']);
    expect(allowedActions('estimate', 'declined')).toEqual([]);
    expect(allowedActions('estimate', 'invoiced')).toEqual([]);
    expect(allowedActions('estimate', 'draft')).toEqual(['edit', 'send', 'delete']);
    expect(allowedActions('estimate', 'expired')).toEqual(['edit']);
  });

  it('lets invoices and retainer invoices be edited until paid, sent, and voided until settled', () => {
    for (const kind of ['invoice', 'retainer_invoice'] as const) {
      expect(allowedActions(kind, 'draft')).toEqual(['edit', 'send', 'void', 'delete']);
      expect(allowedActions(kind, 'sent')).toEqual(['edit', 'send', 'void']);
      expect(allowedActions(kind, 'partially_paid')).toEqual(['edit', 'void']);
      expect(allowedActions(kind, 'paid')).toEqual(['void']);
      expect(allowedActions(kind, 'void')).toEqual([]);
      expect(nextStatus(kind, 'accept', 'sent')).toBeUndefined();
    }
  });

  it('opens a credit note when it is sent and closes it to edits once used up', () => {
    expect(nextStatus('credit_note', 'send', 'draft')).toBe('open');
    expect(nextStatus('credit_note', 'send', 'open')).toBeUndefined();
    expect(allowedActions('credit_note', 'open')).toEqual(['edit', 'void']);
    expect(allowedActions('credit_note', 'closed')).toEqual(['void']);
  });

  it('never starts from a status that is only computed, or one it does not know', () => {
    for (const kind of documentKinds) {
      expect(allowedActions(kind, 'overdue')).toEqual([]);
      expect(allowedActions(kind, 'unheard_of')).toEqual([]);
    }
  });

  it('only names statuses Portico knows, and deletes nothing but drafts', () => {
    const known = new Set<string>([...documentStatuses, 'deleted']);
    for (const kind of documentKinds) {
      for (const action of documentActions) {
        for (const [from, to] of Object.entries(documentTransitions[kind][action] ?? {})) {
          expect(known.has(from), `${kind} ${action} from ${from}`).toBe(true);
          expect(known.has(to), `${kind} ${action} to ${to}`).toBe(true);
          if (to === 'deleted') expect([action, from]).toEqual(['delete', 'draft']);
        }
      }
    }
  });

  it('says why a transition is refused in words that name the status', () => {
    expect(transitionRefusal('estimate', 'edit', 'accepted')).toContain('what the customer agreed to');
    expect(transitionRefusal('estimate', 'convert', 'invoiced')).toBe('This estimate was already turned into an invoice');
    expect(transitionRefusal('estimate', 'accept', 'declined')).toBe('This estimate was already declined');
    expect(transitionRefusal('estimate', 'mark_accepted', 'draft')).toContain('send this draft estimate first');
    expect(transitionRefusal('invoice', 'send', 'void')).toBe('A void invoice can’t be sent');
    expect(transitionRefusal('retainer_invoice', 'edit', 'paid')).toBe('A paid retainer invoice can’t be changed');
    expect(transitionRefusal('credit_note', 'edit', 'closed')).toBe('A closed credit note can’t be changed');
    expect(transitionRefusal('invoice', 'delete', 'sent')).toContain('Only drafts can be deleted');
  });
});

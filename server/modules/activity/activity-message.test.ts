import { describe, expect, it } from 'vitest';
import { presentActivityMessage, readActivityMessage, type StoredActivity } from './activity-message.ts';
import { commentMessage } from '../comment/comment-message.ts';

const old = (module: string, action: string, details: Record<string, unknown> | null = null, customer: string | null = 'Globex'): StoredActivity => ({
  module,
  action,
  actor_name: 'Ada',
  details: details ? JSON.stringify(details) : null,
  message_code: null,
  message_params: null,
  customer_name: customer,
});

describe('reading back activities older than message codes', () => {
  it('reads each kind of portal event back as its code', () => {
    const cases: [StoredActivity, string, Record<string, unknown>][] = [
      [old('portal', 'signin', { method: 'password' }), 'portal.signed_in', { actor: 'Ada', customer: 'Globex' }],
      [old('portal', 'signin', null, null), 'portal.signed_in', { actor: 'Ada', customer: null }],
      [old('portal', 'signup'), 'portal.signed_up', { actor: 'Ada', company: 'Globex' }],
      [old('portal', 'invitation_accepted'), 'portal.invitation_accepted', { actor: 'Ada', customer: 'Globex' }],
      [old('portal', 'password_changed', { method: 'change' }), 'portal.password_changed', { actor: 'Ada', customer: 'Globex' }],
      [old('portal', 'password_changed', { method: 'password_reset' }, null), 'portal.password_reset', { actor: 'Ada', customer: null }],
      [old('portal', 'account_updated', { fields: ['phone', 'nickname'] }), 'portal.details_updated', { actor: 'Ada', customer: 'Globex', fields: ['phone'] }],
      [old('company', 'company_updated', { fields: ['company_name'] }), 'portal.company_updated', { actor: 'Ada', customer: 'Globex', fields: ['company_name'] }],
      [old('credit-notes', 'document_viewed', { number: 'CN-1', kind: 'credit_note' }), 'document.viewed', { actor: 'Ada', customer: 'Globex', kind: 'credit_note', number: 'CN-1' }],
      [old('retainer-invoices', 'comment_added', { number: 'RET-1' }), 'document.commented', { actor: 'Ada', customer: 'Globex', kind: 'retainer_invoice', number: 'RET-1' }],
      [old('estimates', 'estimate_accepted', { number: 'EST-1' }), 'estimate.accepted', { actor: 'Ada', customer: 'Globex', number: 'EST-1' }],
      [old('statement', 'statement_downloaded', { from: '2026-01-01', to: '2026-01-31' }), 'statement.downloaded', { actor: 'Ada', customer: 'Globex', from: '2026-01-01', to: '2026-01-31' }],
    ];
    for (const [row, code, params] of cases) {
      expect(readActivityMessage(row), `${row.module}/${row.action}`).toEqual({ message: { code, params }, complete: true });
    }
  });

  it('marks what lost its reason as not whole, and gives up on what it cannot name', () => {
    expect(readActivityMessage(old('estimates', 'estimate_declined', { number: 'EST-1' }))).toMatchObject({ message: { code: 'estimate.declined' }, complete: false });
    expect(readActivityMessage(old('invoices', 'invoice_disputed', { number: 'INV-1', line_id: 'x' }))).toMatchObject({ message: { code: 'invoice.disputed' }, complete: false });
    expect(readActivityMessage(old('estimates', 'estimate_accepted', { number: 'EST-1' }, null))).toBeUndefined();
    expect(readActivityMessage(old('estimates', 'estimate_accepted', {}))).toBeUndefined();
    expect(readActivityMessage(old('statement', 'statement_downloaded', {}))).toBeUndefined();
    expect(readActivityMessage({ ...old('portal', 'signin'), details: '{not json' })).toMatchObject({ message: { code: 'portal.signed_in' } });
    expect(readActivityMessage(old('portal', 'teleported'))).toBeUndefined();
  });

  it('prefers the code of a new row, and refuses a damaged one', () => {
    const row = { ...old('estimates', 'estimate_accepted', { number: 'EST-1' }), message_code: 'estimate.accepted', message_params: JSON.stringify({ actor: 'Ada', customer: 'Initech', number: 'EST-2' }) };
    expect(readActivityMessage(row)?.message.params).toEqual({ actor: 'Ada', customer: 'Initech', number: 'EST-2' });
    expect(readActivityMessage({ ...row, message_params: '{"actor":"Ada"}' })).toBeUndefined();
  });

  it('shows a notification’s old text when it says more than the row can, else the reader’s language', () => {
    const declined = old('estimates', 'estimate_declined', { number: 'EST-1' });
    expect(presentActivityMessage(declined, 'de', 'staff', 'Ada (Globex) declined estimate EST-1: Too dear')).toEqual({ message: 'Ada (Globex) declined estimate EST-1: Too dear', message_code: null, message_params: null });
    expect(presentActivityMessage(declined, 'de', 'staff').message).toBe('Ada (Globex) hat das Angebot EST-1 abgelehnt');
    expect(presentActivityMessage(old('estimates', 'estimate_accepted', { number: 'EST-1' }), 'fr', 'customer', 'Ada (Globex) accepted estimate EST-1').message).toBe('Ada a accepté le devis EST-1');
  });
});

describe('reading back comment thread entries', () => {
  const entry = (kind: string, body: string) => ({ kind, body, message_code: null, message_params: null });

  it('reads an old acceptance and an old line dispute back as codes', () => {
    expect(commentMessage(entry('accepted', 'Accepted by Ada L.'))).toEqual({ code: 'comment.estimate_accepted', params: { signer: 'Ada L.' } });
    expect(commentMessage(entry('dispute', '“Hosting”: cancelled in May\nsee mail'))).toEqual({ code: 'comment.line_disputed', params: { line: 'Hosting', reason: 'cancelled in May\nsee mail' } });
  });

  it('leaves what a person wrote alone', () => {
    expect(commentMessage(entry('dispute', 'Never ordered this'))).toBeUndefined();
    expect(commentMessage(entry('declined', 'Accepted by nobody'))).toBeUndefined();
    expect(commentMessage(entry('comment', 'Accepted by Ada'))).toBeUndefined();
  });

  it('reads a new entry from its code', () => {
    expect(commentMessage({ kind: 'accepted', body: '', message_code: 'comment.estimate_accepted', message_params: '{"signer":"Ada"}' })).toEqual({ code: 'comment.estimate_accepted', params: { signer: 'Ada' } });
    expect(commentMessage({ kind: 'accepted', body: '', message_code: 'comment.estimate_accepted', message_params: 'oops' })).toBeUndefined();
  });
});

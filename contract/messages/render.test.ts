import { describe, expect, it } from 'vitest';
import { supportedLanguages } from '../portal.ts';
import type { Audience } from './catalog.ts';
import { assertEventMessage, messageCodes, parseEventMessage, type EventMessage, type MessageCode, type MessageParams } from './message-codes.ts';
import { messageCatalogs, messageFormat, renderMessage, renderStoredMessage } from './render.ts';

/** One full set of parameters per code; the type makes a new code add its sample here. */
const samples: { [C in MessageCode]: MessageParams<C> } = {
  'portal.signed_up': { actor: 'Ada Lovelace', company: 'Analytical Engines' },
  'portal.invitation_accepted': { actor: 'Ada Lovelace', customer: 'Globex' },
  'portal.signed_in': { actor: 'Ada Lovelace', customer: 'Globex' },
  'portal.password_changed': { actor: 'Ada Lovelace', customer: 'Globex' },
  'portal.password_reset': { actor: 'Ada Lovelace', customer: 'Globex' },
  'portal.details_updated': { actor: 'Ada Lovelace', customer: 'Globex', fields: ['first_name', 'phone'] },
  'portal.company_updated': { actor: 'Ada Lovelace', customer: 'Globex', fields: ['company_name', 'billing_address', 'shipping_address'] },
  'portal.shipping_address_changed': { actor: 'Ada Lovelace', customer: 'Globex', change: 'added', label: 'Leeds warehouse' },
  'document.viewed': { actor: 'Ada Lovelace', customer: 'Globex', kind: 'invoice', number: 'INV-000042' },
  'document.commented': { actor: 'Ada Lovelace', customer: 'Globex', kind: 'estimate', number: 'EST-000007' },
  'document.sent': { business: 'Northwind', kind: 'credit_note', number: 'CN-000003' },
  'payment.recorded': { business: 'Northwind', amount: { amount_minor: 123_456, currency: 'EUR' } },
  'payment.received': { actor: 'Ada Lovelace', customer: 'Globex', number: 'PAY-000012', documents: ['INV-000042', 'INV-000043'], amount: { amount_minor: 12_000, currency: 'EUR' } },
  'payment.failed': { actor: 'Ada Lovelace', customer: 'Globex', documents: ['INV-000042'], amount: { amount_minor: 12_000, currency: 'EUR' }, reason: 'account_closed' },
  'payment.refunded': { business: 'Northwind', customer: 'Globex', number: 'PAY-000012', amount: { amount_minor: 6_000, currency: 'EUR' } },
  'invoice.disputed': { actor: 'Ada Lovelace', customer: 'Globex', number: 'INV-000042', line: 'Consulting', reason: 'Billed twice' },
  'estimate.accepted': { actor: 'Ada Lovelace', customer: 'Globex', number: 'EST-000007' },
  'estimate.declined': { actor: 'Ada Lovelace', customer: 'Globex', number: 'EST-000007', reason: 'Too expensive' },
  'estimate.changes_requested': { actor: 'Ada Lovelace', customer: 'Globex', number: 'EST-000007', message: 'Split the delivery' },
  'statement.downloaded': { actor: 'Ada Lovelace', customer: 'Globex', from: '2026-01-01', to: '2026-03-31' },
  'sales_order.placed': { actor: 'Ada Lovelace', customer: 'Globex', number: 'SO-000001', amount: { amount_minor: 12345, currency: 'EUR' }, awaiting_approval: true },
  'sales_order.commented': { actor: 'Ada Lovelace', customer: 'Globex', number: 'SO-000001' },
  'subscription.cancelled': { actor: 'Ada Lovelace', customer: 'Globex', number: 'SUB-000004', plan: 'Pro monthly', immediately: false, ends_on: '2027-01-15', reason: 'It is too expensive — budget cuts' },
  'subscription.reactivated': { actor: 'Ada Lovelace', customer: 'Globex', number: 'SUB-000004', plan: 'Pro monthly' },
  'subscription.trial_converted': { actor: 'Ada Lovelace', customer: 'Globex', number: 'SUB-000004', plan: 'Pro monthly' },
  'subscription.trial_extended': { actor: 'Ada Lovelace', customer: 'Globex', number: 'SUB-000004', plan: 'Pro monthly', days: 7, trial_end: '2027-02-01' },
  'subscription.changed': { actor: 'Ada Lovelace', customer: 'Globex', number: 'SUB-000004', plan: 'Team yearly', scheduled: true, effective_on: '2027-01-15' },
  'subscription.paused': { actor: 'Ada Lovelace', customer: 'Globex', number: 'SUB-000004', plan: 'Pro monthly', resume_on: '2027-03-01' },
  'subscription.resumed': { actor: 'Ada Lovelace', customer: 'Globex', number: 'SUB-000004', plan: 'Pro monthly' },
  'subscription.payment_method_changed': { actor: 'Ada Lovelace', customer: 'Globex', number: 'SUB-000004', plan: 'Pro monthly', method: 'Visa •••• 4242' },
  'review.submitted': { actor: 'Ada Lovelace', customer: 'Globex', rating: 4, body: 'Quick and friendly service' },
  'document.forwarded': { actor: 'Ada Lovelace', customer: 'Globex', kind: 'invoice', number: 'INV-000042', recipient: 'accounts@globex.test' },
  'comment.estimate_accepted': { signer: 'A. Lovelace' },
  'comment.estimate_marked_accepted': { staff: 'Olivia Owner', signer: 'A. Lovelace' },
  'comment.estimate_marked_declined': { staff: 'Olivia Owner', reason: 'Went with another supplier' },
  'comment.line_disputed': { line: 'Consulting', reason: 'Billed twice' },
  'project.time_approved': { actor: 'Ada Lovelace', customer: 'Globex', project: 'Website relaunch', count: 3, minutes: 270, week_start: '2027-01-04' },
  'project.time_submitted': { business: 'Northwind', customer: 'Globex', project: 'Website relaunch', count: 3, minutes: 150 },
  'project.query_answered': { business: 'Northwind', customer: 'Globex', project: 'Website relaunch', task: 'Design', work_date: '2027-01-05', comment: 'Yes: two workshops' },
  'project.time_queried': { actor: 'Ada Lovelace', customer: 'Globex', project: 'Website relaunch', task: 'Design', work_date: '2027-01-05', comment: 'Was this two hours?' },
  'project.commented': { actor: 'Ada Lovelace', customer: 'Globex', project: 'Website relaunch' },
};

/** Parameters that are calendar dates, shown formatted in the reader's language. */
const dateKeys = new Set(['from', 'to', 'ends_on', 'trial_end', 'effective_on', 'resume_on', 'week_start', 'work_date']);
const messages = messageCodes.map((code) => ({ code, params: samples[code] }) as EventMessage);
const audiences: Audience[] = ['staff', 'customer'];
/** What a placeholder left unfilled, or filled with nothing, looks like. */
const leftovers = /undefined|null|NaN|\[object|Invalid Date|\{|\}|\$\{/;

describe('the message catalog', () => {
  it('has every code in all five languages, and nothing else', () => {
    for (const language of supportedLanguages) {
      expect(Object.keys(messageCatalogs[language]).sort()).toEqual([...messageCodes].sort());
    }
  });

  it('fills every placeholder: each text names every person, document and text it is given', () => {
    for (const language of supportedLanguages) {
      for (const message of messages) {
        for (const audience of audiences) {
          const text = renderMessage(language, message, audience);
          expect(text, `${language} ${message.code} ${audience}`).not.toMatch(leftovers);
          expect(text.trim().length).toBeGreaterThan(0);
          for (const [key, value] of Object.entries(message.params)) {
            // The portal reads its own customer's activity: the customer's name is left out there.
            if (typeof value !== 'string' || key === 'kind' || key === 'change' || (audience === 'customer' && (key === 'customer' || key === 'company'))) continue;
            const shown = dateKeys.has(key) ? messageFormat(language).date(value) : value;
            expect(text, `${language} ${message.code} ${audience} shows ${key}`).toContain(shown);
          }
        }
      }
    }
  });

  it('says the same thing differently in each language', () => {
    for (const message of messages) {
      const texts = supportedLanguages.map((language) => renderMessage(language, message, 'staff'));
      expect(new Set(texts).size, message.code).toBe(supportedLanguages.length);
    }
  });

  it('formats money, dates and lists with Intl in the reader’s language', () => {
    const payment = { code: 'payment.recorded', params: samples['payment.recorded'] } as const;
    expect(renderMessage('en', payment, 'customer')).toBe('Northwind recorded your payment of €1,234.56');
    expect(renderMessage('de', payment, 'customer')).toBe('Northwind hat Ihre Zahlung über 1.234,56\u00a0€ erfasst');
    expect(renderMessage('ja', { code: 'payment.recorded', params: { business: 'Northwind', amount: { amount_minor: 5000, currency: 'JPY' } } }, 'customer')).toContain('￥5,000');
    const statement = { code: 'statement.downloaded', params: samples['statement.downloaded'] } as const;
    expect(renderMessage('en', statement, 'staff')).toBe('Ada Lovelace (Globex) downloaded the statement for Jan 1, 2026 – Mar 31, 2026');
    expect(renderMessage('de', statement, 'staff')).toContain('01.01.2026 – 31.03.2026');
    const details = { code: 'portal.details_updated', params: samples['portal.details_updated'] } as const;
    expect(renderMessage('en', details, 'staff')).toBe('Ada Lovelace (Globex) updated their details: first name and phone');
    expect(renderMessage('de', details, 'staff')).toBe('Ada Lovelace (Globex) hat die eigenen Angaben geändert: Vorname und Telefon');
  });

  it('shows what a company change changed, before and after', () => {
    const message: EventMessage = {
      code: 'portal.company_updated',
      params: { actor: 'Ada', customer: 'Globex', fields: ['company_name', 'tax_number'], changes: [{ field: 'company_name', before: 'Globex', after: 'Globex Ltd' }, { field: 'tax_number', before: null, after: 'GB123' }] },
    };
    expect(renderMessage('en', message, 'staff')).toBe('Ada (Globex) updated the company details: company name (Globex → Globex Ltd) and tax number (— → GB123)');
    expect(renderMessage('de', message, 'staff')).toBe('Ada (Globex) hat die Firmendaten geändert: Firmenname (Globex → Globex Ltd) und Steuernummer (— → GB123)');
    for (const language of supportedLanguages) expect(renderMessage(language, message, 'customer')).toContain('GB123');
    expect(renderMessage('en', { code: 'portal.shipping_address_changed', params: { actor: 'Ada', customer: 'Globex', change: 'made_default', label: 'Depot' } }, 'staff')).toBe(
      'Ada (Globex) made Depot the default shipping address',
    );
  });

  it('leaves out an absent customer and an absent reason without a trace', () => {
    expect(renderMessage('en', { code: 'portal.signed_in', params: { actor: 'Ada', customer: null } }, 'staff')).toBe('Ada signed in to the portal');
    expect(renderMessage('en', { code: 'estimate.declined', params: { actor: 'Ada', customer: 'Globex', number: 'EST-1', reason: null } }, 'staff')).toBe(
      'Ada (Globex) declined estimate EST-1',
    );
    expect(renderMessage('en', { code: 'invoice.disputed', params: { actor: 'Ada', customer: 'Globex', number: 'INV-1', line: null, reason: 'No' } }, 'staff')).toBe(
      'Ada (Globex) disputed invoice INV-1: No',
    );
  });
});

describe('message parameters', () => {
  it('accepts the parameters of each code', () => {
    for (const message of messages) expect(parseEventMessage(message.code, message.params)).toEqual(message);
  });

  it('refuses an unknown code, a missing parameter, a wrong type and a malformed amount or date', () => {
    expect(parseEventMessage('portal.teleported', { actor: 'Ada' })).toBeUndefined();
    expect(parseEventMessage('estimate.accepted', { actor: 'Ada', customer: 'Globex' })).toBeUndefined();
    expect(parseEventMessage('document.viewed', { actor: 'Ada', customer: 'Globex', kind: 'receipt', number: 'R-1' })).toBeUndefined();
    expect(parseEventMessage('payment.recorded', { business: 'N', amount: { amount_minor: 12.5, currency: 'EUR' } })).toBeUndefined();
    expect(parseEventMessage('payment.recorded', { business: 'N', amount: { amount_minor: 1250, currency: 'euro' } })).toBeUndefined();
    expect(parseEventMessage('statement.downloaded', { actor: 'A', customer: 'C', from: '1 Jan 2026', to: '2026-03-31' })).toBeUndefined();
    expect(parseEventMessage('portal.details_updated', { actor: 'A', customer: 'C', fields: ['password'] })).toBeUndefined();
    expect(() => assertEventMessage({ code: 'estimate.accepted', params: { actor: 'Ada' } } as unknown as EventMessage)).toThrow(/estimate\.accepted/);
  });

  it('renders a stored row only when its code and parameters are sound', () => {
    expect(renderStoredMessage('ja', 'estimate.accepted', { actor: 'Ada', customer: 'Globex', number: 'EST-1' }, 'customer')).toBe('Adaさんが見積書 EST-1 を承認しました');
    expect(renderStoredMessage('ja', 'estimate.accepted', { actor: 'Ada' }, 'customer')).toBeUndefined();
    expect(renderStoredMessage('ja', null, null, 'customer')).toBeUndefined();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testCards } from '../test-gateway-cards.ts';
import { challengePage, escapeHtml } from './test-gateway-page.ts';
import {
  checkBankAccount,
  checkCard,
  declineOf,
  fullYear,
  gatewayId,
  isSameOriginReturnUrl,
  returnUrlWith,
  testGatewayWebhookSecret,
  webhookRetryDelaySeconds,
} from './test-gateway-rules.ts';

const today = '2026-12-02';
const valid = { number: '4242424242424242', exp_month: 12, exp_year: 2030, cvc: '123' };

describe('test gateway rules', () => {
  it('keeps a card’s brand, last 4, expiry and outcome, never its number', () => {
    for (const card of testCards) {
      const checked = checkCard({ ...valid, number: card.number, cvc: card.brand === 'amex' ? '1234' : '123' }, today);
      expect(checked, card.number).toEqual({ ok: true, facts: { type: 'card', brand: card.brand, last4: card.number.slice(-4), expMonth: 12, expYear: 2030, holderName: null, outcome: card.outcome } });
      expect(JSON.stringify(checked)).not.toContain(card.number);
    }
  });

  it('names the field of what is wrong, in words that never repeat the number (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9 -]{0,30}$/), (number) => {
        const checked = checkCard({ ...valid, number }, today);
        if (checked.ok) return;
        expect(checked.issue.field).toBe('card.number');
        const digits = number.replace(/\D/g, '');
        if (digits.length >= 5) expect(checked.issue.message).not.toContain(digits);
      }),
    );
  });

  it('checks expiry in the gateway’s month and the CVC’s length by brand', () => {
    expect(checkCard({ ...valid, exp_month: 12, exp_year: 2026 }, today).ok).toBe(true);
    expect(checkCard({ ...valid, exp_month: 11, exp_year: 2026 }, today)).toMatchObject({ ok: false, issue: { field: 'card.exp_month' } });
    expect(checkCard({ ...valid, exp_year: 2025 }, today)).toMatchObject({ ok: false, issue: { field: 'card.exp_year' } });
    expect(checkCard({ ...valid, exp_year: 30 }, today)).toMatchObject({ ok: true, facts: { expYear: 2030 } });
    expect(checkCard({ ...valid, exp_year: 2077 }, today)).toMatchObject({ ok: false, issue: { field: 'card.exp_year' } });
    expect(checkCard({ ...valid, cvc: '1234' }, today)).toMatchObject({ ok: false, issue: { field: 'card.cvc', message: 'must be 3 digits' } });
    expect(checkCard({ ...valid, number: '378282246310005', cvc: '123' }, today)).toMatchObject({ ok: false, issue: { field: 'card.cvc', message: 'must be 4 digits' } });
    expect(fullYear(29)).toBe(2029);
    expect(fullYear(2029)).toBe(2029);
  });

  it('knows only the test routing numbers; other accounts there settle', () => {
    const account = { holder_name: ' Ada ', routing_number: '110000000', account_number: '000123456789' };
    expect(checkBankAccount(account)).toEqual({ ok: true, facts: { type: 'bank_account', brand: 'bank', last4: '6789', expMonth: null, expYear: null, holderName: 'Ada', outcome: { kind: 'settles_later' } } });
    expect(checkBankAccount({ ...account, account_number: '000111111116' })).toMatchObject({ ok: true, facts: { outcome: { kind: 'fails_later', code: 'account_closed' } } });
    expect(checkBankAccount({ ...account, account_number: '1234567' })).toMatchObject({ ok: true, facts: { outcome: { kind: 'settles_later' } } });
    expect(checkBankAccount({ ...account, routing_number: '021000021' })).toMatchObject({ ok: false, issue: { field: 'bank_account.routing_number', code: 'unknown_reference' } });
    expect(checkBankAccount({ ...account, account_number: '12' })).toMatchObject({ ok: false, issue: { field: 'bank_account.account_number' } });
    expect(checkBankAccount({ ...account, holder_name: '  ' })).toMatchObject({ ok: false, issue: { field: 'bank_account.holder_name' } });
  });

  it('words declines as Stripe does, a stolen card as a plain decline', () => {
    expect(declineOf({ kind: 'declined', code: 'card_declined', decline_code: 'generic_decline' })).toEqual({ failureCode: 'card_declined', declineCode: 'generic_decline', message: 'Your card was declined.' });
    expect(declineOf({ kind: 'declined', code: 'card_declined', decline_code: 'insufficient_funds' }).message).toBe('Your card has insufficient funds.');
    expect(declineOf({ kind: 'declined', code: 'expired_card', decline_code: 'expired_card' }).message).toBe('Your card has expired.');
    expect(declineOf({ kind: 'declined', code: 'card_declined', decline_code: 'stolen_card' })).toEqual({ failureCode: 'stolen_card', declineCode: 'stolen_card', message: 'Your card was declined.' });
  });

  it('sends browsers back only under the app’s own address', () => {
    const base = 'https://pay.example.com';
    expect(isSameOriginReturnUrl('https://pay.example.com/portal/acme/pay?x=1', base)).toBe(true);
    expect(isSameOriginReturnUrl('https://pay.example.com', base)).toBe(true);
    for (const url of ['https://pay.example.com.evil.net/', 'http://pay.example.com/', 'https://pay.example.com:444/', 'https://user@pay.example.com/', '/relative', 'javascript:alert(1)', '']) {
      expect(isSameOriginReturnUrl(url, base), url).toBe(false);
    }
    expect(isSameOriginReturnUrl('https://example.com/portico/portal', 'https://example.com/portico')).toBe(true);
    expect(isSameOriginReturnUrl('https://example.com/porticoevil', 'https://example.com/portico')).toBe(false);
    expect(isSameOriginReturnUrl('https://example.com/other', 'https://example.com/portico')).toBe(false);
  });

  it('adds the attempt and outcome to the return URL’s own query', () => {
    expect(returnUrlWith('https://a.test/pay?step=2#top', 'att-1', 'approved')).toBe('https://a.test/pay?step=2&payment_attempt=att-1&outcome=approved#top');
    expect(returnUrlWith('https://a.test/pay?outcome=x', 'att-1', 'failed')).toBe('https://a.test/pay?outcome=failed&payment_attempt=att-1');
  });

  it('backs webhook retries off from 10 s, doubling, to at most an hour', () => {
    expect([1, 2, 3, 4, 9, 10, 20].map(webhookRetryDelaySeconds)).toEqual([10, 20, 40, 80, 2560, 3600, 3600]);
  });

  it('derives the webhook secret from the instance secret, and makes Stripe-like ids', () => {
    expect(testGatewayWebhookSecret('a')).toBe(testGatewayWebhookSecret('a'));
    expect(testGatewayWebhookSecret('a')).not.toBe(testGatewayWebhookSecret('b'));
    expect(testGatewayWebhookSecret('a')).toMatch(/^whsec_/);
    expect(gatewayId('pi')).toMatch(/^pi_[A-Za-z0-9_-]{16}$/);
    expect(gatewayId('pi')).not.toBe(gatewayId('pi'));
  });
});

describe('test gateway challenge page', () => {
  const page = challengePage({ paymentId: 'pi_1', amountMinor: 1_000, currency: 'JPY', brand: 'visa', last4: '3155', description: 'INV & <b>', returnUrl: 'https://a.test/r?x="y"' });

  it('is a titled, self-contained page with three labelled buttons and no script', () => {
    expect(page).toContain('<title>Test gateway: authentication</title>');
    expect(page).toContain('¥1,000');
    expect(page).toContain('INV &amp; &lt;b&gt;');
    expect(page).toContain('value="https://a.test/r?x=&quot;y&quot;"');
    expect(page.match(/<button type="submit"/g)).toHaveLength(3);
    expect(page).not.toMatch(/<script|<link|src=/);
  });

  it('shows an amount in a currency it cannot format in minor units', () => {
    expect(challengePage({ paymentId: 'pi_1', amountMinor: 5, currency: 'ZZZ', brand: 'visa', last4: '3155', description: '', returnUrl: 'https://a.test/' })).toContain('5 ZZZ (minor units)');
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

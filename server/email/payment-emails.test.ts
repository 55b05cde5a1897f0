import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../contract/money.ts';
import { supportedLanguages } from '../../contract/portal.ts';
import { renderDocumentEmail, renderReminderEmail } from './document-email.ts';
import { renderPaymentFailedEmail, renderReceiptEmail, renderRefundEmail } from './payment-emails.ts';

const common = { organizationName: 'Northwind <Ltd>', brandColor: '#aa3300', currency: 'EUR', amountMinor: 12_000, url: 'https://portico.test/portal/northwind/payments/p1' };
const leftovers = /\{\w+\}|undefined|null|NaN/;

describe('payment and pay-link emails', () => {
  it('fill every placeholder in all five languages, in HTML and plain text, with the amount', () => {
    for (const language of supportedLanguages) {
      const amount = formatMoney(12_000, 'EUR', language);
      const mails = [
        renderReceiptEmail({ ...common, language, number: 'PAY-000004', paidOn: '2026-12-01', documentNumbers: ['INV-000001'] }),
        renderPaymentFailedEmail({ ...common, language, documentNumbers: ['INV-000001'], reason: 'account_closed', payUrl: 'https://portico.test/portal/northwind/invoices' }),
        renderRefundEmail({ ...common, language, number: 'PAY-000004', documentNumbers: ['INV-000001'] }),
      ];
      for (const mail of mails) {
        expect(`${mail.subject}\n${mail.text}`, language).not.toMatch(leftovers);
        expect(mail.text).toContain(amount);
        expect(mail.html).toContain(`lang="${language}"`);
        expect(mail.html).toContain('Northwind &lt;Ltd&gt;');
        expect(mail.html).not.toContain('<Ltd>');
      }
    }
  });

  it('shows Pay now first, beside the portal link, only when there is a pay link', () => {
    const input = { language: 'en' as const, kind: 'invoice' as const, number: 'INV-000001', organizationName: 'Northwind', brandColor: '#aa3300', totalMinor: 12_000, currency: 'EUR', dueDate: '2026-12-25', url: 'https://portico.test/portal/n/invoices/d1' };
    const withLink = renderDocumentEmail({ ...input, payUrl: 'https://portico.test/portal/n/pay/TOKEN' });
    expect(withLink.html.indexOf('>Pay now</a>')).toBeGreaterThan(-1);
    expect(withLink.html.indexOf('>Pay now</a>')).toBeLessThan(withLink.html.indexOf('>View in the portal</a>'));
    expect(withLink.text).toContain('Pay now: https://portico.test/portal/n/pay/TOKEN');
    const without = renderDocumentEmail(input);
    expect(without.html).not.toContain('Pay now');
    expect(without.text).not.toContain('/pay/');
  });

  it('writes reminders before and after the due date in all five languages', () => {
    for (const language of supportedLanguages) {
      for (const overdue of [false, true]) {
        const mail = renderReminderEmail({
          language,
          kind: 'invoice',
          number: 'INV-000001',
          organizationName: 'Northwind',
          brandColor: '#aa3300',
          totalMinor: 12_000,
          balanceMinor: 10_000,
          currency: 'EUR',
          dueDate: '2026-11-01',
          overdue,
          url: 'https://portico.test/portal/n/invoices/d1',
          payUrl: 'https://portico.test/portal/n/pay/TOKEN',
        });
        expect(`${mail.subject}\n${mail.text}`, `${language} ${overdue}`).not.toMatch(leftovers);
        expect(mail.text).toContain(formatMoney(10_000, 'EUR', language));
        expect(mail.text).toContain('/pay/TOKEN');
      }
    }
  });
});

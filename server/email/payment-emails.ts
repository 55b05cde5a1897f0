import type { Language } from '../../contract/portal.ts';
import { formatMoney } from '../../contract/money.ts';
import { escapeHtml, type RenderedEmail } from './render.ts';

/**
 * The mails a contact gets after an online payment (docs/payments.md, "After a payment"): the receipt
 * (with its PDF attached by the caller), a bank payment that failed after being pending, and a refund.
 */
interface PaymentEmailText {
  receiptSubject: string;
  receiptBody: string;
  failedSubject: string;
  failedBody: string;
  refundSubject: string;
  refundBody: string;
  amount: string;
  paidFor: string;
  paidOn: string;
  reason: string;
  action: string;
  pay: string;
}

/** Placeholders: {org}, {number} (the payment's), {amount}. */
const texts: Record<Language, PaymentEmailText> = {
  en: {
    receiptSubject: 'Receipt {number} for your payment to {org}',
    receiptBody: 'Thank you for your payment of {amount}. The receipt {number} is attached.',
    failedSubject: 'Your bank payment to {org} failed',
    failedBody: 'Your bank payment of {amount} to {org} failed at the bank. Nothing was taken, and the balance is open again.',
    refundSubject: '{org} refunded {amount}',
    refundBody: '{org} refunded {amount} of your payment {number}. It goes back to the card or account you paid with.',
    amount: 'Amount',
    paidFor: 'For',
    paidOn: 'Payment date',
    reason: 'Reason given by the bank',
    action: 'View in the portal',
    pay: 'Pay again',
  },
  de: {
    receiptSubject: 'Zahlungsbestätigung {number} für Ihre Zahlung an {org}',
    receiptBody: 'Vielen Dank für Ihre Zahlung über {amount}. Die Zahlungsbestätigung {number} ist angehängt.',
    failedSubject: 'Ihre Bankzahlung an {org} ist fehlgeschlagen',
    failedBody: 'Ihre Bankzahlung über {amount} an {org} wurde von der Bank abgelehnt. Es wurde nichts abgebucht, der Betrag ist wieder offen.',
    refundSubject: '{org} hat {amount} erstattet',
    refundBody: '{org} hat {amount} Ihrer Zahlung {number} erstattet. Der Betrag geht an die Karte oder das Konto zurück, mit der bzw. dem Sie bezahlt haben.',
    amount: 'Betrag',
    paidFor: 'Für',
    paidOn: 'Zahlungsdatum',
    reason: 'Grund laut Bank',
    action: 'Im Portal ansehen',
    pay: 'Erneut bezahlen',
  },
  fr: {
    receiptSubject: 'Reçu {number} de votre paiement à {org}',
    receiptBody: 'Merci pour votre paiement de {amount}. Le reçu {number} est joint.',
    failedSubject: 'Votre paiement bancaire à {org} a échoué',
    failedBody: 'Votre paiement bancaire de {amount} à {org} a été refusé par la banque. Rien n’a été prélevé et le solde est de nouveau dû.',
    refundSubject: '{org} a remboursé {amount}',
    refundBody: '{org} a remboursé {amount} de votre paiement {number}. Le montant revient sur la carte ou le compte utilisé.',
    amount: 'Montant',
    paidFor: 'Pour',
    paidOn: 'Date du paiement',
    reason: 'Motif indiqué par la banque',
    action: 'Voir dans le portail',
    pay: 'Payer à nouveau',
  },
  es: {
    receiptSubject: 'Recibo {number} de su pago a {org}',
    receiptBody: 'Gracias por su pago de {amount}. Adjuntamos el recibo {number}.',
    failedSubject: 'Su pago bancario a {org} falló',
    failedBody: 'Su pago bancario de {amount} a {org} fue rechazado por el banco. No se cobró nada y el saldo vuelve a estar pendiente.',
    refundSubject: '{org} reembolsó {amount}',
    refundBody: '{org} reembolsó {amount} de su pago {number}. El importe vuelve a la tarjeta o cuenta con la que pagó.',
    amount: 'Importe',
    paidFor: 'Por',
    paidOn: 'Fecha de pago',
    reason: 'Motivo indicado por el banco',
    action: 'Ver en el portal',
    pay: 'Pagar de nuevo',
  },
  ja: {
    receiptSubject: '{org} へのお支払いの領収書 {number}',
    receiptBody: '{amount} のお支払いありがとうございます。領収書 {number} を添付しました。',
    failedSubject: '{org} への銀行支払いが失敗しました',
    failedBody: '{org} への {amount} の銀行支払いは銀行で失敗しました。引き落としはされておらず、残高は再び未払いです。',
    refundSubject: '{org} が {amount} を返金しました',
    refundBody: '{org} がお支払い {number} のうち {amount} を返金しました。お支払いに使ったカードまたは口座に戻ります。',
    amount: '金額',
    paidFor: '対象',
    paidOn: '支払日',
    reason: '銀行からの理由',
    action: 'ポータルで見る',
    pay: 'もう一度支払う',
  },
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);

interface Common {
  language: Language;
  organizationName: string;
  brandColor: string;
  currency: string;
  amountMinor: number;
  /** The portal page of the payment (or of the documents). */
  url: string;
}

function compose(input: Common, subject: string, body: string, facts: string[], extra?: { label: string; url: string }): RenderedEmail {
  const text = texts[input.language];
  const color = /^#[0-9a-fA-F]{6}$/.test(input.brandColor) ? input.brandColor : '#1f5fbf';
  const buttons = [...(extra ? [extra] : []), { label: text.action, url: input.url }];
  const html = `<!doctype html>
<html lang="${input.language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1d2330">
<table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;border-top:4px solid ${color}">
<tr><td style="padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(subject)}</h1>
<p>${escapeHtml(body)}</p>
${facts.map((fact) => `<p style="margin:4px 0"><strong>${escapeHtml(fact)}</strong></p>`).join('\n')}
<p style="margin:24px 0">${buttons
    .map(
      (button, index) =>
        `<a href="${escapeHtml(button.url)}" style="${index === 0 ? `background:${color};color:#fff;` : `background:#fff;color:${color};border:2px solid ${color};`}padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block;margin:0 8px 8px 0">${escapeHtml(button.label)}</a>`,
    )
    .join('')}</p>
<p style="font-size:13px;color:#555">— ${escapeHtml(input.organizationName)}</p>
</td></tr></table></body></html>`;
  const plain = [body, '', ...facts, '', ...buttons.map((button) => `${button.label}: ${button.url}`), '', `— ${input.organizationName}`].join('\n');
  return { subject, html, text: plain };
}

export interface ReceiptEmailInput extends Common {
  number: string;
  paidOn: string;
  documentNumbers: string[];
}

export function renderReceiptEmail(input: ReceiptEmailInput): RenderedEmail {
  const text = texts[input.language];
  const amount = formatMoney(input.amountMinor, input.currency, input.language);
  const values = { org: input.organizationName, number: input.number, amount };
  const date = new Intl.DateTimeFormat(input.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${input.paidOn}T00:00:00Z`));
  const facts = [`${text.amount}: ${amount}`, `${text.paidOn}: ${date}`, ...(input.documentNumbers.length > 0 ? [`${text.paidFor}: ${input.documentNumbers.join(', ')}`] : [])];
  return compose(input, fill(text.receiptSubject, values), fill(text.receiptBody, values), facts);
}

export interface PaymentFailedEmailInput extends Common {
  documentNumbers: string[];
  /** The bank's reason, as it gave it (a code or a sentence), or null. */
  reason: string | null;
  /** Where to pay again: the portal's payment page. */
  payUrl: string;
}

export function renderPaymentFailedEmail(input: PaymentFailedEmailInput): RenderedEmail {
  const text = texts[input.language];
  const amount = formatMoney(input.amountMinor, input.currency, input.language);
  const values = { org: input.organizationName, number: '', amount };
  const facts = [`${text.amount}: ${amount}`, ...(input.documentNumbers.length > 0 ? [`${text.paidFor}: ${input.documentNumbers.join(', ')}`] : []), ...(input.reason ? [`${text.reason}: ${input.reason}`] : [])];
  return compose(input, fill(text.failedSubject, values), fill(text.failedBody, values), facts, { label: text.pay, url: input.payUrl });
}

export interface RefundEmailInput extends Common {
  /** The refunded payment's number. */
  number: string;
  documentNumbers: string[];
}

export function renderRefundEmail(input: RefundEmailInput): RenderedEmail {
  const text = texts[input.language];
  const amount = formatMoney(input.amountMinor, input.currency, input.language);
  const values = { org: input.organizationName, number: input.number, amount };
  const facts = [`${text.amount}: ${amount}`, ...(input.documentNumbers.length > 0 ? [`${text.paidFor}: ${input.documentNumbers.join(', ')}`] : [])];
  return compose(input, fill(text.refundSubject, values), fill(text.refundBody, values), facts);
}

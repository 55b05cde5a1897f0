/** The mail carrying a document a contact forwarded from the portal, in the customer's portal language. Pure. */
import type { ForwardedKind } from '../../../contract/messages/message-codes.ts';
import type { Language } from '../../../contract/portal.ts';
import { escapeHtml, type RenderedEmail } from '../../email/render.ts';

interface ForwardEmailText {
  subject: string;
  greeting: string;
  greetingAnonymous: string;
  body: string;
  attached: string;
  message: string;
  kinds: Record<ForwardedKind, string>;
  statementPeriod: string;
}

/** Placeholders: {org}, {name}, {sender}, {customer}, {document}, {from}, {to}. */
const texts: Record<Language, ForwardEmailText> = {
  en: {
    subject: '{sender} forwarded you {document} from {org}',
    greeting: 'Hello {name},',
    greetingAnonymous: 'Hello,',
    body: '{sender} of {customer} forwarded you {document} from {org}.',
    attached: 'You will find it attached as a PDF.',
    message: 'Message from {sender}',
    kinds: { invoice: 'invoice', retainer_invoice: 'retainer invoice', estimate: 'estimate', credit_note: 'credit note', sales_order: 'order', statement: 'the statement of accounts' },
    statementPeriod: 'for {from} – {to}',
  },
  de: {
    subject: '{sender} hat Ihnen {document} von {org} weitergeleitet',
    greeting: 'Hallo {name},',
    greetingAnonymous: 'Hallo,',
    body: '{sender} von {customer} hat Ihnen {document} von {org} weitergeleitet.',
    attached: 'Sie finden das Dokument als PDF im Anhang.',
    message: 'Nachricht von {sender}',
    kinds: { invoice: 'die Rechnung', retainer_invoice: 'die Vorschussrechnung', estimate: 'das Angebot', credit_note: 'die Gutschrift', sales_order: 'die Bestellung', statement: 'den Kontoauszug' },
    statementPeriod: 'für {from} – {to}',
  },
  fr: {
    subject: '{sender} vous a transféré {document} de {org}',
    greeting: 'Bonjour {name},',
    greetingAnonymous: 'Bonjour,',
    body: '{sender} de {customer} vous a transféré {document} de {org}.',
    attached: 'Vous le trouverez en pièce jointe au format PDF.',
    message: 'Message de {sender}',
    kinds: { invoice: 'la facture', retainer_invoice: 'la facture d’acompte', estimate: 'le devis', credit_note: 'l’avoir', sales_order: 'la commande', statement: 'le relevé de compte' },
    statementPeriod: 'du {from} au {to}',
  },
  es: {
    subject: '{sender} le ha reenviado {document} de {org}',
    greeting: 'Hola {name}:',
    greetingAnonymous: 'Hola:',
    body: '{sender} de {customer} le ha reenviado {document} de {org}.',
    attached: 'Lo encontrará adjunto en PDF.',
    message: 'Mensaje de {sender}',
    kinds: { invoice: 'la factura', retainer_invoice: 'la factura de anticipo', estimate: 'el presupuesto', credit_note: 'la nota de crédito', sales_order: 'el pedido', statement: 'el estado de cuenta' },
    statementPeriod: 'del {from} al {to}',
  },
  ja: {
    subject: '{sender} さんから {org} の{document}が転送されました',
    greeting: '{name} 様',
    greetingAnonymous: 'ご担当者様',
    body: '{customer} の {sender} さんが {org} の{document}をあなたに転送しました。',
    attached: 'PDF を添付しています。',
    message: '{sender} さんからのメッセージ',
    kinds: { invoice: '請求書', retainer_invoice: '前受金請求書', estimate: '見積書', credit_note: 'クレジットノート', sales_order: '注文書', statement: '取引明細書' },
    statementPeriod: '（{from}～{to}）',
  },
};

export interface ForwardEmailInput {
  language: Language;
  organizationName: string;
  brandColor: string;
  recipientName: string | null;
  senderName: string;
  customerName: string;
  kind: ForwardedKind;
  /** The document's or order's number; null for the statement. */
  number: string | null;
  /** The statement's period. */
  period?: { from: string; to: string } | undefined;
  /** What the sender wrote, shown as written. */
  message: string | null;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);

function formatDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** How the mail names what it carries: 'invoice INV-000042', 'the statement of accounts for 1 November – 30 November 2026'. */
function documentPhrase(text: ForwardEmailText, input: ForwardEmailInput): string {
  const noun = text.kinds[input.kind];
  if (input.number) return input.language === 'ja' ? `${noun} ${input.number} ` : `${noun} ${input.number}`;
  if (!input.period) return noun;
  const period = fill(text.statementPeriod, { from: formatDate(input.period.from, input.language), to: formatDate(input.period.to, input.language) });
  return input.language === 'ja' ? `${noun}${period}` : `${noun} ${period}`;
}

export function renderForwardEmail(input: ForwardEmailInput): RenderedEmail {
  const text = texts[input.language];
  const values = { org: input.organizationName, name: input.recipientName ?? '', sender: input.senderName, customer: input.customerName, document: documentPhrase(text, input) };
  const subject = fill(text.subject, values).replace(/\s+/g, ' ').trim();
  const greeting = input.recipientName ? fill(text.greeting, values) : text.greetingAnonymous;
  const body = fill(text.body, values).replace(/ +/g, ' ');
  const messageHeading = fill(text.message, values);
  const plain = [
    greeting,
    '',
    body,
    text.attached,
    ...(input.message ? ['', `${messageHeading}:`, input.message] : []),
    '',
    `— ${input.organizationName}`,
  ].join('\n');
  const color = /^#[0-9a-fA-F]{6}$/.test(input.brandColor) ? input.brandColor : '#1f5fbf';
  const html = `<!doctype html>
<html lang="${input.language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1d2330">
<table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;border-top:4px solid ${color}">
<tr><td style="padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(subject)}</h1>
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(body)} ${escapeHtml(text.attached)}</p>
${input.message ? `<p style="margin:16px 0 0"><strong>${escapeHtml(messageHeading)}</strong></p>\n<blockquote style="margin:4px 0 16px;padding:8px 12px;border-left:3px solid #d0d5dd;white-space:pre-wrap">${escapeHtml(input.message)}</blockquote>` : ''}
<p style="font-size:13px;color:#555">— ${escapeHtml(input.organizationName)}</p>
</td></tr></table></body></html>`;
  return { subject, html, text: plain };
}

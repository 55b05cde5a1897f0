/** The statement email in the customer's portal language: HTML and plain text. Pure. */
import { formatMoney } from '../../../contract/money.ts';
import type { Language } from '../../../contract/portal.ts';
import type { RenderedEmail } from '../../email/render.ts';
import { escapeHtml } from '../../email/render.ts';

interface StatementEmailText {
  subject: string;
  greeting: string;
  greetingAnonymous: string;
  body: string;
  closing: string;
  open: string;
  noneOpen: string;
  action: string;
}

/** Placeholders: {org}, {name}, {from}, {to}, {amount}, {count}. */
const texts: Record<Language, StatementEmailText> = {
  en: {
    subject: 'Your statement of accounts from {org}',
    greeting: 'Hello {name},',
    greetingAnonymous: 'Hello,',
    body: 'Attached is your statement of accounts with {org} for {from} – {to}.',
    closing: 'Balance at the end of the period: {amount}.',
    open: 'Open invoices: {count}. They are attached as well, and you can view and pay them in the portal.',
    noneOpen: 'You have no open invoices. Thank you!',
    action: 'View and pay open invoices',
  },
  de: {
    subject: 'Ihr Kontoauszug von {org}',
    greeting: 'Hallo {name},',
    greetingAnonymous: 'Hallo,',
    body: 'Anbei finden Sie Ihren Kontoauszug bei {org} für den Zeitraum {from} – {to}.',
    closing: 'Saldo am Ende des Zeitraums: {amount}.',
    open: 'Offene Rechnungen: {count}. Sie sind ebenfalls beigefügt; im Portal können Sie sie ansehen und bezahlen.',
    noneOpen: 'Sie haben keine offenen Rechnungen. Vielen Dank!',
    action: 'Offene Rechnungen ansehen und bezahlen',
  },
  fr: {
    subject: 'Votre relevé de compte de {org}',
    greeting: 'Bonjour {name},',
    greetingAnonymous: 'Bonjour,',
    body: 'Vous trouverez ci-joint votre relevé de compte chez {org} pour la période du {from} au {to}.',
    closing: 'Solde en fin de période : {amount}.',
    open: 'Factures ouvertes : {count}. Elles sont également jointes ; vous pouvez les consulter et les payer sur le portail.',
    noneOpen: 'Vous n’avez aucune facture ouverte. Merci !',
    action: 'Voir et payer les factures ouvertes',
  },
  es: {
    subject: 'Su estado de cuenta de {org}',
    greeting: 'Hola, {name}:',
    greetingAnonymous: 'Hola:',
    body: 'Adjuntamos su estado de cuenta con {org} del {from} al {to}.',
    closing: 'Saldo al final del periodo: {amount}.',
    open: 'Facturas pendientes: {count}. También van adjuntas y puede verlas y pagarlas en el portal.',
    noneOpen: 'No tiene facturas pendientes. ¡Gracias!',
    action: 'Ver y pagar las facturas pendientes',
  },
  ja: {
    subject: '{org} からの取引明細書',
    greeting: '{name} 様',
    greetingAnonymous: 'お客様',
    body: '{org} との取引明細書（{from} ～ {to}）を添付いたします。',
    closing: '期間末残高：{amount}',
    open: '未払いの請求書：{count} 件。請求書も添付しております。ポータルで確認・お支払いいただけます。',
    noneOpen: '未払いの請求書はありません。ありがとうございます。',
    action: '未払いの請求書を確認して支払う',
  },
};

export interface StatementEmailInput {
  language: Language;
  organizationName: string;
  brandColor: string;
  recipientName: string | null;
  from: string;
  to: string;
  closingBalanceMinor: number;
  currency: string;
  openInvoiceCount: number;
  payUrl: string;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

function formatDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function renderStatementEmail(input: StatementEmailInput): RenderedEmail {
  const text = texts[input.language];
  const values = {
    org: input.organizationName,
    name: input.recipientName ?? '',
    from: formatDate(input.from, input.language),
    to: formatDate(input.to, input.language),
    amount: formatMoney(input.closingBalanceMinor, input.currency, input.language),
    count: String(input.openInvoiceCount),
  };
  const subject = fill(text.subject, values);
  const greeting = input.recipientName ? fill(text.greeting, values) : text.greetingAnonymous;
  const paragraphs = [fill(text.body, values), fill(text.closing, values), input.openInvoiceCount > 0 ? fill(text.open, values) : text.noneOpen];
  const action = fill(text.action, values);
  const plain = [greeting, '', ...paragraphs.flatMap((p) => [p, '']), `${action}: ${input.payUrl}`, '', `— ${input.organizationName}`].join('\n');
  const color = /^#[0-9a-fA-F]{6}$/.test(input.brandColor) ? input.brandColor : '#1f5fbf';
  const html = `<!doctype html>
<html lang="${input.language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1d2330">
<table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;border-top:4px solid ${color}">
<tr><td style="padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(subject)}</h1>
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p style="margin:24px 0"><a href="${escapeHtml(input.payUrl)}" style="background:${color};color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action)}</a></p>
<p style="font-size:13px;color:#555">— ${escapeHtml(input.organizationName)}</p>
</td></tr></table></body></html>`;
  return { subject, html, text: plain };
}

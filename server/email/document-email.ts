import type { Language } from '../../contract/portal.ts';
import { formatMoney } from '../../contract/money.ts';
import { escapeHtml, type RenderedEmail } from './render.ts';

type Kind = 'estimate' | 'invoice' | 'retainer_invoice' | 'credit_note';

interface DocumentEmailText {
  nouns: Record<Kind, string>;
  subject: string;
  body: string;
  amount: string;
  due: string;
  action: string;
  /** The pay link's button, beside the portal's. */
  pay: string;
  /** Under the buttons when there is a pay link: no password needed, signing in is offered. */
  payHint: string;
  /** Reminders (POST /invoices/{id}/remind): placeholders {org}, {noun}, {number}, {due}. */
  reminderSubject: string;
  reminderBody: string;
  overdueSubject: string;
  overdueBody: string;
  balance: string;
}

/** Placeholders: {org}, {noun}, {number}. */
const texts: Record<Language, DocumentEmailText> = {
  en: {
    nouns: { estimate: 'estimate', invoice: 'invoice', retainer_invoice: 'retainer invoice', credit_note: 'credit note' },
    subject: '{org} sent you {noun} {number}',
    body: '{org} has sent you {noun} {number}. You can view it, download it and act on it in your portal.',
    amount: 'Amount',
    due: 'Due date',
    action: 'View in the portal',
    pay: 'Pay now',
    payHint: 'Pay now opens this invoice’s payment page without a password.',
    reminderSubject: 'Reminder: {noun} {number} from {org}',
    reminderBody: 'This is a friendly reminder that {noun} {number} from {org} is due on {due}.',
    overdueSubject: 'Overdue: {noun} {number} from {org}',
    overdueBody: '{noun} {number} from {org} was due on {due} and is still open.',
    balance: 'Balance due',
  },
  de: {
    nouns: { estimate: 'das Angebot', invoice: 'die Rechnung', retainer_invoice: 'die Vorschussrechnung', credit_note: 'die Gutschrift' },
    subject: '{org} hat Ihnen {noun} {number} geschickt',
    body: '{org} hat Ihnen {noun} {number} geschickt. In Ihrem Portal können Sie sie ansehen, herunterladen und bearbeiten.',
    amount: 'Betrag',
    due: 'Fällig am',
    action: 'Im Portal ansehen',
    pay: 'Jetzt bezahlen',
    payHint: '„Jetzt bezahlen“ öffnet die Zahlungsseite dieser Rechnung ohne Passwort.',
    reminderSubject: 'Erinnerung: {noun} {number} von {org}',
    reminderBody: 'Wir möchten Sie freundlich daran erinnern, dass {noun} {number} von {org} am {due} fällig ist.',
    overdueSubject: 'Überfällig: {noun} {number} von {org}',
    overdueBody: '{noun} {number} von {org} war am {due} fällig und ist noch offen.',
    balance: 'Offener Betrag',
  },
  fr: {
    nouns: { estimate: 'le devis', invoice: 'la facture', retainer_invoice: 'la facture d’acompte', credit_note: 'l’avoir' },
    subject: '{org} vous a envoyé {noun} {number}',
    body: '{org} vous a envoyé {noun} {number}. Vous pouvez le consulter, le télécharger et y donner suite dans votre portail.',
    amount: 'Montant',
    due: 'Échéance',
    action: 'Voir dans le portail',
    pay: 'Payer maintenant',
    payHint: '« Payer maintenant » ouvre la page de paiement de cette facture sans mot de passe.',
    reminderSubject: 'Rappel : {noun} {number} de {org}',
    reminderBody: 'Nous vous rappelons que {noun} {number} de {org} arrive à échéance le {due}.',
    overdueSubject: 'En retard : {noun} {number} de {org}',
    overdueBody: '{noun} {number} de {org} était à régler le {due} et reste impayée.',
    balance: 'Solde dû',
  },
  es: {
    nouns: { estimate: 'el presupuesto', invoice: 'la factura', retainer_invoice: 'la factura de anticipo', credit_note: 'la nota de crédito' },
    subject: '{org} le ha enviado {noun} {number}',
    body: '{org} le ha enviado {noun} {number}. Puede verlo, descargarlo y gestionarlo en su portal.',
    amount: 'Importe',
    due: 'Vencimiento',
    action: 'Ver en el portal',
    pay: 'Pagar ahora',
    payHint: '«Pagar ahora» abre la página de pago de esta factura sin contraseña.',
    reminderSubject: 'Recordatorio: {noun} {number} de {org}',
    reminderBody: 'Le recordamos que {noun} {number} de {org} vence el {due}.',
    overdueSubject: 'Vencida: {noun} {number} de {org}',
    overdueBody: '{noun} {number} de {org} venció el {due} y sigue pendiente.',
    balance: 'Saldo pendiente',
  },
  ja: {
    nouns: { estimate: '見積書', invoice: '請求書', retainer_invoice: '前受金請求書', credit_note: 'クレジットノート' },
    subject: '{org} から{noun} {number} が届きました',
    body: '{org} から{noun} {number} が届きました。ポータルで確認、ダウンロード、手続きができます。',
    amount: '金額',
    due: '支払期日',
    action: 'ポータルで見る',
    pay: '今すぐ支払う',
    payHint: '「今すぐ支払う」から、パスワードなしでこの請求書の支払いページを開けます。',
    reminderSubject: 'リマインダー：{org} の{noun} {number}',
    reminderBody: '{org} の{noun} {number} の支払期日は {due} です。',
    overdueSubject: '支払期日超過：{org} の{noun} {number}',
    overdueBody: '{org} の{noun} {number} は {due} が支払期日でしたが、まだ未払いです。',
    balance: '未払残高',
  },
};

export interface DocumentEmailInput {
  language: Language;
  kind: Kind;
  number: string;
  organizationName: string;
  brandColor: string;
  totalMinor: number;
  currency: string;
  dueDate: string | null;
  url: string;
  /** The signed pay link (invoices and retainer invoices with a balance, for contacts who may pay). */
  payUrl?: string | undefined;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function calendarDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

interface Layout {
  language: Language;
  subject: string;
  body: string;
  facts: string[];
  url: string;
  payUrl?: string | undefined;
  organizationName: string;
  brandColor: string;
}

function layout(input: Layout, text: DocumentEmailText): RenderedEmail {
  const color = /^#[0-9a-fA-F]{6}$/.test(input.brandColor) ? input.brandColor : '#1f5fbf';
  const button = (href: string, label: string, primary: boolean) =>
    `<a href="${escapeHtml(href)}" style="${primary ? `background:${color};color:#fff;` : `background:#fff;color:${color};border:2px solid ${color};`}padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block;margin:0 8px 8px 0;font-weight:600">${escapeHtml(label)}</a>`;
  // With a pay link, paying is the main action and the portal the second one.
  const buttons = input.payUrl ? [button(input.payUrl, text.pay, true), button(input.url, text.action, false)] : [button(input.url, text.action, true)];
  const html = `<!doctype html>
<html lang="${input.language}"><head><meta charset="utf-8"><title>${escapeHtml(input.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1d2330">
<table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;border-top:4px solid ${color}">
<tr><td style="padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(input.subject)}</h1>
<p>${escapeHtml(input.body)}</p>
${input.facts.map((fact) => `<p style="margin:4px 0"><strong>${escapeHtml(fact)}</strong></p>`).join('\n')}
<p style="margin:24px 0 16px">${buttons.join('')}</p>
${input.payUrl ? `<p style="font-size:13px;color:#555">${escapeHtml(text.payHint)}</p>` : ''}
<p style="font-size:13px;color:#555">— ${escapeHtml(input.organizationName)}</p>
</td></tr></table></body></html>`;
  const links = [...(input.payUrl ? [`${text.pay}: ${input.payUrl}`] : []), `${text.action}: ${input.url}`];
  const plain = [input.body, '', ...input.facts, '', ...links, ...(input.payUrl ? ['', text.payHint] : []), '', `— ${input.organizationName}`].join('\n');
  return { subject: input.subject, html, text: plain };
}

export function renderDocumentEmail(input: DocumentEmailInput): RenderedEmail {
  const text = texts[input.language];
  const values = { org: input.organizationName, noun: text.nouns[input.kind], number: input.number };
  const amount = formatMoney(input.totalMinor, input.currency, input.language);
  const facts = [`${text.amount}: ${amount}`, ...(input.dueDate ? [`${text.due}: ${calendarDate(input.dueDate, input.language)}`] : [])];
  return layout({ ...input, subject: fill(text.subject, values), body: fill(text.body, values), facts }, text);
}

export interface ReminderEmailInput extends DocumentEmailInput {
  balanceMinor: number;
  /** Past its due date in the organization's calendar. */
  overdue: boolean;
}

/** A reminder of an open invoice: its balance, its due date and, where given, the pay link. */
export function renderReminderEmail(input: ReminderEmailInput): RenderedEmail {
  const text = texts[input.language];
  const due = input.dueDate ? calendarDate(input.dueDate, input.language) : '';
  const values = { org: input.organizationName, noun: text.nouns[input.kind], number: input.number, due };
  const subjectTemplate = input.overdue ? text.overdueSubject : text.reminderSubject;
  // Without a due date there is nothing to be overdue or due on: the reminder says it was sent.
  const body = input.dueDate ? capitalized(fill(input.overdue ? text.overdueBody : text.reminderBody, values)) : fill(text.body, values);
  const facts = [
    `${text.balance}: ${formatMoney(input.balanceMinor, input.currency, input.language)}`,
    `${text.amount}: ${formatMoney(input.totalMinor, input.currency, input.language)}`,
    ...(input.dueDate ? [`${text.due}: ${due}`] : []),
  ];
  return layout({ ...input, subject: fill(subjectTemplate, values), body, facts }, text);
}

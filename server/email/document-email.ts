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
  },
  de: {
    nouns: { estimate: 'das Angebot', invoice: 'die Rechnung', retainer_invoice: 'die Vorschussrechnung', credit_note: 'die Gutschrift' },
    subject: '{org} hat Ihnen {noun} {number} geschickt',
    body: '{org} hat Ihnen {noun} {number} geschickt. In Ihrem Portal können Sie sie ansehen, herunterladen und bearbeiten.',
    amount: 'Betrag',
    due: 'Fällig am',
    action: 'Im Portal ansehen',
  },
  fr: {
    nouns: { estimate: 'le devis', invoice: 'la facture', retainer_invoice: 'la facture d’acompte', credit_note: 'l’avoir' },
    subject: '{org} vous a envoyé {noun} {number}',
    body: '{org} vous a envoyé {noun} {number}. Vous pouvez le consulter, le télécharger et y donner suite dans votre portail.',
    amount: 'Montant',
    due: 'Échéance',
    action: 'Voir dans le portail',
  },
  es: {
    nouns: { estimate: 'el presupuesto', invoice: 'la factura', retainer_invoice: 'la factura de anticipo', credit_note: 'la nota de crédito' },
    subject: '{org} le ha enviado {noun} {number}',
    body: '{org} le ha enviado {noun} {number}. Puede verlo, descargarlo y gestionarlo en su portal.',
    amount: 'Importe',
    due: 'Vencimiento',
    action: 'Ver en el portal',
  },
  ja: {
    nouns: { estimate: '見積書', invoice: '請求書', retainer_invoice: '前受金請求書', credit_note: 'クレジットノート' },
    subject: '{org} から{noun} {number} が届きました',
    body: '{org} から{noun} {number} が届きました。ポータルで確認、ダウンロード、手続きができます。',
    amount: '金額',
    due: '支払期日',
    action: 'ポータルで見る',
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
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);

export function renderDocumentEmail(input: DocumentEmailInput): RenderedEmail {
  const text = texts[input.language];
  const values = { org: input.organizationName, noun: text.nouns[input.kind], number: input.number };
  const subject = fill(text.subject, values);
  const body = fill(text.body, values);
  const amount = formatMoney(input.totalMinor, input.currency, input.language);
  const due = input.dueDate ? new Intl.DateTimeFormat(input.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${input.dueDate}T00:00:00Z`)) : undefined;
  const facts = [`${text.amount}: ${amount}`, ...(due ? [`${text.due}: ${due}`] : [])];
  const color = /^#[0-9a-fA-F]{6}$/.test(input.brandColor) ? input.brandColor : '#1f5fbf';
  const html = `<!doctype html>
<html lang="${input.language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1d2330">
<table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;border-top:4px solid ${color}">
<tr><td style="padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(subject)}</h1>
<p>${escapeHtml(body)}</p>
${facts.map((fact) => `<p style="margin:4px 0"><strong>${escapeHtml(fact)}</strong></p>`).join('\n')}
<p style="margin:24px 0"><a href="${escapeHtml(input.url)}" style="background:${color};color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(text.action)}</a></p>
<p style="font-size:13px;color:#555">— ${escapeHtml(input.organizationName)}</p>
</td></tr></table></body></html>`;
  return { subject, html, text: [body, '', ...facts, '', `${text.action}: ${input.url}`, '', `— ${input.organizationName}`].join('\n') };
}

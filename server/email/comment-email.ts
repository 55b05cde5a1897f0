import type { Language } from '../../contract/portal.ts';
import type { DocumentKind } from '../db/billing-tables.ts';
import { emailCatalogues } from './messages.ts';
import { escapeHtml, type RenderedEmail } from './render.ts';

interface CommentText {
  subject: string;
  intro: string;
  action: string;
  kinds: Record<DocumentKind | 'sales_order' | 'project', string>;
}

/** Placeholders: {number}, {doc}, {author}, {org}. */
const texts: Record<Language, CommentText> = {
  en: {
    subject: 'New comment on {number}',
    intro: '{author} of {org} commented on {doc} {number}:',
    action: 'View and reply',
    kinds: { invoice: 'invoice', retainer_invoice: 'retainer invoice', estimate: 'estimate', credit_note: 'credit note', sales_order: 'sales order', project: 'project' },
  },
  de: {
    subject: 'Neuer Kommentar zu {number}',
    intro: '{author} von {org} hat {doc} {number} kommentiert:',
    action: 'Ansehen und antworten',
    kinds: { invoice: 'Rechnung', retainer_invoice: 'Vorschussrechnung', estimate: 'Angebot', credit_note: 'Gutschrift', sales_order: 'Auftrag', project: 'das Projekt' },
  },
  fr: {
    subject: 'Nouveau commentaire sur {number}',
    intro: '{author} ({org}) a commenté {doc} {number} :',
    action: 'Voir et répondre',
    kinds: { invoice: 'la facture', retainer_invoice: 'la facture d’acompte', estimate: 'le devis', credit_note: 'l’avoir', sales_order: 'la commande', project: 'le projet' },
  },
  es: {
    subject: 'Nuevo comentario en {number}',
    intro: '{author} de {org} comentó {doc} {number}:',
    action: 'Ver y responder',
    kinds: { invoice: 'la factura', retainer_invoice: 'la factura de anticipo', estimate: 'el presupuesto', credit_note: 'la nota de crédito', sales_order: 'el pedido', project: 'el proyecto' },
  },
  ja: {
    subject: '{number} に新しいコメントがあります',
    intro: '{org} の {author} さんが{doc} {number} にコメントしました:',
    action: '表示して返信',
    kinds: { invoice: '請求書', retainer_invoice: '前受金請求書', estimate: '見積書', credit_note: 'クレジットノート', sales_order: '注文', project: 'プロジェクト' },
  },
};

export interface CommentEmailInput {
  language: Language;
  organizationName: string;
  brandColor: string;
  recipientName: string | null;
  authorName: string;
  documentKind: DocumentKind | 'sales_order' | 'project';
  documentNumber: string;
  /** Plain text as the author wrote it; escaped here for the HTML part. */
  body: string;
  documentUrl: string;
  portalUrl: string;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

/** "New comment on INV-000001": a staff comment shown in the portal, mailed to the customer's contacts. */
export function renderCommentEmail(input: CommentEmailInput): RenderedEmail {
  const text = texts[input.language];
  const catalogue = emailCatalogues[input.language];
  const values = { number: input.documentNumber, doc: text.kinds[input.documentKind], author: input.authorName, org: input.organizationName, name: input.recipientName ?? '' };
  const greeting = input.recipientName ? fill(catalogue.greeting, values) : catalogue.greetingAnonymous;
  const subject = fill(text.subject, values);
  const intro = fill(text.intro, values);
  const quoted = input.body
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  const plain = [greeting, '', intro, '', quoted, '', `${text.action}: ${input.documentUrl}`, '', `${catalogue.portalLink}${input.portalUrl}`, `— ${input.organizationName}`].join('\n');
  const color = /^#[0-9a-fA-F]{6}$/.test(input.brandColor) ? input.brandColor : '#1f5fbf';
  const html = `<!doctype html>
<html lang="${input.language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1d2330">
<table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;border-top:4px solid ${color}">
<tr><td style="padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(subject)}</h1>
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(intro)}</p>
<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:3px solid ${color};white-space:pre-line">${escapeHtml(input.body)}</blockquote>
<p style="margin:24px 0"><a href="${escapeHtml(input.documentUrl)}" style="background:${color};color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(text.action)}</a></p>
<p style="font-size:13px;color:#555">${escapeHtml(catalogue.portalLink)}<a href="${escapeHtml(input.portalUrl)}">${escapeHtml(input.portalUrl)}</a></p>
<p style="font-size:13px;color:#555">— ${escapeHtml(input.organizationName)}</p>
</td></tr></table></body></html>`;
  return { subject, html, text: plain };
}

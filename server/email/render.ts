import { formatDateTimeIn } from '../../contract/calendar.ts';
import type { Language } from '../../contract/portal.ts';
import { emailCatalogues, type EmailKind } from './messages.ts';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface ActionEmailInput {
  kind: EmailKind;
  language: Language;
  organizationName: string;
  brandColor: string;
  recipientName: string | null;
  actionUrl: string;
  portalUrl: string;
  expiresAt: Date;
  /** The organization's time zone, in which the expiry is written. */
  timeZone: string;
  /** The organization's own wording (invitation), shown above the standard text. */
  customMessage?: string;
  customSubject?: string;
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

const safeColor = (color: string) => (/^#[0-9a-fA-F]{6}$/.test(color) ? color : '#1f5fbf');

/** An email with one call to action, in the recipient's language, as HTML and plain text. */
export function renderActionEmail(input: ActionEmailInput): RenderedEmail {
  const catalogue = emailCatalogues[input.language];
  const text = catalogue.emails[input.kind];
  const expiry = formatDateTimeIn(input.expiresAt, input.language, input.timeZone);
  const values = { org: input.organizationName, name: input.recipientName ?? '', expiry };
  const greeting = input.recipientName ? fill(catalogue.greeting, values) : catalogue.greetingAnonymous;
  const subject = input.customSubject ? fill(input.customSubject, values) : fill(text.subject, values);
  const paragraphs = [input.customMessage ? fill(input.customMessage, values) : undefined, fill(text.body, values)].filter(
    (p): p is string => Boolean(p),
  );
  const plain = [
    greeting,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    `${fill(text.action, values)}: ${input.actionUrl}`,
    '',
    fill(text.expiry, values),
    catalogue.ignore,
    '',
    `${catalogue.portalLink}${input.portalUrl}`,
    `— ${input.organizationName}`,
  ].join('\n');
  const color = safeColor(input.brandColor);
  const html = `<!doctype html>
<html lang="${input.language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1d2330">
<table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;border-top:4px solid ${color}">
<tr><td style="padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(fill(text.heading, values))}</h1>
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((p) => `<p style="white-space:pre-line">${escapeHtml(p)}</p>`).join('\n')}
<p style="margin:24px 0"><a href="${escapeHtml(input.actionUrl)}" style="background:${color};color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(fill(text.action, values))}</a></p>
<p style="font-size:13px;color:#555">${escapeHtml(fill(text.expiry, values))}<br>${escapeHtml(catalogue.ignore)}</p>
<p style="font-size:13px;color:#555">${escapeHtml(catalogue.portalLink)}<a href="${escapeHtml(input.portalUrl)}">${escapeHtml(input.portalUrl)}</a></p>
<p style="font-size:13px;color:#555">— ${escapeHtml(input.organizationName)}</p>
</td></tr></table></body></html>`;
  return { subject, html, text: plain };
}

/** The organization's own lines of every customer-facing email (portal settings), plain text. */
export interface EmailBranding {
  headerText: string;
  footerText: string;
}

/**
 * Puts the organization's header line above and its footer lines below a rendered email, in the HTML
 * (escaped, line breaks kept) and in the plain text. The one place where every customer-facing email
 * gets them: the outbox applies it when it queues such a mail, so no template carries a copy.
 */
export function applyEmailBranding(mail: RenderedEmail, branding: EmailBranding): RenderedEmail {
  const header = branding.headerText.trim();
  const footer = branding.footerText.trim();
  if (!header && !footer) return mail;
  const block = (value: string, style: string) =>
    `<div style="max-width:560px;margin:0 auto;${style};font-size:13px;color:#555;white-space:pre-line">${escapeHtml(value)}</div>`;
  let html = mail.html;
  if (header) html = html.replace(/<body[^>]*>/, (body) => `${body}\n${block(header, 'padding:0 0 12px')}`);
  // Replacer functions, so that a `$&` or `$'` in the organization's text stays text.
  if (footer) html = html.replace(/<\/body>(?![\s\S]*<\/body>)/, () => `${block(footer, 'padding:12px 0 0')}\n</body>`);
  const text = [...(header ? [header, ''] : []), mail.text, ...(footer ? ['', '--', footer] : [])].join('\n');
  return { ...mail, html, text };
}

import { formatDateTimeIn } from '../../contract/calendar.ts';
import type { Language } from '../../contract/portal.ts';
import { escapeHtml, type RenderedEmail } from './render.ts';

interface NoticeText {
  open: string;
  /** Placeholders: {org}. */
  footer: string;
  /** Placeholders: {time}, {ip}. */
  from: string;
}

const texts: Record<Language, NoticeText> = {
  en: { open: 'Open in Portico', footer: 'Portico for {org}', from: '{time} · from {ip}' },
  de: { open: 'In Portico öffnen', footer: 'Portico für {org}', from: '{time} · von {ip}' },
  fr: { open: 'Ouvrir dans Portico', footer: 'Portico pour {org}', from: '{time} · depuis {ip}' },
  es: { open: 'Abrir en Portico', footer: 'Portico para {org}', from: '{time} · desde {ip}' },
  ja: { open: 'Portico で開く', footer: '{org} の Portico', from: '{time}・{ip} から' },
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

export interface StaffNotificationEmailInput {
  language: Language;
  organizationName: string;
  brandColor: string;
  /** The event, already in the recipient's language: the subject and the first line. */
  message: string;
  at: Date;
  /** The organization's time zone, in which the time is written. */
  timeZone: string;
  ip: string | null;
  linkUrl?: string | undefined;
}

/** A staff member's email about a portal event, in that staff member's language. */
export function renderStaffNotificationEmail(input: StaffNotificationEmailInput): RenderedEmail {
  const text = texts[input.language];
  const time = formatDateTimeIn(input.at, input.language, input.timeZone);
  const when = input.ip ? fill(text.from, { time, ip: input.ip }) : time;
  const footer = fill(text.footer, { org: input.organizationName });
  const plain = [input.message, when, '', ...(input.linkUrl ? [`${text.open}: ${input.linkUrl}`] : []), `— ${footer}`].join('\n');
  const color = /^#[0-9a-fA-F]{6}$/.test(input.brandColor) ? input.brandColor : '#1f5fbf';
  const html = `<!doctype html>
<html lang="${input.language}"><head><meta charset="utf-8"><title>${escapeHtml(input.message)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1d2330">
<table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;border-top:4px solid ${color}">
<tr><td style="padding:24px">
<h1 style="font-size:18px;margin:0 0 16px">${escapeHtml(input.message)}</h1>
<p style="font-size:13px;color:#555">${escapeHtml(when)}</p>
${input.linkUrl ? `<p><a href="${escapeHtml(input.linkUrl)}">${escapeHtml(text.open)}</a></p>` : ''}
<p style="font-size:13px;color:#555">— ${escapeHtml(footer)}</p>
</td></tr></table></body></html>`;
  return { subject: input.message, html, text: plain };
}

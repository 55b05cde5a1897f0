import { activityActionLabel, activityModuleLabel } from '../../../contract/activity-labels.ts';
import type { Language } from '../../../contract/portal.ts';
import { escapeHtml, type RenderedEmail } from '../../email/render.ts';

interface DigestText {
  /** Placeholders: {day}. */
  daily: string;
  /** Placeholders: {from}, {to}. */
  weekly: string;
  /** Placeholders: {count}. */
  total: string;
  module: string;
  action: string;
  count: string;
  customers: string;
  open: string;
  /** Placeholders: {org}. */
  footer: string;
  why: string;
}

const texts: Record<Language, DigestText> = {
  en: {
    daily: 'Portal activity on {day}',
    weekly: 'Portal activity from {from} to {to}',
    total: '{count} activities in the portal',
    module: 'Module',
    action: 'Activity',
    count: 'Count',
    customers: 'Most active customers',
    open: 'Open the report',
    footer: 'Portico for {org}',
    why: 'You receive this digest because you chose it in your profile in Portico.',
  },
  de: {
    daily: 'Portal-Aktivität am {day}',
    weekly: 'Portal-Aktivität vom {from} bis {to}',
    total: '{count} Aktivitäten im Portal',
    module: 'Bereich',
    action: 'Aktivität',
    count: 'Anzahl',
    customers: 'Aktivste Kunden',
    open: 'Bericht öffnen',
    footer: 'Portico für {org}',
    why: 'Sie erhalten diese Übersicht, weil Sie sie in Ihrem Profil in Portico gewählt haben.',
  },
  fr: {
    daily: 'Activité du portail le {day}',
    weekly: 'Activité du portail du {from} au {to}',
    total: '{count} activités dans le portail',
    module: 'Module',
    action: 'Activité',
    count: 'Nombre',
    customers: 'Clients les plus actifs',
    open: 'Ouvrir le rapport',
    footer: 'Portico pour {org}',
    why: 'Vous recevez ce résumé parce que vous l’avez choisi dans votre profil Portico.',
  },
  es: {
    daily: 'Actividad del portal el {day}',
    weekly: 'Actividad del portal del {from} al {to}',
    total: '{count} actividades en el portal',
    module: 'Módulo',
    action: 'Actividad',
    count: 'Cantidad',
    customers: 'Clientes más activos',
    open: 'Abrir el informe',
    footer: 'Portico para {org}',
    why: 'Recibe este resumen porque lo eligió en su perfil de Portico.',
  },
  ja: {
    daily: '{day} のポータルアクティビティ',
    weekly: '{from}〜{to} のポータルアクティビティ',
    total: 'ポータルでのアクティビティ {count} 件',
    module: 'モジュール',
    action: 'アクティビティ',
    count: '件数',
    customers: '最もアクティブな顧客',
    open: 'レポートを開く',
    footer: '{org} の Portico',
    why: 'Portico のプロフィールで選択したため、このダイジェストをお送りしています。',
  },
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

/** A calendar day (YYYY-MM-DD) as people of `language` write it: "2 December 2026", "2. Dezember 2026". */
export function formatDay(day: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export interface DigestEmailInput {
  language: Language;
  organizationName: string;
  brandColor: string;
  preference: 'daily' | 'weekly';
  from: string;
  to: string;
  total: number;
  rows: { module: string; action: string; count: number }[];
  customers: { display_name: string; count: number }[];
  reportUrl: string;
}

/** A staff member's digest of portal activity over a day or a week, in that staff member's language. */
export function renderActivityDigestEmail(input: DigestEmailInput): RenderedEmail {
  const text = texts[input.language];
  const number = new Intl.NumberFormat(input.language);
  const subject = input.preference === 'daily' ? fill(text.daily, { day: formatDay(input.from, input.language) }) : fill(text.weekly, { from: formatDay(input.from, input.language), to: formatDay(input.to, input.language) });
  const total = fill(text.total, { count: number.format(input.total) });
  const footer = fill(text.footer, { org: input.organizationName });
  const lines = input.rows.map((row) => ({ module: activityModuleLabel(input.language, row.module), action: activityActionLabel(input.language, row.action), count: number.format(row.count) }));
  const plain = [
    subject,
    total,
    '',
    ...lines.map((line) => `${line.module} · ${line.action}: ${line.count}`),
    ...(input.customers.length > 0 ? ['', `${text.customers}:`, ...input.customers.map((customer) => `${customer.display_name}: ${number.format(customer.count)}`)] : []),
    '',
    `${text.open}: ${input.reportUrl}`,
    '',
    text.why,
    `— ${footer}`,
  ].join('\n');
  const color = /^#[0-9a-fA-F]{6}$/.test(input.brandColor) ? input.brandColor : '#1f5fbf';
  const cell = 'style="padding:4px 8px;border-bottom:1px solid #e5e7eb;text-align:left"';
  const numberCell = 'style="padding:4px 8px;border-bottom:1px solid #e5e7eb;text-align:right"';
  const html = `<!doctype html>
<html lang="${input.language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1d2330">
<table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;border-top:4px solid ${color}">
<tr><td style="padding:24px">
<h1 style="font-size:18px;margin:0 0 8px">${escapeHtml(subject)}</h1>
<p style="margin:0 0 16px">${escapeHtml(total)}</p>
<table style="border-collapse:collapse;width:100%;font-size:14px">
<thead><tr><th ${cell}>${escapeHtml(text.module)}</th><th ${cell}>${escapeHtml(text.action)}</th><th ${numberCell}>${escapeHtml(text.count)}</th></tr></thead>
<tbody>${lines.map((line) => `<tr><td ${cell}>${escapeHtml(line.module)}</td><td ${cell}>${escapeHtml(line.action)}</td><td ${numberCell}>${escapeHtml(line.count)}</td></tr>`).join('')}</tbody>
</table>
${
  input.customers.length > 0
    ? `<h2 style="font-size:15px;margin:20px 0 8px">${escapeHtml(text.customers)}</h2><ol style="margin:0;padding-left:20px;font-size:14px">${input.customers.map((customer) => `<li>${escapeHtml(customer.display_name)}: ${escapeHtml(number.format(customer.count))}</li>`).join('')}</ol>`
    : ''
}
<p style="margin:20px 0"><a href="${escapeHtml(input.reportUrl)}">${escapeHtml(text.open)}</a></p>
<p style="font-size:12px;color:#555">${escapeHtml(text.why)}<br>— ${escapeHtml(footer)}</p>
</td></tr></table></body></html>`;
  return { subject, html, text: plain };
}

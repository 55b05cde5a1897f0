import type { Language } from '../../../contract/portal.ts';
import type { EventMessage } from '../../../contract/messages/message-codes.ts';
import { renderMessage } from '../../../contract/messages/render.ts';
import { escapeHtml, type RenderedEmail } from '../../email/render.ts';

/**
 * The two emails of time approval, to the customer's contacts: "time is waiting for your approval"
 * (staff submitted entries) and "your query was answered". The sentence is the stored message of the
 * event (contract/messages, five languages); around it only a subject, a greeting and the button.
 */
interface ApprovalMailText {
  submittedSubject: string;
  answeredSubject: string;
  greeting: string;
  greetingAnonymous: string;
  review: string;
}

/** Placeholders: {org}, {project}, {name}. */
const texts: Record<Language, ApprovalMailText> = {
  en: {
    submittedSubject: 'Time on {project} is waiting for your approval',
    answeredSubject: '{org} answered your query about time on {project}',
    greeting: 'Hello {name},',
    greetingAnonymous: 'Hello,',
    review: 'Review the time in the portal',
  },
  de: {
    submittedSubject: 'Zeiten im Projekt {project} warten auf Ihre Freigabe',
    answeredSubject: '{org} hat Ihre Rückfrage zu Zeiten im Projekt {project} beantwortet',
    greeting: 'Hallo {name},',
    greetingAnonymous: 'Hallo,',
    review: 'Zeiten im Portal prüfen',
  },
  fr: {
    submittedSubject: 'Du temps sur {project} attend votre approbation',
    answeredSubject: '{org} a répondu à votre question sur le temps de {project}',
    greeting: 'Bonjour {name},',
    greetingAnonymous: 'Bonjour,',
    review: 'Vérifier le temps dans le portail',
  },
  es: {
    submittedSubject: 'Hay tiempo de {project} pendiente de su aprobación',
    answeredSubject: '{org} respondió su consulta sobre el tiempo de {project}',
    greeting: 'Hola {name}:',
    greetingAnonymous: 'Hola:',
    review: 'Revisar el tiempo en el portal',
  },
  ja: {
    submittedSubject: '{project} の作業時間の承認をお願いします',
    answeredSubject: '{org} が {project} の作業時間についてのお問い合わせに回答しました',
    greeting: '{name} 様',
    greetingAnonymous: 'お客様各位',
    review: 'ポータルで作業時間を確認する',
  },
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);

export interface ApprovalMailInput {
  kind: 'submitted' | 'answered';
  language: Language;
  organizationName: string;
  brandColor: string;
  recipientName: string | null;
  projectName: string;
  message: EventMessage;
  projectUrl: string;
}

export function renderApprovalEmail(input: ApprovalMailInput): RenderedEmail {
  const text = texts[input.language];
  const values = { org: input.organizationName, project: input.projectName, name: input.recipientName ?? '' };
  const subject = fill(input.kind === 'submitted' ? text.submittedSubject : text.answeredSubject, values);
  const greeting = input.recipientName ? fill(text.greeting, values) : text.greetingAnonymous;
  const body = renderMessage(input.language, input.message, 'customer');
  const color = /^#[0-9a-fA-F]{6}$/.test(input.brandColor) ? input.brandColor : '#1f5fbf';
  const html = `<!doctype html>
<html lang="${input.language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1d2330">
<table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;border-top:4px solid ${color}">
<tr><td style="padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(subject)}</h1>
<p>${escapeHtml(greeting)}</p>
<p style="white-space:pre-line">${escapeHtml(body)}</p>
<p style="margin:24px 0"><a href="${escapeHtml(input.projectUrl)}" style="background:${color};color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block;font-weight:600">${escapeHtml(text.review)}</a></p>
<p style="font-size:13px;color:#555">— ${escapeHtml(input.organizationName)}</p>
</td></tr></table></body></html>`;
  const plain = [greeting, '', body, '', `${text.review}: ${input.projectUrl}`, '', `— ${input.organizationName}`].join('\n');
  return { subject, html, text: plain };
}

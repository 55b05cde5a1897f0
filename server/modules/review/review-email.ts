/** The mail telling a contact the business replied to their review, in the contact's language. Pure. */
import type { Language } from '../../../contract/portal.ts';
import { escapeHtml, type RenderedEmail } from '../../email/render.ts';

interface ReplyEmailText {
  subject: string;
  greeting: string;
  greetingAnonymous: string;
  body: string;
  yourReview: string;
  reply: string;
  action: string;
}

/** Placeholders: {org}, {name}, {rating}. */
const texts: Record<Language, ReplyEmailText> = {
  en: {
    subject: '{org} replied to your review',
    greeting: 'Hello {name},',
    greetingAnonymous: 'Hello,',
    body: 'Thank you for your review. {org} has replied to it.',
    yourReview: 'Your review ({rating} of 5 stars)',
    reply: 'Reply from {org}',
    action: 'See your reviews in the portal',
  },
  de: {
    subject: '{org} hat auf Ihre Bewertung geantwortet',
    greeting: 'Hallo {name},',
    greetingAnonymous: 'Hallo,',
    body: 'Vielen Dank für Ihre Bewertung. {org} hat darauf geantwortet.',
    yourReview: 'Ihre Bewertung ({rating} von 5 Sternen)',
    reply: 'Antwort von {org}',
    action: 'Ihre Bewertungen im Portal ansehen',
  },
  fr: {
    subject: '{org} a répondu à votre avis',
    greeting: 'Bonjour {name},',
    greetingAnonymous: 'Bonjour,',
    body: 'Merci pour votre avis. {org} y a répondu.',
    yourReview: 'Votre avis ({rating} étoiles sur 5)',
    reply: 'Réponse de {org}',
    action: 'Voir vos avis dans le portail',
  },
  es: {
    subject: '{org} ha respondido a su reseña',
    greeting: 'Hola {name}:',
    greetingAnonymous: 'Hola:',
    body: 'Gracias por su reseña. {org} le ha respondido.',
    yourReview: 'Su reseña ({rating} de 5 estrellas)',
    reply: 'Respuesta de {org}',
    action: 'Ver sus reseñas en el portal',
  },
  ja: {
    subject: '{org} からレビューへの返信が届きました',
    greeting: '{name} 様',
    greetingAnonymous: 'お客様',
    body: 'レビューをお寄せいただきありがとうございます。{org} から返信がありました。',
    yourReview: 'あなたのレビュー（5段階中 {rating}）',
    reply: '{org} からの返信',
    action: 'ポータルでレビューを見る',
  },
};

export interface ReviewReplyEmailInput {
  language: Language;
  organizationName: string;
  brandColor: string;
  recipientName: string | null;
  rating: number;
  review: string;
  reply: string;
  reviewsUrl: string;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);

export function renderReviewReplyEmail(input: ReviewReplyEmailInput): RenderedEmail {
  const text = texts[input.language];
  const values = { org: input.organizationName, name: input.recipientName ?? '', rating: String(input.rating) };
  const subject = fill(text.subject, values);
  const greeting = input.recipientName ? fill(text.greeting, values) : text.greetingAnonymous;
  const body = fill(text.body, values);
  const yourReview = fill(text.yourReview, values);
  const replyHeading = fill(text.reply, values);
  const action = fill(text.action, values);
  const plain = [greeting, '', body, '', `${yourReview}:`, input.review, '', `${replyHeading}:`, input.reply, '', `${action}: ${input.reviewsUrl}`, '', `— ${input.organizationName}`].join('\n');
  const color = /^#[0-9a-fA-F]{6}$/.test(input.brandColor) ? input.brandColor : '#1f5fbf';
  const quote = (value: string) => `<blockquote style="margin:4px 0 16px;padding:8px 12px;border-left:3px solid #d0d5dd;white-space:pre-wrap">${escapeHtml(value)}</blockquote>`;
  const html = `<!doctype html>
<html lang="${input.language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1d2330">
<table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;border-top:4px solid ${color}">
<tr><td style="padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(subject)}</h1>
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(body)}</p>
<p style="margin:16px 0 0"><strong>${escapeHtml(yourReview)}</strong></p>
${quote(input.review)}
<p style="margin:0"><strong>${escapeHtml(replyHeading)}</strong></p>
${quote(input.reply)}
<p style="margin:24px 0"><a href="${escapeHtml(input.reviewsUrl)}" style="background:${color};color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action)}</a></p>
<p style="font-size:13px;color:#555">— ${escapeHtml(input.organizationName)}</p>
</td></tr></table></body></html>`;
  return { subject, html, text: plain };
}

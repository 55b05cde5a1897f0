import type { Language } from '../../contract/portal.ts';
import { escapeHtml, type RenderedEmail } from './render.ts';

interface ShipmentEmailText {
  subject: string;
  body: string;
  package: string;
  carrier: string;
  trackingNumber: string;
  shippedOn: string;
  items: string;
  track: string;
  view: string;
}

/** Placeholders: {org}, {order}, {package}, {carrier}. */
const texts: Record<Language, ShipmentEmailText> = {
  en: {
    subject: 'Your order {order} from {org} has shipped',
    body: 'Good news: package {package} of your order {order} is on its way with {carrier}.',
    package: 'Package',
    carrier: 'Carrier',
    trackingNumber: 'Tracking number',
    shippedOn: 'Shipped on',
    items: 'In this package',
    track: 'Track your package',
    view: 'View the order in the portal',
  },
  de: {
    subject: 'Ihre Bestellung {order} bei {org} wurde versandt',
    body: 'Gute Nachrichten: Das Paket {package} Ihrer Bestellung {order} ist mit {carrier} unterwegs.',
    package: 'Paket',
    carrier: 'Versanddienst',
    trackingNumber: 'Sendungsnummer',
    shippedOn: 'Versandt am',
    items: 'In diesem Paket',
    track: 'Sendung verfolgen',
    view: 'Bestellung im Portal ansehen',
  },
  fr: {
    subject: 'Votre commande {order} chez {org} a été expédiée',
    body: 'Bonne nouvelle : le colis {package} de votre commande {order} est en route avec {carrier}.',
    package: 'Colis',
    carrier: 'Transporteur',
    trackingNumber: 'Numéro de suivi',
    shippedOn: 'Expédié le',
    items: 'Dans ce colis',
    track: 'Suivre votre colis',
    view: 'Voir la commande dans le portail',
  },
  es: {
    subject: 'Su pedido {order} de {org} ha sido enviado',
    body: 'Buenas noticias: el paquete {package} de su pedido {order} está en camino con {carrier}.',
    package: 'Paquete',
    carrier: 'Transportista',
    trackingNumber: 'Número de seguimiento',
    shippedOn: 'Enviado el',
    items: 'En este paquete',
    track: 'Seguir su paquete',
    view: 'Ver el pedido en el portal',
  },
  ja: {
    subject: '{org} のご注文 {order} を発送しました',
    body: 'ご注文 {order} の荷物 {package} を {carrier} で発送しました。',
    package: '荷物番号',
    carrier: '配送業者',
    trackingNumber: '追跡番号',
    shippedOn: '発送日',
    items: 'この荷物の内容',
    track: '荷物を追跡する',
    view: 'ポータルで注文を見る',
  },
};

export interface ShipmentEmailInput {
  language: Language;
  organizationName: string;
  brandColor: string;
  orderNumber: string;
  packageNumber: string;
  carrierName: string;
  trackingNumber: string;
  /** The carrier's tracking page; null when the carrier has no template. */
  trackingUrl: string | null;
  shippedOn: string;
  /** Names and quantities (already formatted) of what the package holds. */
  items: readonly { name: string; quantity: string }[];
  orderUrl: string;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);

function calendarDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** "Your order has shipped": the package, the carrier and its tracking link, what is in it, the order in the portal. */
export function renderShipmentEmail(input: ShipmentEmailInput): RenderedEmail {
  const text = texts[input.language];
  const values = { org: input.organizationName, order: input.orderNumber, package: input.packageNumber, carrier: input.carrierName };
  const subject = fill(text.subject, values);
  const body = fill(text.body, values);
  const facts: [string, string][] = [
    [text.package, input.packageNumber],
    [text.carrier, input.carrierName],
    [text.trackingNumber, input.trackingNumber],
    [text.shippedOn, calendarDate(input.shippedOn, input.language)],
  ];
  const color = /^#[0-9a-fA-F]{6}$/.test(input.brandColor) ? input.brandColor : '#1f5fbf';
  const button = (href: string, label: string, primary: boolean) =>
    `<a href="${escapeHtml(href)}" style="${primary ? `background:${color};color:#fff;` : `background:#fff;color:${color};border:2px solid ${color};`}padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block;margin:0 8px 8px 0;font-weight:600">${escapeHtml(label)}</a>`;
  const buttons = input.trackingUrl ? [button(input.trackingUrl, text.track, true), button(input.orderUrl, text.view, false)] : [button(input.orderUrl, text.view, true)];
  const html = `<!doctype html>
<html lang="${input.language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1d2330">
<table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;border-top:4px solid ${color}">
<tr><td style="padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(subject)}</h1>
<p>${escapeHtml(body)}</p>
${facts.map(([label, value]) => `<p style="margin:4px 0">${escapeHtml(label)}: <strong>${escapeHtml(value)}</strong></p>`).join('\n')}
${input.items.length > 0 ? `<p style="margin:16px 0 4px"><strong>${escapeHtml(text.items)}</strong></p>\n<ul style="margin:0;padding-left:20px">${input.items.map((item) => `<li>${escapeHtml(item.quantity)} × ${escapeHtml(item.name)}</li>`).join('')}</ul>` : ''}
<p style="margin:24px 0 16px">${buttons.join('')}</p>
<p style="font-size:13px;color:#555">— ${escapeHtml(input.organizationName)}</p>
</td></tr></table></body></html>`;
  const plain = [
    body,
    '',
    ...facts.map(([label, value]) => `${label}: ${value}`),
    ...(input.items.length > 0 ? ['', `${text.items}:`, ...input.items.map((item) => `- ${item.quantity} × ${item.name}`)] : []),
    '',
    ...(input.trackingUrl ? [`${text.track}: ${input.trackingUrl}`] : []),
    `${text.view}: ${input.orderUrl}`,
    '',
    `— ${input.organizationName}`,
  ].join('\n');
  return { subject, html, text: plain };
}

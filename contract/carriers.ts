/**
 * Carriers and their tracking pages. A package ships with a carrier code and a tracking number; the
 * tracking link is the carrier's URL template with `{tracking_number}` replaced by the (URL-encoded)
 * number. The carriers below have defaults; an organization may override any of them, or add its own
 * carriers, with templates of its own (`carrier_templates`).
 */

export const TRACKING_NUMBER_PLACEHOLDER = '{tracking_number}';

export interface CarrierDefault {
  name: string;
  trackingUrlTemplate: string;
}

/** The carriers Portico knows, with their public tracking pages. */
export const knownCarriers = {
  ups: { name: 'UPS', trackingUrlTemplate: 'https://www.ups.com/track?tracknum={tracking_number}' },
  fedex: { name: 'FedEx', trackingUrlTemplate: 'https://www.fedex.com/fedextrack/?trknbr={tracking_number}' },
  dhl: { name: 'DHL', trackingUrlTemplate: 'https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id={tracking_number}' },
  usps: { name: 'USPS', trackingUrlTemplate: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={tracking_number}' },
  royal_mail: { name: 'Royal Mail', trackingUrlTemplate: 'https://www.royalmail.com/track-your-item#/tracking-results/{tracking_number}' },
  dpd: { name: 'DPD', trackingUrlTemplate: 'https://tracking.dpd.de/status/en_US/parcel/{tracking_number}' },
  postnl: { name: 'PostNL', trackingUrlTemplate: 'https://jouw.postnl.nl/track-and-trace/{tracking_number}' },
  japan_post: { name: 'Japan Post', trackingUrlTemplate: 'https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1={tracking_number}&locale=en' },
} as const satisfies Record<string, CarrierDefault>;

export type KnownCarrier = keyof typeof knownCarriers;
export const knownCarrierCodes = Object.keys(knownCarriers) as KnownCarrier[];

/** A carrier code: lower-case letters, digits and underscores (`ups`, `royal_mail`, `my_courier`). */
export const CARRIER_CODE_PATTERN = /^[a-z0-9][a-z0-9_]{0,39}$/;
export const MAX_TEMPLATE_LENGTH = 500;

export function isKnownCarrier(carrier: string): carrier is KnownCarrier {
  return Object.hasOwn(knownCarriers, carrier);
}

/** Organization overrides: carrier code → URL template. */
export type CarrierTemplates = Readonly<Record<string, string>> | ReadonlyMap<string, string>;

function overrideOf(templates: CarrierTemplates, carrier: string): string | undefined {
  if (templates instanceof Map) return (templates as ReadonlyMap<string, string>).get(carrier);
  const record = templates as Readonly<Record<string, string>>;
  return Object.hasOwn(record, carrier) ? record[carrier] : undefined;
}

/** The template in force for a carrier: the organization's own, else the default, else none. */
export function trackingUrlTemplate(carrier: string, templates: CarrierTemplates = {}): string | null {
  const override = overrideOf(templates, carrier);
  if (override) return override;
  return isKnownCarrier(carrier) ? knownCarriers[carrier].trackingUrlTemplate : null;
}

/** The display name of a carrier: the organization's, the known name, or the code made readable. */
export function carrierName(carrier: string, names: Readonly<Record<string, string>> = {}): string {
  if (Object.hasOwn(names, carrier) && names[carrier]) return names[carrier];
  return isKnownCarrier(carrier) ? knownCarriers[carrier].name : carrier.replace(/_/g, ' ');
}

/**
 * The tracking link of a package, or null when the carrier has no template (or nothing was shipped).
 * The number is trimmed and URL-encoded, so that whatever staff typed can never change the link's
 * host, path or other parameters.
 */
export function trackingUrl(carrier: string | null | undefined, trackingNumber: string | null | undefined, templates: CarrierTemplates = {}): string | null {
  if (!carrier || !trackingNumber?.trim()) return null;
  const template = trackingUrlTemplate(carrier, templates);
  if (!template) return null;
  return template.replaceAll(TRACKING_NUMBER_PLACEHOLDER, encodeURIComponent(trackingNumber.trim()));
}

/** What is wrong with a template, in English, or null: it must be an https URL that contains `{tracking_number}`. */
export function templateProblem(template: string): string | null {
  if (template.length > MAX_TEMPLATE_LENGTH) return `must be at most ${MAX_TEMPLATE_LENGTH} characters`;
  if (!template.includes(TRACKING_NUMBER_PLACEHOLDER)) return `must contain ${TRACKING_NUMBER_PLACEHOLDER}, where the tracking number goes`;
  let url: URL;
  try {
    url = new URL(template.replaceAll(TRACKING_NUMBER_PLACEHOLDER, '1Z999AA10123456784'));
  } catch {
    return 'must be a URL such as https://carrier.example/track?number={tracking_number}';
  }
  if (url.protocol !== 'https:') return 'must be an https:// URL';
  if (!url.hostname) return 'must name the carrier’s host';
  if (/[\s<>"]/.test(template)) return 'must not contain spaces, quotes or angle brackets';
  return null;
}

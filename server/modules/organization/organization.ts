import { z } from 'zod';
import { portalEventTypes } from '../../../contract/portal.ts';

/** The portal settings of SPEC §1, kept as one JSON column; defaults fill what older rows lack. */
export const portalSettingsSchema = z.object({
  portal_enabled: z.boolean().default(true),
  portal_name: z.string().max(120).default(''),
  banner_message: z.string().max(2000).default(''),
  require_two_factor: z.boolean().default(false),
  allow_self_signup: z.boolean().default(false),
  allow_forwarding: z.boolean().default(true),
  allow_edit_own_info: z.boolean().default(true),
  show_sales_orders: z.boolean().default(true),
  /** Orders placed in the portal arrive confirmed rather than pending approval (stock is held either way). */
  confirm_portal_orders: z.boolean().default(false),
  show_projects: z.boolean().default(false),
  allow_time_entry_approval: z.boolean().default(false),
  allow_reviews: z.boolean().default(false),
  /** How often a contact may review the business: once, or once per calendar month, quarter or year (the organization's calendar). */
  review_period: z.enum(['once', 'month', 'quarter', 'year']).default('quarter'),
  /**
   * Hosts a portal session's return URL may lead to (the business's own app): `app.acme.com`, `*.acme.com`
   * for any subdomain, a port when it isn't the default (`localhost:3000`). Empty: no return URL is accepted.
   */
  portal_session_return_hosts: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/, 'must be a host name such as app.example.com, *.example.com or localhost:3000'),
    )
    .max(20)
    .default([]),
  /** Contacts' Gravatar pictures, fetched by the server and served from Portico (docs/security.md); off: initials only. */
  gravatar_enabled: z.boolean().default(true),
  email_customers_on_staff_comment: z.boolean().default(true),
  block_payment_while_pending: z.boolean().default(false),
  auto_enable_portal_for_subscriptions: z.boolean().default(false),
  invitation_email_subject: z.string().max(200).default(''),
  invitation_email_message: z.string().max(5000).default(''),
  /** A short line at the top of every customer-facing email (plain text). */
  email_header_text: z.string().max(200).default(''),
  /** Lines at the foot of every customer-facing email: address, legal notes (plain text, line breaks kept). */
  email_footer_text: z.string().max(1000).default(''),
  /** The portal's browser icon: an https URL, or empty for Portico's own. */
  favicon_url: z
    .string()
    .trim()
    .max(2000)
    .refine((value) => value === '' || isHttpsUrl(value), 'must be an https URL')
    .default(''),
  staff_email_events: z
    .object(Object.fromEntries(portalEventTypes.map((type) => [type, z.boolean().default(type !== 'portal.signin')])) as Record<
      (typeof portalEventTypes)[number],
      z.ZodDefault<z.ZodBoolean>
    >)
    .default(Object.fromEntries(portalEventTypes.map((type) => [type, type !== 'portal.signin'])) as Record<(typeof portalEventTypes)[number], boolean>),
});

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

export type PortalSettings = z.infer<typeof portalSettingsSchema>;

/** The fields of a shape of defaulted fields, each optional and without its default. */
function withoutDefaults<Shape extends Record<string, z.ZodDefault<z.ZodType>>>(shape: Shape) {
  return Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, field.unwrap().optional()])) as { [Key in keyof Shape]: z.ZodOptional<ReturnType<Shape[Key]['unwrap']>> };
}

/**
 * The portal settings as a change names them: each one optional and without its default, the staff email
 * events too, so that a setting left out of a change keeps its stored value. (`portalSettingsSchema
 * .partial()` would not do: zod fills in a default under an optional, so a change of one setting would put
 * every other one back to its default.)
 */
export const portalSettingsChangeShape = {
  ...withoutDefaults(portalSettingsSchema.shape),
  staff_email_events: z.object(withoutDefaults(portalSettingsSchema.shape.staff_email_events.unwrap().shape)).optional(),
};
export type PortalSettingsChange = z.infer<z.ZodObject<typeof portalSettingsChangeShape>>;

/** The stored settings with a change applied: only the settings (and staff email events) it names. */
export function applyPortalSettingsChange(current: PortalSettings, change: PortalSettingsChange): PortalSettings {
  const { staff_email_events: events, ...settings } = change;
  const defined = <Value extends object>(value: Value) => Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined));
  return { ...current, ...defined(settings), staff_email_events: { ...current.staff_email_events, ...(events ? defined(events) : {}) } };
}

export function parsePortalSettings(json: string): PortalSettings {
  let settings = parsedSettings.get(json);
  if (!settings) {
    settings = deepFreeze(portalSettingsSchema.parse(JSON.parse(json)));
    // Keyed by the stored text, so a change of settings is a new entry; few organizations share a process's hot set.
    if (parsedSettings.size >= 1000) parsedSettings.delete(parsedSettings.keys().next().value!);
    parsedSettings.set(json, settings);
  }
  return settings;
}

// Settings are read on every portal request (the guard, then the handler): parsed once per stored text,
// and frozen, since every caller shares the object.
const parsedSettings = new Map<string, PortalSettings>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export function defaultPortalSettings(): PortalSettings {
  return portalSettingsSchema.parse({});
}

/** `Acme Corp.` → `acme-corp`; accents folded, anything else becomes a single dash. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug.length >= 2 ? slug : 'portal';
}

/** The first of `base`, `base-2`, `base-3`… that `isTaken` says is free. */
export async function uniqueSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await isTaken(base))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}

export const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;

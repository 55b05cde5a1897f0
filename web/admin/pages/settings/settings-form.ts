/**
 * The settings forms (a new staff member, a new API key, the portal settings): what the fields hold,
 * the schemas that check them before sending (messages are translation keys unless they need a
 * number) and the bodies the API takes.
 */
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { PASSWORD_MIN_LENGTH, portalEventTypes, staffRoles } from '../../../../contract/portal.ts';
import { apiKeyModules, apiKeyScopes, type ApiKeyModule, type ApiKeyScope, type NewApiKeyBody, type NewStaffBody, type PortalSettings, type PortalSettingsUpdate } from './queries.ts';

export function newStaffSchema(t: TFunction) {
  return z.object({
    name: z.string().trim().min(1, 'common.required'),
    email: z.string().trim().min(1, 'common.required'),
    role: z.enum(staffRoles),
    password: z.string().min(PASSWORD_MIN_LENGTH, t('auth.passwordHint', { count: PASSWORD_MIN_LENGTH })),
  }) satisfies z.ZodType<NewStaffBody>;
}

export const newStaffDefaults = { name: '', email: '', role: 'staff', password: '' } satisfies z.input<ReturnType<typeof newStaffSchema>>;

export const apiKeyAccessLevels = ['none', 'read', 'read_write'] as const;
export type ApiKeyAccess = (typeof apiKeyAccessLevels)[number];
/** The lives the dialog offers a new key, in days; `never` sends no expiry. */
export const apiKeyExpiries = ['never', '30', '90', '365'] as const;
export type ApiKeyExpiry = (typeof apiKeyExpiries)[number];

const accessShape = Object.fromEntries(apiKeyModules.map((module) => [module, z.enum(apiKeyAccessLevels)])) as Record<ApiKeyModule, z.ZodEnum<{ [L in ApiKeyAccess]: L }>>;

/** The scopes of the access chosen per module, in the API's order: "read and write" is both scopes. */
export function scopesOfAccess(access: Record<ApiKeyModule, ApiKeyAccess>): ApiKeyScope[] {
  return apiKeyScopes.filter((scope) => {
    const [module, level] = scope.split('.') as [ApiKeyModule, 'read' | 'write'];
    return access[module] === 'read_write' || (access[module] === 'read' && level === 'read');
  });
}

/** When a key made at `now` with this life ends, or null for a key that never expires. */
export function expiryOf(expiry: ApiKeyExpiry, now: Date): string | null {
  return expiry === 'never' ? null : new Date(now.getTime() + Number(expiry) * 86_400_000).toISOString();
}

export const newApiKeySchema = z
  .object({ name: z.string().trim().min(1, 'common.required'), access: z.object(accessShape), expiry: z.enum(apiKeyExpiries) })
  .transform((values): NewApiKeyBody => ({ name: values.name, scopes: scopesOfAccess(values.access), expires_at: expiryOf(values.expiry, new Date()) }));

export type NewApiKeyValues = z.input<typeof newApiKeySchema>;

export function newApiKeyDefaults(): NewApiKeyValues {
  const access = Object.fromEntries(apiKeyModules.map((module) => [module, module === 'customers' ? 'read' : 'none'])) as Record<ApiKeyModule, ApiKeyAccess>;
  return { name: '', access, expiry: 'never' };
}

export const selectedScopeCount = (values: NewApiKeyValues): number => scopesOfAccess(values.access).length;

/** Optional texts the API keeps as null when blank. */
const nullableSettings = ['logo_url', 'contact_email', 'contact_phone', 'contact_address', 'website', 'tax_number', 'country_code', 'peppol_endpoint_id', 'peppol_endpoint_scheme'] as const;
type NullableSetting = (typeof nullableSettings)[number];

const booleanSettings = [
  'portal_enabled',
  'require_two_factor',
  'allow_self_signup',
  'allow_forwarding',
  'allow_edit_own_info',
  'gravatar_enabled',
  'show_sales_orders',
  'confirm_portal_orders',
  'show_projects',
  'allow_time_entry_approval',
  'allow_reviews',
  'email_customers_on_staff_comment',
  'block_payment_while_pending',
  'auto_enable_portal_for_subscriptions',
] as const;
export type BooleanSetting = (typeof booleanSettings)[number];

type PortalEventType = (typeof portalEventTypes)[number];
/** An event type as a form field name (a dot would be read as a path): `portal.signup` → `portal_signup`. */
export const eventField = (type: PortalEventType) => type.replace('.', '_') as EventField;
type EventField = PortalEventType extends `${infer Area}.${infer Event}` ? `${Area}_${Event}` : never;

/** A host a portal session may return to: `app.example.com`, `*.example.com`, `localhost:3000` (as the API checks it). */
const returnHostPattern = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;
const hostLines = (value: string) => value.split(/[\s,]+/).map((host) => host.trim().toLowerCase()).filter((host) => host !== '');
/** How often a contact may review the business (the server's review periods). */
export const reviewPeriods = ['once', 'month', 'quarter', 'year'] as const satisfies readonly PortalSettings['review_period'][];

const text = z.string();
export const portalSettingsSchema = z
  .object({
    ...(Object.fromEntries(booleanSettings.map((field) => [field, z.boolean()])) as Record<BooleanSetting, z.ZodBoolean>),
    organization_name: z.string().trim().min(1, 'common.required'),
    portal_name: text,
    slug: text,
    brand_color: text,
    time_zone: z.string().trim().min(1, 'common.required'),
    review_period: z.enum(reviewPeriods),
    banner_message: text,
    invitation_email_subject: text,
    invitation_email_message: text,
    email_header_text: text,
    email_footer_text: text,
    favicon_url: text,
    ...(Object.fromEntries(nullableSettings.map((field) => [field, text])) as Record<NullableSetting, typeof text>),
    staff_emails: z.object(Object.fromEntries(portalEventTypes.map((type) => [eventField(type), z.boolean()])) as Record<EventField, z.ZodBoolean>),
    /** One host per line (the textarea); sent as a list. */
    portal_session_return_hosts: z.string().refine((value) => hostLines(value).every((host) => returnHostPattern.test(host)), 'settings.returnHostsInvalid'),
  })
  .transform(({ staff_emails: staffEmails, portal_session_return_hosts: returnHosts, ...values }): PortalSettingsUpdate => ({
    ...values,
    portal_session_return_hosts: hostLines(returnHosts),
    ...(Object.fromEntries(nullableSettings.map((field) => [field, values[field].trim() === '' ? null : values[field].trim()])) as Record<NullableSetting, string | null>),
    staff_email_events: Object.fromEntries(portalEventTypes.map((type) => [type, staffEmails[eventField(type)]])),
  }));

export type PortalSettingsValues = z.input<typeof portalSettingsSchema>;

/** The form starts from the settings as they are; the portal's address is shown, not edited. */
export function portalSettingsValues(settings: PortalSettings): PortalSettingsValues {
  const { portal_url: shown, staff_email_events: events, ...editable } = settings;
  void shown;
  return {
    ...editable,
    portal_session_return_hosts: settings.portal_session_return_hosts.join('\n'),
    ...(Object.fromEntries(nullableSettings.map((field) => [field, settings[field] ?? ''])) as Record<NullableSetting, string>),
    staff_emails: Object.fromEntries(portalEventTypes.map((type) => [eventField(type), events[type]])) as Record<EventField, boolean>,
  };
}

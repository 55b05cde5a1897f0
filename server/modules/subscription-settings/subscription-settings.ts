/**
 * Pure rules of an organization's subscription settings (docs/subscriptions.md, "Portal actions and
 * policy"): what contacts may do to their subscriptions in the portal, the cancellation reasons offered,
 * the credit on cancelling, the dunning schedule and whether staff are emailed. Kept as one JSON column;
 * the defaults below fill whatever a stored document lacks, so older rows stay readable. No I/O.
 */
import { z } from 'zod';
import { subscriptionStatuses, type SubscriptionStatus } from '../../db/subscription-tables.ts';

export const cancelTimings = ['immediately', 'at_period_end', 'either'] as const;
export type CancelTiming = (typeof cancelTimings)[number];
export const afterFinalFailureOptions = ['cancel', 'mark_unpaid'] as const;

/** The pieces of the settings without their defaults: the change body of PUT is made of them too. */
export const statusListField = z
  .array(z.enum(subscriptionStatuses as [SubscriptionStatus, ...SubscriptionStatus[]]))
  .max(subscriptionStatuses.length)
  .refine((statuses) => new Set(statuses).size === statuses.length, { message: 'lists a status twice' });
export const maxDaysField = z.number().int('must be a whole number of days').min(1).max(365);
export const cancelTimingField = z.enum(cancelTimings);
const statusList = (defaults: SubscriptionStatus[]) => statusListField.default(defaults);
const allowed = (value: boolean) => z.boolean().default(value);
const days = (value: number) => maxDaysField.default(value);

/** The actions of the portal, each allowed or not, and for some in which statuses, how or how far. */
export const portalActionsSchema = z.object({
  cancel: z.object({ allowed: allowed(true), statuses: statusList(['trial', 'live']), timing: cancelTimingField.default('either') }).prefault({}),
  reactivate: z.object({ allowed: allowed(true) }).prefault({}),
  convert_trial: z.object({ allowed: allowed(true) }).prefault({}),
  /** `max_days`: the most a trial may be extended in total, however many times. */
  extend_trial: z.object({ allowed: allowed(true), max_days: days(14) }).prefault({}),
  change_plan: z.object({ allowed: allowed(true), statuses: statusList(['live']) }).prefault({}),
  change_quantity: z.object({ allowed: allowed(true), statuses: statusList(['live']) }).prefault({}),
  change_addons: z.object({ allowed: allowed(true), statuses: statusList(['live']) }).prefault({}),
  /** `max_days`: the longest one pause may last. */
  pause: z.object({ allowed: allowed(false), statuses: statusList(['live']), max_days: days(90) }).prefault({}),
  resume: z.object({ allowed: allowed(true) }).prefault({}),
  change_payment_method: z.object({ allowed: allowed(true) }).prefault({}),
});

export const cancelReasonSchema = z.object({
  code: z.string().trim().min(1).max(50).regex(/^[a-z0-9_]+$/, 'use lower-case letters, digits and _'),
  label: z.string().trim().min(1).max(200),
});

export const defaultCancelReasons: { code: string; label: string }[] = [
  { code: 'too_expensive', label: 'It is too expensive' },
  { code: 'not_using', label: 'I am not using it enough' },
  { code: 'missing_features', label: 'It lacks features I need' },
  { code: 'switching', label: 'I am switching to another service' },
  { code: 'other', label: 'Another reason' },
];

export const cancelReasonsField = z
  .array(cancelReasonSchema)
  .max(30)
  .refine((reasons) => new Set(reasons.map((reason) => reason.code)).size === reasons.length, { message: 'lists a reason code twice' });
/** Days after the first failed charge to try again (docs/subscriptions.md, "Dunning"). */
export const retryDaysField = z
  .array(z.number().int().min(0).max(60))
  .max(10)
  .refine((list) => list.every((value, index) => index === 0 || value >= (list[index - 1] ?? 0)), { message: 'must not decrease' });

export const subscriptionSettingsSchema = z.object({
  portal_actions: portalActionsSchema.prefault({}),
  /** The reasons a contact chooses from when cancelling (plus their own text); none: no reason asked. */
  cancel_reasons: cancelReasonsField.default(defaultCancelReasons),
  /** Cancelling immediately gives back the unused part of a paid period as a credit note. */
  credit_unused_on_cancel: z.boolean().default(true),
  dunning: z
    .object({
      retry_days: retryDaysField.default([1, 3, 5]),
      after_final_failure: z.enum(afterFinalFailureOptions).default('cancel'),
    })
    .prefault({}),
  /** Staff are emailed of the portal's subscription actions (in-app notifications are always made). */
  notify_staff_by_email: z.boolean().default(true),
});

export type SubscriptionSettings = z.infer<typeof subscriptionSettingsSchema>;
export type PortalActions = SubscriptionSettings['portal_actions'];
export type PortalActionName = keyof PortalActions;
export const portalActionNames = Object.keys(portalActionsSchema.shape) as PortalActionName[];

export function defaultSubscriptionSettings(): SubscriptionSettings {
  return subscriptionSettingsSchema.parse({});
}

/**
 * The stored JSON as settings, every missing field at its default. A stored document that no longer
 * passes (written by hand, or by an older rule) falls back to the defaults of the parts that fail.
 */
export function parseSubscriptionSettings(json: string | undefined): SubscriptionSettings {
  if (json === undefined) return defaultSubscriptionSettings();
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return defaultSubscriptionSettings();
  }
  const parsed = subscriptionSettingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  // Keep the sections that still pass, default the others.
  const source = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const kept: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(subscriptionSettingsSchema.shape)) {
    if (schema.safeParse(source[key]).success) kept[key] = source[key];
  }
  return subscriptionSettingsSchema.parse(kept);
}

type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
export type SubscriptionSettingsChange = DeepPartial<SubscriptionSettings>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(current: unknown, change: unknown): unknown {
  if (!isPlainObject(current) || !isPlainObject(change)) return change === undefined ? current : change;
  const out: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(change)) {
    if (value !== undefined) out[key] = merge(current[key], value);
  }
  return out;
}

/** The settings after a change: what the change leaves out keeps its value; lists are replaced whole. */
export function mergeSubscriptionSettings(current: SubscriptionSettings, change: SubscriptionSettingsChange): SubscriptionSettings {
  return subscriptionSettingsSchema.parse(merge(current, change));
}

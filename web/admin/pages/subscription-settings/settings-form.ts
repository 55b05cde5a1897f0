/**
 * The subscription settings form: the fields (numbers as typed text), their checks and the body of PUT.
 * Each portal action is allowed or not; some in chosen statuses, the cancellation at a timing, the
 * trial extension and the pause up to a number of days.
 */
import { z } from 'zod';
import type { SubscriptionStatus } from '../subscriptions/queries.ts';
import type { PortalActionName, SubscriptionSettings, SubscriptionSettingsUpdate } from './queries.ts';

export const actionOrder: readonly PortalActionName[] = ['cancel', 'reactivate', 'convert_trial', 'extend_trial', 'change_plan', 'change_quantity', 'change_addons', 'pause', 'resume', 'change_payment_method'];

/** The statuses each action may be limited to (those it can be taken in at all). */
export const statusChoices: Partial<Record<PortalActionName, readonly SubscriptionStatus[]>> = {
  cancel: ['trial', 'live', 'non_renewing', 'paused', 'unpaid'],
  change_plan: ['trial', 'live'],
  change_quantity: ['trial', 'live'],
  change_addons: ['trial', 'live'],
  pause: ['live'],
};

const days = z.string().trim().regex(/^\d{1,3}$/, 'subscriptionSettings.errors.days').refine((value) => Number(value) >= 1 && Number(value) <= 365, 'subscriptionSettings.errors.days');
const statusFlags = z.record(z.string(), z.boolean());

const action = z.object({ allowed: z.boolean(), statuses: statusFlags, timing: z.enum(['immediately', 'at_period_end', 'either']), max_days: z.string() });

export const settingsFormSchema = z
  .object({
    actions: z.record(z.string(), action),
    cancel_reasons: z.array(
      z.object({
        code: z.string().trim().regex(/^[a-z0-9_]{1,50}$/, 'subscriptionSettings.errors.code'),
        label: z.string().trim().min(1, 'common.required').max(200),
      }),
    ),
    credit_unused_on_cancel: z.boolean(),
    retry_days: z.string().trim().regex(/^(\d{1,2}(\s*,\s*\d{1,2})*)?$/, 'subscriptionSettings.errors.retryDays'),
    after_final_failure: z.enum(['cancel', 'mark_unpaid']),
    notify_staff_by_email: z.boolean(),
  })
  .superRefine((values, ctx) => {
    for (const name of ['extend_trial', 'pause'] as const) {
      const rule = values.actions[name];
      if (rule?.allowed && !days.safeParse(rule.max_days).success) ctx.addIssue({ code: 'custom', path: ['actions', name, 'max_days'], message: 'subscriptionSettings.errors.days' });
    }
    const retry = parseRetryDays(values.retry_days);
    if (retry.some((day, index) => day > 60 || (index > 0 && day < (retry[index - 1] ?? 0)))) ctx.addIssue({ code: 'custom', path: ['retry_days'], message: 'subscriptionSettings.errors.retryDays' });
    const codes = values.cancel_reasons.map((reason) => reason.code.trim());
    codes.forEach((code, index) => {
      if (codes.indexOf(code) !== index) ctx.addIssue({ code: 'custom', path: ['cancel_reasons', index, 'code'], message: 'subscriptionSettings.errors.duplicateCode' });
    });
    for (const [name, choices] of Object.entries(statusChoices)) {
      const rule = values.actions[name];
      if (rule?.allowed && choices.length > 1 && !choices.some((status) => rule.statuses[status])) ctx.addIssue({ code: 'custom', path: ['actions', name, 'allowed'], message: 'subscriptionSettings.errors.noStatus' });
    }
  })
  .transform((values): SubscriptionSettingsUpdate => {
    const rule = (name: PortalActionName) => values.actions[name] ?? { allowed: false, statuses: {}, timing: 'either' as const, max_days: '1' };
    const statuses = (name: PortalActionName) => (statusChoices[name] ?? []).filter((status) => rule(name).statuses[status]);
    const maxDays = (name: PortalActionName, fallback: number) => (days.safeParse(rule(name).max_days).success ? Number(rule(name).max_days) : fallback);
    return {
      portal_actions: {
        cancel: { allowed: rule('cancel').allowed, statuses: statuses('cancel'), timing: rule('cancel').timing },
        reactivate: { allowed: rule('reactivate').allowed },
        convert_trial: { allowed: rule('convert_trial').allowed },
        extend_trial: { allowed: rule('extend_trial').allowed, max_days: maxDays('extend_trial', 14) },
        change_plan: { allowed: rule('change_plan').allowed, statuses: statuses('change_plan') },
        change_quantity: { allowed: rule('change_quantity').allowed, statuses: statuses('change_quantity') },
        change_addons: { allowed: rule('change_addons').allowed, statuses: statuses('change_addons') },
        pause: { allowed: rule('pause').allowed, statuses: statuses('pause'), max_days: maxDays('pause', 90) },
        resume: { allowed: rule('resume').allowed },
        change_payment_method: { allowed: rule('change_payment_method').allowed },
      },
      cancel_reasons: values.cancel_reasons.map((reason) => ({ code: reason.code.trim(), label: reason.label.trim() })),
      credit_unused_on_cancel: values.credit_unused_on_cancel,
      dunning: { retry_days: parseRetryDays(values.retry_days), after_final_failure: values.after_final_failure },
      notify_staff_by_email: values.notify_staff_by_email,
    };
  });
export type SettingsFormValues = z.input<typeof settingsFormSchema>;

export function parseRetryDays(text: string): number[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map(Number);
}

export function settingsFormValues(settings: SubscriptionSettings): SettingsFormValues {
  const actions: SettingsFormValues['actions'] = {};
  for (const name of actionOrder) {
    const rule = settings.portal_actions[name] as { allowed: boolean; statuses?: SubscriptionStatus[]; timing?: 'immediately' | 'at_period_end' | 'either'; max_days?: number };
    actions[name] = {
      allowed: rule.allowed,
      statuses: Object.fromEntries((statusChoices[name] ?? []).map((status) => [status, rule.statuses?.includes(status) ?? false])),
      timing: rule.timing ?? 'either',
      max_days: rule.max_days === undefined ? '' : String(rule.max_days),
    };
  }
  return {
    actions,
    cancel_reasons: settings.cancel_reasons.map((reason) => ({ ...reason })),
    credit_unused_on_cancel: settings.credit_unused_on_cancel,
    retry_days: settings.dunning.retry_days.join(', '),
    after_final_failure: settings.dunning.after_final_failure,
    notify_staff_by_email: settings.notify_staff_by_email,
  };
}

/** The form's field for a field the server named. */
export function settingsFieldName(field: string): string {
  const action = /^portal_actions\.(\w+)\.(\w+)/.exec(field);
  if (action) return action[2] === 'max_days' ? `actions.${action[1]}.max_days` : `actions.${action[1]}.allowed`;
  if (field.startsWith('dunning.retry_days')) return 'retry_days';
  if (field === 'dunning.after_final_failure') return 'after_final_failure';
  return field;
}

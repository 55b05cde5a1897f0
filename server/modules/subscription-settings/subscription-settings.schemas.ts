import { z } from 'zod';
import {
  afterFinalFailureOptions,
  cancelReasonsField,
  cancelTimingField,
  maxDaysField,
  retryDaysField,
  statusListField,
  subscriptionSettingsSchema,
} from './subscription-settings.ts';

const allowedOnly = z.object({ allowed: z.boolean().optional() }).strict();
const withStatuses = z.object({ allowed: z.boolean().optional(), statuses: statusListField.optional() }).strict();

/** A change of the settings: whatever it leaves out (at any depth) keeps its value; a list given replaces the stored one. */
export const updateSubscriptionSettingsBody = z
  .object({
    portal_actions: z
      .object({
        cancel: z.object({ allowed: z.boolean().optional(), statuses: statusListField.optional(), timing: cancelTimingField.optional() }).strict().optional(),
        reactivate: allowedOnly.optional(),
        convert_trial: allowedOnly.optional(),
        extend_trial: z.object({ allowed: z.boolean().optional(), max_days: maxDaysField.optional() }).strict().optional(),
        change_plan: withStatuses.optional(),
        change_quantity: withStatuses.optional(),
        change_addons: withStatuses.optional(),
        pause: z.object({ allowed: z.boolean().optional(), statuses: statusListField.optional(), max_days: maxDaysField.optional() }).strict().optional(),
        resume: allowedOnly.optional(),
        change_payment_method: allowedOnly.optional(),
      })
      .strict()
      .optional(),
    cancel_reasons: cancelReasonsField.optional(),
    credit_unused_on_cancel: z.boolean().optional(),
    dunning: z.object({ retry_days: retryDaysField.optional(), after_final_failure: z.enum(afterFinalFailureOptions).optional() }).strict().optional(),
    notify_staff_by_email: z.boolean().optional(),
  })
  .strict();
export type UpdateSubscriptionSettingsBody = z.infer<typeof updateSubscriptionSettingsBody>;

export const subscriptionSettingsResponse = subscriptionSettingsSchema.extend({
  /** Null while the organization has never saved its settings (the defaults apply). */
  updated_at: z.string().nullable(),
});
export type SubscriptionSettingsResponse = z.infer<typeof subscriptionSettingsResponse>;

import { z } from 'zod';
import { pagingQuery } from '../../http/schemas.ts';
import { cancelBody, changeBody } from '../subscription-action/subscription-action.schemas.ts';
import { subscriptionResponse, subscriptionSummaryResponse } from '../subscription/subscription.schemas.ts';

export const portalSubscriptionListQuery = pagingQuery;

/** What the contact may do now, as the subscription settings and its state allow (the portal's buttons). */
export const portalActionKeys = [
  'cancel_immediately',
  'cancel_at_period_end',
  'reactivate',
  'convert_trial',
  'extend_trial',
  'change_plan',
  'change_quantity',
  'change_addons',
  'pause',
  'resume',
  'change_payment_method',
] as const;
export type PortalActionKey = (typeof portalActionKeys)[number];

export const portalSubscriptionSummary = subscriptionSummaryResponse;

export const portalSubscriptionResponse = subscriptionResponse.extend({
  /** The actions this contact may take now (none without the pay permission). */
  allowed_actions: z.array(z.enum(portalActionKeys)),
  /** The reasons to choose from when cancelling. */
  cancel_reasons: z.array(z.object({ code: z.string(), label: z.string() })),
  /** The most days the trial may still be extended by; the longest pause in days. */
  extend_trial_days_left: z.number().int(),
  pause_max_days: z.number().int(),
  /** Plans the current plan may be changed to here. */
  change_plan_ids: z.array(z.string()),
  /** Those plans with what the change dialog shows of them (archived ones left out). */
  change_plans: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), currency: z.string(), price_minor: z.number().int(), interval: z.enum(['day', 'week', 'month', 'year']), interval_count: z.number().int() })),
  /** The recurring add-ons this subscription may carry (those it has included), per unit and period. */
  available_addons: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), currency: z.string(), price_minor: z.number().int() })),
});
export type PortalSubscriptionResponse = z.infer<typeof portalSubscriptionResponse>;

/** A contact cancels with a reason (required when staff listed reasons); the credit follows the settings. */
export const portalCancelBody = cancelBody.omit({ credit_unused: true });
/** The timing of a change is never the contact's to choose: upgrades now, downgrades at the period end. */
export const portalChangeBody = changeBody.omit({ timing: true });

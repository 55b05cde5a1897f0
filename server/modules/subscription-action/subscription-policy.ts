/**
 * Which subscription actions a contact may take in the portal (docs/subscriptions.md, "Portal actions
 * and policy"). Two layers, both pure:
 * - `actionStateRefusal`: what an action needs of the subscription whoever asks (a trial to convert it,
 *   a non-renewing one before its end to reactivate it…). Staff meet this one only (409 STATE_CONFLICT).
 * - `portalActionRefusal`: that, plus what staff allowed contacts in the subscription settings (the
 *   action on, the subscription in one of the statuses chosen, the cancellation timing, the trial
 *   extension and pause limits). Every refusal of the portal is 403 ACTION_NOT_ALLOWED naming the
 *   action and the status.
 */
import type { SubscriptionStatus, SubscriptionsTable } from '../../db/subscription-tables.ts';
import type { PortalActionName, SubscriptionSettings } from '../subscription-settings/subscription-settings.ts';

export type CancelTimingChoice = 'immediately' | 'at_period_end';

/** An action as asked, with what the policy needs to know of it. */
export type PortalActionRequest =
  | { action: 'cancel'; timing: CancelTimingChoice }
  | { action: 'extend_trial'; days: number }
  /** `days`: how long the pause is to last; null when no resume date is given. */
  | { action: 'pause'; days: number | null }
  | { action: Exclude<PortalActionName, 'cancel' | 'extend_trial' | 'pause'> };

export type RefusalReason = 'disabled' | 'status' | 'timing' | 'limit' | 'ended';

export interface ActionRefusal {
  code: 'ACTION_NOT_ALLOWED';
  message: string;
  details: { action: PortalActionName; status: SubscriptionStatus; reason: RefusalReason; limit_days?: number };
}

/** The subscription's fields the rules read. */
export type PolicySubscription = Pick<SubscriptionsTable, 'status' | 'ends_on' | 'trial_end' | 'trial_extended_days'>;

/** What each action is called in messages. */
export const actionLabels: Record<PortalActionName, string> = {
  cancel: 'Cancelling',
  reactivate: 'Reactivating',
  convert_trial: 'Converting the trial',
  extend_trial: 'Extending the trial',
  change_plan: 'Changing the plan',
  change_quantity: 'Changing the quantity',
  change_addons: 'Changing the add-ons',
  pause: 'Pausing',
  resume: 'Resuming',
  change_payment_method: 'Changing the payment method',
};

const open: readonly SubscriptionStatus[] = ['trial', 'live', 'non_renewing', 'paused', 'unpaid'];

/** The statuses an action can be taken in at all, whoever asks. */
export function statusesFor(request: PortalActionRequest): readonly SubscriptionStatus[] {
  switch (request.action) {
    case 'cancel':
      return request.timing === 'immediately' ? open : ['trial', 'live'];
    case 'reactivate':
      return ['non_renewing'];
    case 'convert_trial':
    case 'extend_trial':
      return ['trial'];
    case 'change_plan':
    case 'change_quantity':
    case 'change_addons':
      return ['trial', 'live'];
    case 'pause':
      return ['live'];
    case 'resume':
      return ['paused'];
    case 'change_payment_method':
      return open;
  }
}

function refusal(request: PortalActionRequest, status: SubscriptionStatus, reason: RefusalReason, message: string, limitDays?: number): ActionRefusal {
  return { code: 'ACTION_NOT_ALLOWED', message, details: { action: request.action, status, reason, ...(limitDays === undefined ? {} : { limit_days: limitDays }) } };
}

const inStatus = (request: PortalActionRequest, status: SubscriptionStatus) => `${actionLabels[request.action]} is not possible for a subscription in status ${status}`;

/**
 * Whether the action can be taken in the subscription's state today, whoever asks: null, or why not.
 * A reactivation needs a non-renewing subscription whose end has not come; a trial extension or
 * conversion a trial that has not ended.
 */
export function actionStateRefusal(request: PortalActionRequest, sub: PolicySubscription, today: string): ActionRefusal | null {
  if (!statusesFor(request).includes(sub.status)) return refusal(request, sub.status, 'status', inStatus(request, sub.status));
  if (request.action === 'reactivate' && sub.ends_on !== null && sub.ends_on <= today) {
    return refusal(request, sub.status, 'ended', `Reactivating is not possible: the subscription ended on ${sub.ends_on}`);
  }
  if ((request.action === 'extend_trial' || request.action === 'convert_trial') && sub.trial_end !== null && sub.trial_end < today) {
    return refusal(request, sub.status, 'ended', `${actionLabels[request.action]} is not possible: the trial ended on ${sub.trial_end}`);
  }
  return null;
}

function configuredStatuses(settings: SubscriptionSettings, action: PortalActionName): readonly SubscriptionStatus[] | null {
  const rule = settings.portal_actions[action];
  return 'statuses' in rule ? rule.statuses : null;
}

/**
 * Whether a contact may take the action in the portal: null when allowed, else the refusal (403
 * ACTION_NOT_ALLOWED) with a message naming the action and the subscription's status. Checked in
 * this order: the action switched on, the subscription's status among those staff chose (and one the
 * action can be taken in at all), the cancellation timing, then the limits of days.
 */
export function portalActionRefusal(settings: SubscriptionSettings, request: PortalActionRequest, sub: PolicySubscription, today: string): ActionRefusal | null {
  const rule = settings.portal_actions[request.action];
  const status = sub.status;
  if (!rule.allowed) return refusal(request, status, 'disabled', `${actionLabels[request.action]} is not allowed in the portal (subscription in status ${status})`);
  const chosen = configuredStatuses(settings, request.action);
  if (chosen && !chosen.includes(status)) return refusal(request, status, 'status', `${actionLabels[request.action]} is not allowed for a subscription in status ${status}`);
  const state = actionStateRefusal(request, sub, today);
  if (state) return state;
  if (request.action === 'cancel') {
    const timing = settings.portal_actions.cancel.timing;
    if (timing !== 'either' && timing !== request.timing) {
      const allowedTiming = timing === 'immediately' ? 'immediately' : 'at the end of the period';
      return refusal(request, status, 'timing', `Cancelling ${request.timing === 'immediately' ? 'immediately' : 'at the end of the period'} is not allowed (subscription in status ${status}); it can be cancelled ${allowedTiming}`);
    }
  }
  if (request.action === 'extend_trial') {
    const left = Math.max(0, settings.portal_actions.extend_trial.max_days - sub.trial_extended_days);
    if (request.days > left) {
      return refusal(request, status, 'limit', `Extending the trial by ${request.days} days is not allowed (subscription in status ${status}): ${left} more days at most`, left);
    }
  }
  if (request.action === 'pause') {
    const max = settings.portal_actions.pause.max_days;
    if (request.days === null || request.days > max) {
      return refusal(request, status, 'limit', `Pausing ${request.days === null ? 'without a resume date' : `for ${request.days} days`} is not allowed (subscription in status ${status}): ${max} days at most`, max);
    }
  }
  return null;
}

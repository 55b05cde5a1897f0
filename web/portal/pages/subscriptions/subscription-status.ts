/** A subscription as the portal shows it: its badge's tone, the actions to offer, the dashboard's figures. */
import type { Tone } from '../../../ui/components/Feedback.tsx';
import type { CancelTiming, PortalAction, SubscriptionDetail, SubscriptionStatus, SubscriptionSummary } from './queries.ts';

export const subscriptionStatuses: readonly SubscriptionStatus[] = ['trial', 'live', 'non_renewing', 'paused', 'unpaid', 'cancelled', 'expired'];

export const subscriptionTones: Record<SubscriptionStatus, Tone> = {
  trial: 'info',
  live: 'success',
  non_renewing: 'warning',
  paused: 'neutral',
  unpaid: 'danger',
  cancelled: 'neutral',
  expired: 'neutral',
};

/** The API names a status as a string; an unknown one shows as live rather than breaking the page. */
export function subscriptionStatusOf(status: string): SubscriptionStatus {
  return (subscriptionStatuses as readonly string[]).includes(status) ? (status as SubscriptionStatus) : 'live';
}

/** Whether to offer an action: what the API says the contact may do now (the server decides again). */
export function offers(sub: Pick<SubscriptionDetail, 'allowed_actions'>, action: PortalAction): boolean {
  return sub.allowed_actions.includes(action);
}

/** The cancellation timings offered, the end of the period first. */
export function cancelTimings(sub: Pick<SubscriptionDetail, 'allowed_actions'>): CancelTiming[] {
  const timings: CancelTiming[] = [];
  if (offers(sub, 'cancel_at_period_end')) timings.push('at_period_end');
  if (offers(sub, 'cancel_immediately')) timings.push('immediately');
  return timings;
}

/** Whether a change of plan, quantity or add-ons is offered at all. */
export function offersChange(sub: Pick<SubscriptionDetail, 'allowed_actions'>): boolean {
  return offers(sub, 'change_plan') || offers(sub, 'change_quantity') || offers(sub, 'change_addons');
}

/** Counts as active on the dashboard: it bills, or will once its trial ends. */
export function isActive(status: string): boolean {
  const known = subscriptionStatusOf(status);
  return known === 'trial' || known === 'live' || known === 'non_renewing' || known === 'unpaid';
}

export interface NextCharge {
  date: string;
  amount_minor: number;
  currency: string;
  subscription: Pick<SubscriptionSummary, 'id' | 'number' | 'plan'>;
}

/** The dashboard's figures: how many subscriptions are active, and the earliest charge to come. */
export function subscriptionOverview(subscriptions: readonly SubscriptionSummary[]): { active: number; next: NextCharge | null } {
  const active = subscriptions.filter((sub) => isActive(sub.status));
  let next: NextCharge | null = null;
  for (const sub of active) {
    // A non-renewing subscription ends instead of billing again.
    if (!sub.next_billing_date || subscriptionStatusOf(sub.status) === 'non_renewing') continue;
    if (!next || sub.next_billing_date < next.date) {
      next = { date: sub.next_billing_date, amount_minor: sub.amount_minor, currency: sub.currency, subscription: { id: sub.id, number: sub.number, plan: sub.plan } };
    }
  }
  return { active: active.length, next };
}

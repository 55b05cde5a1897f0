import { registerPeriodicTask } from '../../jobs/periodic.ts';
import { runSubscriptionDunning } from './subscription-dunning.service.ts';
import { runSubscriptionRenewals } from './subscription-renewal.service.ts';

/** The renewal job and the dunning retries, on every worker tick. */
export function registerSubscriptionTasks(): void {
  registerPeriodicTask('subscriptions.renew', (ctx) => runSubscriptionRenewals(ctx));
  registerPeriodicTask('subscriptions.dunning', (ctx) => runSubscriptionDunning(ctx));
}

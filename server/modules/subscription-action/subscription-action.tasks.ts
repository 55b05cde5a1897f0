import { registerPeriodicTask } from '../../jobs/periodic.ts';
import { resumeDueSubscriptions } from './subscription-action.service.ts';

/** Paused subscriptions resume by themselves on their resume date, on the worker's tick. */
export function registerSubscriptionActionTasks(): void {
  registerPeriodicTask('subscriptions.resume_due', resumeDueSubscriptions);
}

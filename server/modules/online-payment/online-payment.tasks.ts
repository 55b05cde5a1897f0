import { registerPeriodicTask } from '../../jobs/periodic.ts';
import { forgetExpiredKeys } from '../idempotency/idempotency.service.ts';
import { retryPendingRefunds } from '../refund/refund.service.ts';
import { reconcileOpenAttempts } from './online-payment.service.ts';

/** Reconciliation of open payment attempts, retries of pending refunds and the cleanup of day-old idempotency keys, on every worker tick. */
export function registerOnlinePaymentTasks(): void {
  registerPeriodicTask('payments.reconcile', reconcileOpenAttempts);
  registerPeriodicTask('payments.retry_refunds', retryPendingRefunds);
  registerPeriodicTask('idempotency.forget_expired', forgetExpiredKeys);
}

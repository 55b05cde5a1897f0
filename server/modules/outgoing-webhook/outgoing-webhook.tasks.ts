import { registerPeriodicTask } from '../../jobs/periodic.ts';
import { deliverDueWebhooks } from './outgoing-webhook.service.ts';

/** Due webhook deliveries, on every worker tick. */
export function registerOutgoingWebhookTasks(): void {
  registerPeriodicTask('outgoing_webhooks.deliver', (ctx) => deliverDueWebhooks(ctx));
}

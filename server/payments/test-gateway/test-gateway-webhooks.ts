import { isoIn, isoNow } from '../../lib/clock.ts';
import { registerPeriodicTask } from '../../jobs/periodic.ts';
import { signWebhookPayload } from '../webhook-signature.ts';
import type { TestGatewayDeps } from './test-gateway-deps.ts';
import { claimEvent, findDueEvents, markEventDelivered, scheduleEventRetry } from './test-gateway.repository.ts';
import { settleDue } from './test-gateway-outcomes.ts';
import { maxWebhookAttempts, testGatewayWebhookSecret, webhookRetryDelaySeconds } from './test-gateway-rules.ts';

/** The header carrying a test gateway webhook's signature (`t=…,v1=…`, Stripe's scheme). */
export const testGatewaySignatureHeader = 'Test-Gateway-Signature';

/**
 * Receives one webhook: the raw JSON body and its signature header's value. Answers the HTTP status
 * (2xx: delivered; anything else, or a throw, is retried with back-off).
 */
export type TestGatewayWebhookReceiver = (payload: string, signature: string) => Promise<{ statusCode: number }>;

/** Per database (one per Portico instance, or per test app): where that instance's test gateway posts its webhooks. */
const receivers = new WeakMap<object, TestGatewayWebhookReceiver>();

/** Sets (or, with undefined, removes) where the test gateway of this database delivers its webhooks. */
export function setTestGatewayWebhookReceiver(db: object, receiver: TestGatewayWebhookReceiver | undefined): void {
  if (receiver) receivers.set(db, receiver);
  else receivers.delete(db);
}

export function hasTestGatewayWebhookReceiver(db: object): boolean {
  return receivers.has(db);
}

/** While a delivery is under way its event is leased for this long, so another instance does not send it too. */
const leaseSeconds = 60;

/**
 * Sends the due events, each signed at the moment of sending, to the receiver. A 2xx marks the event
 * delivered; anything else schedules another attempt (10 s doubling to an hour, 12 attempts). Without
 * a receiver nothing is sent and the events wait.
 */
export async function deliverDueTestGatewayEvents(deps: TestGatewayDeps, limit = 20): Promise<{ delivered: number; failed: number }> {
  const receiver = receivers.get(deps.db);
  const outcome = { delivered: 0, failed: 0 };
  if (!receiver) return outcome;
  const secret = testGatewayWebhookSecret(deps.secret);
  for (const event of await findDueEvents(deps.db, isoNow(deps.clock), maxWebhookAttempts, limit)) {
    if (!(await claimEvent(deps.db, event, isoIn(deps.clock, leaseSeconds)))) continue;
    const signature = signWebhookPayload(event.payload, secret, Math.floor(deps.clock.now().getTime() / 1000));
    let status = 0;
    try {
      status = (await receiver(event.payload, signature)).statusCode;
    } catch {
      status = 0;
    }
    if (status >= 200 && status < 300) {
      await markEventDelivered(deps.db, event.id, isoNow(deps.clock), status);
      outcome.delivered++;
    } else {
      await scheduleEventRetry(deps.db, event.id, isoIn(deps.clock, webhookRetryDelaySeconds(event.attempts + 1)), status);
      outcome.failed++;
    }
  }
  return outcome;
}

/** One tick of the test gateway: settle what is due, then deliver what is due. */
export async function runTestGatewayTasks(deps: TestGatewayDeps): Promise<void> {
  await settleDue(deps);
  await deliverDueTestGatewayEvents(deps);
}

/** Registers the tick with the worker's periodic tasks (once; registering again replaces it). */
export function registerTestGatewayTasks(): void {
  registerPeriodicTask('test-gateway', runTestGatewayTasks);
}

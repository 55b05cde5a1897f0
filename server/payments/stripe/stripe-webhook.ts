import Stripe from 'stripe';
import { WebhookRejected, type GatewayEvent } from '../gateway.ts';
import { paymentFromStripe, refundFromStripe } from './stripe-mapping.ts';

/**
 * `POST /webhooks/stripe`: the signature is checked by the official client's `constructEvent` over the
 * raw body (Stripe's `t=…,v1=…` scheme, the tolerance counted from Portico's clock), then the event is
 * translated. Only the events below change anything; every other type is acknowledged as `ignored`.
 */
const paymentEvents = new Set([
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'payment_intent.processing',
  'payment_intent.canceled',
  'payment_intent.requires_action',
]);
const refundEvents = new Set(['refund.created', 'refund.updated', 'refund.failed']);

type Rejection = WebhookRejected['reason'];

/** The reason, from the client's message (its error carries no code). */
function rejectionOf(error: Stripe.errors.StripeSignatureVerificationError): Rejection {
  const message = error.message;
  if (message.startsWith('Timestamp outside the tolerance zone')) return 'timestamp_outside_tolerance';
  if (message.startsWith('No signatures found matching')) return 'no_signature_matches';
  if (message.startsWith('No webhook payload') || message.startsWith('Webhook payload must be')) return 'malformed_payload';
  // No header, no timestamp, no v1 signature.
  return 'malformed_header';
}

function verify(
  stripe: Stripe,
  rawBody: string,
  header: string,
  nowSeconds: number,
  secrets: readonly string[],
  toleranceSeconds: number,
): Stripe.Event {
  let rejection: Rejection = 'no_signature_matches';
  for (const secret of secrets) {
    try {
      return stripe.webhooks.constructEvent(rawBody, header, secret, toleranceSeconds, undefined, nowSeconds * 1000);
    } catch (error) {
      if (error instanceof Stripe.errors.StripeSignatureVerificationError) {
        rejection = rejectionOf(error);
        // A header that does not parse fails the same way with every secret.
        if (rejection !== 'no_signature_matches') break;
        continue;
      }
      // The signature matched but the body is not JSON.
      if (error instanceof SyntaxError) throw new WebhookRejected('malformed_payload');
      throw error;
    }
  }
  throw new WebhookRejected(rejection);
}

export function gatewayEventFromStripe(event: Stripe.Event): GatewayEvent {
  const base = { id: event.id, createdAt: new Date(event.created * 1000).toISOString() };
  if (paymentEvents.has(event.type)) {
    return { ...base, type: 'payment.updated', payment: paymentFromStripe(event.data.object as Stripe.PaymentIntent), refund: null };
  }
  if (refundEvents.has(event.type)) {
    return { ...base, type: 'refund.updated', payment: null, refund: refundFromStripe(event.data.object as Stripe.Refund) };
  }
  if (event.type === 'charge.refunded') {
    // Since API version 2022-11-15 a charge no longer lists its refunds unless expanded; without
    // them the refund.* events carry the news.
    const refunds = event.data.object.refunds?.data ?? [];
    const latest = [...refunds].sort((a, b) => b.created - a.created)[0];
    if (latest) return { ...base, type: 'refund.updated', payment: null, refund: refundFromStripe(latest) };
  }
  return { ...base, type: 'ignored', payment: null, refund: null };
}

export function parseStripeWebhook(
  stripe: Stripe,
  rawBody: string,
  signatureHeader: string | undefined,
  nowSeconds: number,
  secrets: readonly string[],
  toleranceSeconds: number,
): GatewayEvent {
  if (!signatureHeader) throw new WebhookRejected('malformed_header');
  const event = verify(stripe, rawBody, signatureHeader, nowSeconds, secrets, toleranceSeconds);
  // The client refuses old signatures only; Portico also refuses ones dated ahead of its clock, as its
  // own webhooks do (webhook-signature.ts), so a skewed or forged timestamp cannot stretch the window.
  const signedAt = Number(/(?:^|,)\s*t=(\d+)/.exec(signatureHeader)?.[1]);
  if (signedAt - nowSeconds > toleranceSeconds) throw new WebhookRejected('timestamp_outside_tolerance');
  if (typeof event.id !== 'string' || typeof event.type !== 'string' || typeof event.created !== 'number') {
    throw new WebhookRejected('malformed_payload');
  }
  return gatewayEventFromStripe(event);
}

import { GatewayUnavailable, type GatewayChoice, type GatewayProvider, type PaymentGateway } from './gateway.ts';
import { createStripeGateway, type StripeGatewayOptions } from './stripe/stripe-gateway.ts';
import { createTestGateway, type TestGatewayDeps } from './test-gateway/index.ts';

/** Where the Stripe client connects: Stripe itself unless told otherwise (tests: a local stand-in). */
export type StripeApiOptions = Pick<StripeGatewayOptions, 'host' | 'port' | 'protocol' | 'maxNetworkRetries' | 'timeoutMs'>;

/**
 * The gateways Portico ships, chosen per organization by its payment settings: the built-in test
 * gateway (one per instance, its state in its own tables) and Stripe (one client per secret key).
 */
export function createGatewayProvider(deps: TestGatewayDeps, options: { stripeApi?: StripeApiOptions } = {}): GatewayProvider {
  let testGateway: PaymentGateway | undefined;
  const stripeClients = new Map<string, PaymentGateway>();
  return {
    forChoice(choice: GatewayChoice): PaymentGateway {
      if (choice.gateway === 'test') return (testGateway ??= createTestGateway(deps));
      if (choice.gateway === 'stripe') {
        if (!choice.stripeSecretKey) throw new GatewayUnavailable('Stripe is chosen, but its secret key is not set');
        // Without a signing secret every webhook is refused (no_signature_matches); payments still work.
        const webhookSecret = choice.stripeWebhookSecret ? [choice.stripeWebhookSecret] : [];
        const key = `${choice.stripeSecretKey}\n${webhookSecret.join('')}`;
        let gateway = stripeClients.get(key);
        if (!gateway) {
          gateway = createStripeGateway({ ...options.stripeApi, secretKey: choice.stripeSecretKey, webhookSecret });
          stripeClients.set(key, gateway);
        }
        return gateway;
      }
      throw new GatewayUnavailable(`The ${String(choice.gateway)} gateway is not available in this build`);
    },
  };
}

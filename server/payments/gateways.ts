import { GatewayUnavailable, type GatewayChoice, type GatewayProvider, type PaymentGateway } from './gateway.ts';
import { createTestGateway, type TestGatewayDeps } from './test-gateway/index.ts';

/**
 * The gateways Portico ships, chosen per organization by its payment settings: the built-in test
 * gateway (one per instance, its state in its own tables) and Stripe (one client per secret key).
 */
export function createGatewayProvider(deps: TestGatewayDeps): GatewayProvider {
  let testGateway: PaymentGateway | undefined;
  return {
    forChoice(choice: GatewayChoice): PaymentGateway {
      if (choice.gateway === 'test') return (testGateway ??= createTestGateway(deps));
      throw new GatewayUnavailable(`The ${choice.gateway} gateway is not available in this build`);
    },
  };
}

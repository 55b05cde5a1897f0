import { GatewayUnavailable, type GatewayChoice, type GatewayProvider, type PaymentGateway } from './gateway.ts';

/** The gateways Portico ships, chosen per organization by its payment settings. */
export function createGatewayProvider(): GatewayProvider {
  return {
    forChoice(choice: GatewayChoice): PaymentGateway {
      throw new GatewayUnavailable(`The ${choice.gateway} gateway is not available in this build`);
    },
  };
}

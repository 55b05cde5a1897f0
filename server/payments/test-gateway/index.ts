/** The built-in test gateway (docs/payments.md, "The test gateway"). */
export { createTestGateway, type TestGateway, type TestGatewayOptions } from './test-gateway.ts';
export { testGatewayRoutes, testGatewayWebhookPath } from './test-gateway.routes.ts';
export { testGatewayWebhookSecret } from './test-gateway-rules.ts';
export {
  deliverDueTestGatewayEvents,
  registerTestGatewayTasks,
  runTestGatewayTasks,
  setTestGatewayWebhookReceiver,
  testGatewaySignatureHeader,
  type TestGatewayWebhookReceiver,
} from './test-gateway-webhooks.ts';
export type { TestGatewayDeps } from './test-gateway-deps.ts';

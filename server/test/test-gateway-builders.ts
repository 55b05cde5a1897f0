import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { createTestGateway, type TestGateway } from '../payments/test-gateway/test-gateway.ts';
import type { TestApp } from './test-app.ts';

/** Helpers of the test gateway's own tests: tokens through its endpoint, a customer, every stored row. */

export const futureYear = new Date().getUTCFullYear() + 3;

export function card(number: string, overrides: Record<string, unknown> = {}) {
  return { card: { number, exp_month: 12, exp_year: futureYear, cvc: '123', ...overrides } };
}

export function bankAccount(accountNumber: string, routingNumber = '110000000') {
  return { bank_account: { holder_name: 'Ada Lovelace', routing_number: routingNumber, account_number: accountNumber } };
}

export function postToken(t: TestApp, body: unknown, ip: string): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: 'POST', url: '/test-gateway/v1/tokens', remoteAddress: ip, payload: body as Record<string, unknown> });
}

export async function tokenOf(t: TestApp, body: unknown, ip: string): Promise<string> {
  const response = await postToken(t, body, ip);
  if (response.statusCode !== 201) throw new Error(`token refused: ${response.body}`);
  return response.json<{ id: string }>().id;
}

export function gatewayOf(t: TestApp, options: { settleAfterSeconds?: number } = {}): TestGateway {
  return createTestGateway({ ...t.ctx, ...options });
}

export async function customerOf(gateway: TestGateway): Promise<string> {
  return gateway.createCustomer({ idempotencyKey: randomUUID(), name: 'Test customer', email: 'customer@example.test', metadata: {} });
}

export const returnUrl = 'http://portico.test/portal/acme/pay/return';

export function paymentInput(customerId: string, source: { token: string } | { methodId: string }, overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    amountMinor: 2_500,
    currency: 'EUR',
    gatewayCustomerId: customerId,
    source,
    saveMethod: false,
    description: 'INV-000001',
    returnUrl,
    metadata: { organization: 'acme' },
    ...overrides,
  };
}

/** Every row of the test gateway's tables as JSON text, for tests that look for a number that must not be there. */
export async function allTestGatewayRows(db: Kysely<Database>): Promise<string> {
  const tables = ['test_gateway_tokens', 'test_gateway_customers', 'test_gateway_methods', 'test_gateway_payments', 'test_gateway_refunds', 'test_gateway_events'] as const;
  const rows = await Promise.all(tables.map((table) => db.selectFrom(table).selectAll().execute()));
  return JSON.stringify(rows);
}

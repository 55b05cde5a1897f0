/**
 * Row types of the test gateway's own tables (migration 2026-12-02T1100). Never a card or account
 * number: a token or method keeps the brand, last 4, expiry and the test outcome (JSON) the number
 * stands for. Money in minor units.
 */
type Timestamp = string;

export type TestGatewayMethodType = 'card' | 'bank_account';
export type TestGatewayPaymentStatus = 'succeeded' | 'processing' | 'requires_action' | 'failed' | 'canceled';
/** Of a payment that required authentication: waiting, passed (succeeds on confirm) or failed. */
export type TestGatewayAuthentication = 'pending' | 'approved' | 'failed';
export type TestGatewayRefundStatus = 'succeeded' | 'pending' | 'failed';

export interface TestGatewayTokensTable {
  id: string;
  type: TestGatewayMethodType;
  brand: string;
  last4: string;
  exp_month: number | null;
  exp_year: number | null;
  holder_name: string | null;
  /** TestCardOutcome or TestBankOutcome as JSON. */
  outcome: string;
  created_at: Timestamp;
  /** Charged or saved to a customer: a token is good for one use. */
  used_at: Timestamp | null;
}

export interface TestGatewayCustomersTable {
  id: string;
  idempotency_key: string;
  name: string;
  email: string | null;
  metadata: string;
  created_at: Timestamp;
}

export interface TestGatewayMethodsTable {
  id: string;
  customer_id: string;
  type: TestGatewayMethodType;
  brand: string;
  last4: string;
  exp_month: number | null;
  exp_year: number | null;
  holder_name: string | null;
  outcome: string;
  /** JSON object, or null. */
  billing_address: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  detached_at: Timestamp | null;
}

export interface TestGatewayPaymentsTable {
  id: string;
  idempotency_key: string;
  reference: string;
  amount_minor: number;
  currency: string;
  customer_id: string;
  token_id: string | null;
  method_id: string | null;
  method_type: TestGatewayMethodType;
  brand: string;
  last4: string;
  status: TestGatewayPaymentStatus;
  authentication: TestGatewayAuthentication | null;
  failure_code: string | null;
  decline_code: string | null;
  failure_message: string | null;
  description: string;
  metadata: string;
  return_url: string;
  /** A bank payment's (processing) settlement time. */
  settle_at: Timestamp | null;
  /** What the settlement will fail with (`account_closed`), or null when it succeeds. */
  settle_failure_code: string | null;
  refunded_minor: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TestGatewayRefundsTable {
  id: string;
  idempotency_key: string;
  payment_id: string;
  amount_minor: number;
  status: TestGatewayRefundStatus;
  failure_message: string | null;
  settle_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TestGatewayEventsTable {
  id: string;
  type: string;
  /** The webhook body, exactly as signed and sent. */
  payload: string;
  created_at: Timestamp;
  deliver_after: Timestamp;
  delivered_at: Timestamp | null;
  attempts: number;
  /** The receiver's HTTP status of the last attempt (0: it threw). */
  last_status: number | null;
}

export interface TestGatewayTables {
  test_gateway_tokens: TestGatewayTokensTable;
  test_gateway_customers: TestGatewayCustomersTable;
  test_gateway_methods: TestGatewayMethodsTable;
  test_gateway_payments: TestGatewayPaymentsTable;
  test_gateway_refunds: TestGatewayRefundsTable;
  test_gateway_events: TestGatewayEventsTable;
}

/** Row types of the billing tables (see migration 2026-11-25T1400). Money in minor units. */
type Timestamp = string;
/** YYYY-MM-DD */
type DateOnly = string;

export type DocumentKind = 'estimate' | 'invoice' | 'retainer_invoice' | 'credit_note';

export interface TaxesTable {
  id: string;
  organization_id: string;
  name: string;
  rate_millipercent: number;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** UNCL 5305 VAT category on e-invoices (S, Z, E, AE, K, G, O, L, M); null: S when the rate is above 0, else Z. */
  vat_category: string | null;
  /** Why the tax is exempt (BT-120), for the categories that need one (E, AE, K, G, O). */
  exemption_reason: string | null;
}

export interface ItemsTable {
  id: string;
  organization_id: string;
  name: string;
  sku: string | null;
  unit: string | null;
  description: string | null;
  rate_minor: number;
  currency: string;
  tax_id: string | null;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Ordering (migration 2026-12-04T0900): flags are 0 / 1. */
  category: string | null;
  sellable_in_portal: number;
  allow_backorders: number;
  /** Whether stock is counted for this item (services are not). */
  track_stock: number;
  /** The organization's own key for the item (migration 2026-12-07T1300), unique within the organization. */
  external_id: string | null;
}

export interface NumberSeriesTable {
  organization_id: string;
  kind: string;
  prefix: string;
  next_number: number;
  padding: number;
}

export interface DocumentsTable {
  id: string;
  organization_id: string;
  customer_id: string;
  kind: DocumentKind;
  number: string;
  status: string;
  currency: string;
  issue_date: DateOnly;
  due_date: DateOnly | null;
  expiry_date: DateOnly | null;
  reference: string | null;
  notes: string | null;
  terms: string | null;
  subtotal_minor: number;
  discount_minor: number;
  tax_minor: number;
  total_minor: number;
  paid_minor: number;
  credited_minor: number;
  balance_minor: number;
  source_document_id: string | null;
  sent_at: Timestamp | null;
  viewed_at: Timestamp | null;
  viewed_by_contact_id: string | null;
  accepted_at: Timestamp | null;
  accepted_by_name: string | null;
  declined_at: Timestamp | null;
  decline_reason: string | null;
  changes_requested_at: Timestamp | null;
  voided_at: Timestamp | null;
  /** Staff member who marked an estimate accepted or declined on the customer's behalf (null: an API key). */
  marked_by_staff_user_id: string | null;
  /** Set when staff marked the decision (their name then), null when the customer decided in the portal. */
  marked_by_name: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** 1 when created, bumped by every change of the row: edits, transitions, payments and credits. */
  version: number;
  /** What in-flight online payments hold of the balance (never more than the balance). */
  pending_minor: number;
  /** The sales order an invoice was made from. */
  sales_order_id: string | null;
  /** The organization's own key for the row (migration 2026-12-08T1200), unique within the organization and kind. */
  external_id: string | null;
}

export interface DocumentLinesTable {
  id: string;
  document_id: string;
  position: number;
  item_id: string | null;
  name: string;
  description: string | null;
  unit: string | null;
  quantity_milli: number;
  rate_minor: number;
  discount_type: 'percent' | 'amount' | null;
  /** Basis points (1/100 of a percent) for percent discounts, minor units for amounts. */
  discount_value: number;
  tax_id: string | null;
  tax_name: string | null;
  tax_rate_millipercent: number;
  gross_minor: number;
  discount_minor: number;
  tax_minor: number;
  total_minor: number;
}

export interface PaymentsTable {
  id: string;
  organization_id: string;
  customer_id: string;
  number: string;
  currency: string;
  amount_minor: number;
  method: string;
  status: string;
  reference: string | null;
  notes: string | null;
  paid_on: DateOnly;
  created_by: string | null;
  created_at: Timestamp;
  /** Set for online payments: which gateway took it, and its reference there. */
  gateway: string | null;
  gateway_payment_id: string | null;
  /** The payment attempt it completed (unique: an attempt is recorded once). */
  attempt_id: string | null;
  payment_method_id: string | null;
  contact_person_id: string | null;
  refunded_minor: number;
  /** The organization's own key for the row (migration 2026-12-08T1200), unique within the organization. */
  external_id: string | null;
  /** When the payment last changed (made, a refund taken or given back); migration 2026-12-08T1400. */
  updated_at: Timestamp;
}

export interface PaymentAllocationsTable {
  id: string;
  payment_id: string;
  document_id: string;
  amount_minor: number;
  created_at: Timestamp;
}

export interface CreditApplicationsTable {
  id: string;
  credit_note_id: string;
  invoice_id: string;
  amount_minor: number;
  applied_on: DateOnly;
  created_at: Timestamp;
}

export interface DocumentCommentsTable {
  id: string;
  organization_id: string;
  document_id: string;
  author_type: 'staff' | 'contact' | 'system';
  staff_user_id: string | null;
  contact_person_id: string | null;
  author_name: string;
  /** comment, changes_requested, dispute, dispute_resolved, declined, accepted */
  kind: string;
  /** What the author wrote; empty for an entry Portico composes, which is `message_code` with its parameters. */
  body: string;
  display_in_portal: number;
  message_code: string | null;
  /** JSON: the parameters of `message_code` (contract/messages). */
  message_params: string | null;
  created_at: Timestamp;
}

export interface DocumentViewsTable {
  id: string;
  document_id: string;
  contact_person_id: string | null;
  contact_name: string;
  ip: string | null;
  user_agent: string | null;
  viewed_at: Timestamp;
}

export interface DisputesTable {
  id: string;
  organization_id: string;
  document_id: string;
  line_id: string | null;
  contact_person_id: string | null;
  reason: string;
  status: 'open' | 'resolved';
  resolution: string | null;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
  created_at: Timestamp;
}

export interface BillingTables {
  taxes: TaxesTable;
  items: ItemsTable;
  number_series: NumberSeriesTable;
  documents: DocumentsTable;
  document_lines: DocumentLinesTable;
  payments: PaymentsTable;
  payment_allocations: PaymentAllocationsTable;
  payment_settings: PaymentSettingsTable;
  gateway_customers: GatewayCustomersTable;
  payment_methods: PaymentMethodsTable;
  payment_attempts: PaymentAttemptsTable;
  refunds: RefundsTable;
  refund_allocations: RefundAllocationsTable;
  idempotency_keys: IdempotencyKeysTable;
  payment_instalments: PaymentInstalmentsTable;
  gateway_events: GatewayEventsTable;
  outbox_events: OutboxEventsTable;
  credit_applications: CreditApplicationsTable;
  document_comments: DocumentCommentsTable;
  document_views: DocumentViewsTable;
  disputes: DisputesTable;
}

/** Online payments (migration 2026-12-02T1000, docs/payments.md). Flags are 0 / 1. */
export interface PaymentSettingsTable {
  organization_id: string;
  gateway: 'test' | 'stripe';
  card_enabled: number;
  bank_enabled: number;
  stripe_publishable_key: string | null;
  /** Encrypted with the instance secret (lib/tokens.ts `encryptSecret`). */
  stripe_secret_key_encrypted: string | null;
  stripe_webhook_secret_encrypted: string | null;
  allow_partial_payments: number;
  partial_payment_minimum_minor: number;
  allow_money_on_account: number;
  updated_at: Timestamp;
}

export interface GatewayCustomersTable {
  customer_id: string;
  gateway: string;
  organization_id: string;
  gateway_customer_id: string;
  created_at: Timestamp;
}

export type SavedMethodType = 'card' | 'bank_account';

/** A saved card or bank account: the gateway's reference and what may be shown, never the number. */
export interface PaymentMethodsTable {
  id: string;
  organization_id: string;
  customer_id: string;
  gateway: string;
  gateway_method_id: string;
  type: SavedMethodType;
  brand: string;
  last4: string;
  exp_month: number | null;
  exp_year: number | null;
  holder_name: string | null;
  /** JSON of a postal address, or null. */
  billing_address: string | null;
  is_default: number;
  created_by_contact_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  removed_at: Timestamp | null;
}

/**
 * created → processing (gateway called) → succeeded | requires_action | pending (bank, awaiting
 * settlement) | failed; requires_action → processing → …, or abandoned when it expires.
 */
export type PaymentAttemptStatus = 'created' | 'processing' | 'requires_action' | 'pending' | 'succeeded' | 'failed' | 'abandoned';

export interface PaymentAttemptsTable {
  id: string;
  organization_id: string;
  customer_id: string;
  contact_person_id: string | null;
  /** portal, pay_link, api */
  source: string;
  status: PaymentAttemptStatus;
  currency: string;
  amount_minor: number;
  /** JSON: the allocations, credits and money on account decided before the gateway was called. */
  plan: string;
  method_type: SavedMethodType;
  payment_method_id: string | null;
  save_method: number;
  gateway: string;
  gateway_payment_id: string | null;
  failure_code: string | null;
  failure_message: string | null;
  /** JSON of the next action (a redirect to the authentication challenge), or null. */
  next_action: string | null;
  payment_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** When an attempt still open (requires_action) is abandoned and releases what it holds. */
  expires_at: Timestamp;
  completed_at: Timestamp | null;
}

export interface RefundsTable {
  id: string;
  organization_id: string;
  payment_id: string;
  currency: string;
  amount_minor: number;
  status: 'pending' | 'succeeded' | 'failed';
  reason: string | null;
  gateway_refund_id: string | null;
  failure_message: string | null;
  created_by: string | null;
  created_at: Timestamp;
  completed_at: Timestamp | null;
}

export interface RefundAllocationsTable {
  id: string;
  refund_id: string;
  document_id: string;
  amount_minor: number;
  created_at: Timestamp;
}

export interface IdempotencyKeysTable {
  /** Who the key belongs to: `portal:<contact id>`, `api:<organization id>`, … */
  scope: string;
  key: string;
  organization_id: string;
  /** SHA-256 of the method, route and body: the same key with other parameters is refused. */
  fingerprint: string;
  state: 'in_progress' | 'completed';
  response_status: number | null;
  response_body: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface PaymentInstalmentsTable {
  id: string;
  organization_id: string;
  document_id: string;
  position: number;
  kind: 'deposit' | 'instalment';
  amount_minor: number;
  /** Set when staff gave a percentage of the total (basis points); the amount is what it came to. */
  percent_basis_points: number | null;
  due_date: DateOnly;
  created_at: Timestamp;
}

export interface GatewayEventsTable {
  gateway: string;
  event_id: string;
  type: string;
  gateway_payment_id: string | null;
  received_at: Timestamp;
}

/** Integration events (payment succeeded, refunded, …) recorded in the transaction that caused them. */
export interface OutboxEventsTable {
  id: string;
  organization_id: string;
  type: string;
  payload: string;
  created_at: Timestamp;
  published_at: Timestamp | null;
}

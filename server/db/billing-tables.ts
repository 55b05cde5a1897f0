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
  credit_applications: CreditApplicationsTable;
  document_comments: DocumentCommentsTable;
  document_views: DocumentViewsTable;
  disputes: DisputesTable;
}

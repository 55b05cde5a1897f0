/** Billing shapes of the portal API (docs/api-billing.md); money is integer minor units of `currency`. */

export type DocumentKind = 'invoice' | 'retainer_invoice' | 'estimate' | 'credit_note';

export type DocumentStatus =
  | 'draft'
  | 'sent'
  | 'accepted'
  | 'declined'
  | 'changes_requested'
  | 'expired'
  | 'invoiced'
  | 'partially_paid'
  | 'paid'
  | 'overdue'
  | 'open'
  | 'closed'
  | 'void';

export interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

export interface DocumentSummary {
  id: string;
  kind: DocumentKind;
  number: string;
  status: DocumentStatus;
  customer: { id: string; display_name: string };
  currency: string;
  issue_date: string;
  due_date: string | null;
  expiry_date: string | null;
  reference: string | null;
  subtotal_minor: number;
  discount_minor: number;
  tax_minor: number;
  total_minor: number;
  paid_minor: number;
  credited_minor: number;
  balance_minor: number;
  accepted_at: string | null;
  accepted_by_name: string | null;
  declined_at: string | null;
  decline_reason: string | null;
  changes_requested_at: string | null;
  open_dispute_count: number;
}

export interface DocumentLine {
  id: string;
  position: number;
  name: string;
  description: string | null;
  unit: string | null;
  quantity: number;
  rate_minor: number;
  discount_type: 'percent' | 'amount' | null;
  discount_percent: number | null;
  discount_amount_minor: number | null;
  tax_name: string | null;
  tax_rate_percent: number;
  gross_minor: number;
  discount_minor: number;
  tax_minor: number;
  total_minor: number;
}

export interface AppliedAmount {
  id: string;
  number: string;
  amount_minor: number;
}

export interface Dispute {
  id: string;
  line: { id: string; name: string } | null;
  reason: string;
  status: 'open' | 'resolved';
  resolution: string | null;
  created_at: string;
  resolved_at: string | null;
}

export interface DocumentDetail extends DocumentSummary {
  notes: string | null;
  terms: string | null;
  lines: DocumentLine[];
  payments: (AppliedAmount & { paid_on: string })[];
  credits: (AppliedAmount & { applied_on: string })[];
  applications: (AppliedAmount & { applied_on: string })[];
  disputes: Dispute[];
}

export interface Payment {
  id: string;
  number: string;
  customer: { id: string; display_name: string };
  currency: string;
  amount_minor: number;
  method: string;
  status: string;
  paid_on: string;
  reference: string | null;
  allocations: { document_id: string; number: string; amount_minor: number }[];
  created_at: string;
}

export type CommentKind = 'comment' | 'changes_requested' | 'dispute' | 'dispute_resolved' | 'accepted' | 'declined';

export interface Comment {
  id: string;
  author_type: 'staff' | 'contact' | 'system';
  author_name: string;
  kind: CommentKind;
  body: string;
  created_at: string;
}

export interface CurrencyTotal {
  currency: string;
  total_minor: number;
  count: number;
}

export interface DashboardFigures {
  outstanding: CurrencyTotal[];
  overdue: CurrencyTotal[];
  retainers_outstanding: CurrencyTotal[];
  unused_credits: CurrencyTotal[];
  last_payment: Payment | null;
  estimates_awaiting: number;
}

export type StatementPeriod = 'this_month' | 'last_month' | 'this_year' | 'custom';

export interface StatementEntry {
  date: string;
  type: 'invoice' | 'payment' | 'credit_note';
  document_id: string;
  number: string;
  description: string;
  amount_minor: number;
  balance_minor: number;
}

export interface Statement {
  customer: { id: string; display_name: string };
  currency: string;
  from: string;
  to: string;
  opening_balance_minor: number;
  entries: StatementEntry[];
  closing_balance_minor: number;
  invoiced_minor: number;
  paid_minor: number;
  credited_minor: number;
  ageing: { current_minor: number; days_1_30_minor: number; days_31_60_minor: number; days_61_90_minor: number; over_90_minor: number };
}

/** Billing shapes of the portal API (docs/api-billing.md); money is integer minor units of `currency`. */

export type { DocumentKind, DocumentLine, DocumentStatus, Statement, StatementEntry, StatementPeriod } from '../../../contract/billing.ts';
import type { DocumentKind, DocumentLine, DocumentStatus } from '../../../contract/billing.ts';

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
  allocations: { document_id: string; kind: 'invoice' | 'retainer_invoice'; number: string; amount_minor: number }[];
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


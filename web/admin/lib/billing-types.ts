/** Shapes of the billing API (docs/api-billing.md). Money is in integer minor units of `currency`. */

export type { DocumentKind, DocumentLine, DocumentStatus, PaymentMethod, Statement, StatementEntry, StatementPeriod } from '../../../contract/billing.ts';
export { documentStatuses, paymentMethods, statementPeriods } from '../../../contract/billing.ts';
import type { DocumentKind, DocumentLine, DocumentStatus } from '../../../contract/billing.ts';

export interface Tax {
  id: string;
  name: string;
  rate_percent: number;
  archived: boolean;
}

export interface Item {
  id: string;
  name: string;
  sku: string | null;
  unit: string | null;
  description: string | null;
  rate_minor: number;
  currency: string;
  tax_id: string | null;
  archived: boolean;
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
  sent_at: string | null;
  viewed_at: string | null;
  viewed_by: { contact_person_id: string; name: string } | null;
  accepted_at: string | null;
  accepted_by_name: string | null;
  declined_at: string | null;
  decline_reason: string | null;
  changes_requested_at: string | null;
  voided_at: string | null;
  /** Set when staff marked the estimate accepted or declined on the customer's behalf. */
  marked_by_staff: { staff_user_id: string | null; name: string } | null;
  source_document_id: string | null;
  converted_invoice_id: string | null;
  open_dispute_count: number;
  created_at: string;
  updated_at: string;
  /** Sent back with an edit, so that a page opened before someone else's change cannot overwrite it. */
  version: number;
}

export interface BillingDocument extends DocumentSummary {
  notes: string | null;
  terms: string | null;
  lines: DocumentLine[];
}

export type LineDiscountInput = { type: 'percent'; percent: number } | { type: 'amount'; amount_minor: number };
export interface LineInput {
  item_id?: string | null;
  name: string;
  description?: string | null;
  unit?: string | null;
  quantity: number;
  rate_minor: number;
  discount?: LineDiscountInput | null;
  tax_id?: string | null;
}

export interface DocumentInput {
  customer_id?: string;
  issue_date?: string;
  due_date?: string | null;
  expiry_date?: string | null;
  reference?: string | null;
  notes?: string | null;
  terms?: string | null;
  lines: LineInput[];
  /** The version of the document the form was opened on (edits only). */
  version?: number;
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
  notes: string | null;
  allocations: { document_id: string; kind: string; number: string; amount_minor: number }[];
  created_at: string;
}

export interface DocumentComment {
  id: string;
  author_type: 'staff' | 'contact' | 'system';
  author_name: string;
  kind: 'comment' | 'changes_requested' | 'dispute' | 'dispute_resolved' | 'accepted' | 'declined';
  /** What the author wrote; for an entry Portico composed, its text (also `message_code` with `message_params`). */
  body: string;
  message_code: string | null;
  message_params: Record<string, unknown> | null;
  display_in_portal: boolean;
  created_at: string;
}

export interface DocumentView {
  contact_person_id: string | null;
  contact_name: string;
  ip: string | null;
  user_agent: string | null;
  viewed_at: string;
}

export interface Dispute {
  id: string;
  document: { id: string; kind: DocumentKind; number: string };
  customer: { id: string; display_name: string };
  line: { id: string; name: string } | null;
  reason: string;
  status: 'open' | 'resolved';
  resolution: string | null;
  created_at: string;
  resolved_at: string | null;
}


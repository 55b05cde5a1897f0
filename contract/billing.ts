/**
 * Billing vocabulary and answer shapes shared by the server and both web apps (docs/api-billing.md).
 * Money is integer minor units of `currency`.
 */

export type DocumentKind = 'estimate' | 'invoice' | 'retainer_invoice' | 'credit_note';

/** Stored statuses plus the two computed ones (overdue, expired). */
export const documentStatuses = [
  'draft',
  'sent',
  'accepted',
  'declined',
  'changes_requested',
  'expired',
  'invoiced',
  'partially_paid',
  'paid',
  'overdue',
  'open',
  'closed',
  'void',
] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

export const paymentMethods = ['cash', 'bank_transfer', 'cheque'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
/**
 * The method of the payment an open-invoices import records for what was paid on an invoice before it
 * came to Portico (docs/integrations.md "CSV import"): never chosen by staff, only written by imports.
 */
export const OPENING_BALANCE_METHOD = 'opening_balance';

export const statementPeriods = ['this_month', 'last_month', 'this_year', 'custom'] as const;
export type StatementPeriod = (typeof statementPeriods)[number];

export interface DocumentLine {
  id: string;
  position: number;
  item_id: string | null;
  name: string;
  description: string | null;
  unit: string | null;
  quantity: number;
  rate_minor: number;
  discount_type: 'percent' | 'amount' | null;
  discount_percent: number | null;
  discount_amount_minor: number | null;
  tax_id: string | null;
  tax_name: string | null;
  tax_rate_percent: number;
  gross_minor: number;
  discount_minor: number;
  tax_minor: number;
  total_minor: number;
}

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

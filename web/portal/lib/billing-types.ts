/**
 * Billing shapes of the portal API (docs/api-billing.md) for the pages not yet on the generated types
 * (documents use pages/documents/queries.ts); money is integer minor units of `currency`.
 */

export type { DocumentKind, DocumentLine, DocumentStatus, Statement, StatementEntry, StatementPeriod } from '../../../contract/billing.ts';

export interface Page<T> {
  data: T[];
  next_cursor: string | null;
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


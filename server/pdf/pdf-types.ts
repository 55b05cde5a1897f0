/**
 * View models of the PDF renderers: plain, already-translated data. Callers map their rows to these;
 * the renderers localise labels, dates and money themselves from `language` and `currency`.
 *
 * Conventions shared by every view:
 * - money: integer minor units of the view's `currency` (`12345` EUR is 123,45 €);
 * - dates: `YYYY-MM-DD` strings (calendar dates, shown without a time zone shift);
 * - `generatedAt`: an ISO 8601 timestamp; it becomes the PDF's creation date, so that the same view
 *   always renders the same bytes (take it from the injected clock).
 */
import type { Language } from '../../contract/portal.ts';

export type PdfLanguage = Language;

/** The business that issues the document: its letterhead. */
export interface PdfOrganization {
  name: string;
  /** Free text, one line per address line. */
  address: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  /** `#rrggbb`, used for the title, headings and rules. */
  brandColor: string;
  /** PNG or JPEG bytes; fetching a logo URL is the caller's business. */
  logo?: Buffer | null;
}

/** The customer the document is addressed to. */
export interface PdfCustomer {
  name: string;
  /** Billing address, already split into lines (attention, street, city …); may be empty. */
  addressLines: string[];
  /** VAT / GST / sales-tax registration number, printed under the address; absent or null when none. */
  taxNumber?: string | null;
}

interface PdfCommon {
  language: PdfLanguage;
  currency: string;
  organization: PdfOrganization;
  customer: PdfCustomer;
  generatedAt: string;
}

export type PdfDocumentKind = 'invoice' | 'estimate' | 'retainer_invoice' | 'credit_note';

export interface PdfDocumentLine {
  name: string;
  description: string | null;
  /** Thousandths: 1500 is a quantity of 1.5. */
  quantityMilli: number;
  unit: string | null;
  rateMinor: number;
  /** The discount in money, as computed for the line (0 when none). */
  discountMinor: number;
  /** Basis points (1/100 %) when the discount was a percentage; null for none or a fixed amount. */
  discountPercentBasisPoints: number | null;
  taxName: string | null;
  /** Thousandths of a percent: 19000 is 19 %. */
  taxRateMillipercent: number;
  taxMinor: number;
  /** The line's total (gross − discount + tax); the lines add up to the document's total. */
  totalMinor: number;
}

/** A payment or credit applied to an invoice, listed under its totals. */
export interface PdfAppliedAmount {
  number: string;
  date: string;
  amountMinor: number;
}

export interface DocumentPdfView extends PdfCommon {
  kind: PdfDocumentKind;
  number: string;
  /** Stored or computed status (`sent`, `overdue`, `paid` …); shown localised. */
  status: string;
  issueDate: string;
  dueDate: string | null;
  expiryDate: string | null;
  reference: string | null;
  lines: PdfDocumentLine[];
  subtotalMinor: number;
  discountMinor: number;
  taxMinor: number;
  totalMinor: number;
  paidMinor: number;
  creditedMinor: number;
  /** Invoices: what is still owed; credit notes: the unused credit; estimates: 0 (not shown). */
  balanceMinor: number;
  payments: PdfAppliedAmount[];
  credits: PdfAppliedAmount[];
  /** Printed as text, never interpreted (HTML stays literal). */
  notes: string | null;
  terms: string | null;
}

export interface ReceiptPdfView extends PdfCommon {
  number: string;
  paidOn: string;
  /** `cash`, `bank_transfer`, `cheque`, `card`, `bank_account` …; shown localised. */
  method: string;
  status: string;
  reference: string | null;
  amountMinor: number;
  /** The invoices this payment paid, with the amount applied to each. */
  allocations: { number: string; issueDate: string | null; totalMinor: number | null; amountMinor: number }[];
  notes: string | null;
}

export type StatementEntryType = 'invoice' | 'payment' | 'credit_note' | 'refund';

/**
 * A statement of accounts. Mirrors the API's `Statement` (docs/api-billing.md) in camelCase:
 * `opening_balance_minor` → `openingBalanceMinor`, `ageing.days_1_30_minor` → `ageing.days1To30Minor` …
 */
export interface StatementPdfView extends PdfCommon {
  from: string;
  to: string;
  openingBalanceMinor: number;
  /** In date order; `amountMinor` is + for an invoice or a refund, − for a payment or credit note. */
  entries: {
    date: string;
    type: StatementEntryType;
    number: string;
    description: string | null;
    amountMinor: number;
    /** Running balance after this entry. */
    balanceMinor: number;
  }[];
  closingBalanceMinor: number;
  invoicedMinor: number;
  paidMinor: number;
  creditedMinor: number;
  /** Succeeded refunds in the period (they raise what is owed). */
  refundedMinor: number;
  ageing: {
    currentMinor: number;
    days1To30Minor: number;
    days31To60Minor: number;
    days61To90Minor: number;
    over90Minor: number;
  };
}

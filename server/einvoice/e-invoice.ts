/**
 * The e-invoice view of an invoice or credit note: plain data in integer minor units, built from the
 * stored document by buildEInvoice and written as UBL 2.1 (Peppol BIS Billing 3.0, ubl.ts) or as
 * UN/CEFACT CII D16B (Factur-X EN 16931, cii.ts). Nothing here reads a database.
 *
 * Totals come from the document as stored (docs/architecture.md: the lines add up to the document):
 *   line net (BT-131)          = gross − line discount
 *   LineExtensionAmount (BT-106) = Σ line net = subtotal − discount
 *   TaxExclusiveAmount (BT-109)  = BT-106 (no document-level allowances or charges)
 *   TaxAmount (BT-110)           = Σ line tax = the document's tax
 *   TaxInclusiveAmount (BT-112)  = the document's total
 *   PrepaidAmount (BT-113)       = payments and credits applied (total − balance)
 *   PayableAmount (BT-115)       = the invoice's balance (a credit note: its total)
 */
import { decimalAmount } from '../../contract/money.ts';
import { categoriesWithExemptionReason, countryCode, defaultExemptionReasons, unitCode, vatCategoryOf, type VatCategory } from './codes.ts';

export type EInvoiceKind = 'invoice' | 'credit_note';

export interface EInvoiceAddress {
  /** Street lines, at most three are carried (BT-35, BT-36, BT-162). */
  lines: string[];
  city: string | null;
  postalCode: string | null;
  subdivision: string | null;
  /** ISO 3166-1 alpha-2; null when unknown (BR-09 / BR-11 then fail: the organization must set it). */
  countryCode: string | null;
}

export interface EInvoiceParty {
  name: string;
  /** VAT identifier (BT-31 / BT-48), with its country prefix (DE123456789). */
  vatId: string | null;
  /** Peppol electronic address (BT-34 / BT-49) with its ICD scheme. */
  endpoint: { id: string; scheme: string } | null;
  address: EInvoiceAddress;
  email: string | null;
  phone: string | null;
}

export interface EInvoiceLine {
  id: string;
  name: string;
  description: string | null;
  quantityMilli: number;
  /** UN/ECE Rec 20. */
  unitCode: string;
  /** Net price per unit (BT-146) in minor units. */
  priceMinor: number;
  grossMinor: number;
  discountMinor: number;
  /** BT-131: gross − discount. */
  netMinor: number;
  taxMinor: number;
  vatCategory: VatCategory;
  taxRateMillipercent: number;
}

/** One row of the VAT breakdown (BG-23), per category and rate. */
export interface EInvoiceTaxRow {
  category: VatCategory;
  rateMillipercent: number;
  taxableMinor: number;
  taxMinor: number;
  exemptionReason: string | null;
}

export interface EInvoiceTotals {
  lineExtensionMinor: number;
  taxExclusiveMinor: number;
  taxMinor: number;
  taxInclusiveMinor: number;
  prepaidMinor: number;
  payableMinor: number;
}

export interface EInvoiceView {
  kind: EInvoiceKind;
  number: string;
  issueDate: string;
  dueDate: string | null;
  currency: string;
  /** BT-10; the document's reference, else its number (Peppol requires a buyer reference or an order reference). */
  buyerReference: string;
  notes: string | null;
  paymentTerms: string | null;
  seller: EInvoiceParty;
  buyer: EInvoiceParty;
  lines: EInvoiceLine[];
  taxes: EInvoiceTaxRow[];
  totals: EInvoiceTotals;
}

/** What buildEInvoice needs of a document, its lines, its taxes and both parties (rows as stored). */
export interface EInvoiceSource {
  document: {
    kind: EInvoiceKind;
    number: string;
    currency: string;
    issue_date: string;
    due_date: string | null;
    reference: string | null;
    notes: string | null;
    terms: string | null;
    subtotal_minor: number;
    discount_minor: number;
    tax_minor: number;
    total_minor: number;
    balance_minor: number;
  };
  lines: {
    name: string;
    description: string | null;
    unit: string | null;
    quantity_milli: number;
    rate_minor: number;
    tax_id: string | null;
    tax_rate_millipercent: number;
    gross_minor: number;
    discount_minor: number;
    tax_minor: number;
  }[];
  /** The organization's taxes by id: their VAT category and exemption reason. */
  taxes: ReadonlyMap<string, { vat_category: string | null; exemption_reason: string | null }>;
  seller: {
    name: string;
    address: string | null;
    email: string | null;
    phone: string | null;
    tax_number: string | null;
    country_code: string | null;
    peppol_endpoint_id: string | null;
    peppol_endpoint_scheme: string | null;
  };
  buyer: {
    name: string;
    /** The billing address as stored (JSON of attention, street, city, state, postal_code, country). */
    address: { attention?: string | undefined; street?: string | undefined; city?: string | undefined; state?: string | undefined; postal_code?: string | undefined; country?: string | undefined } | null;
    email: string | null;
    phone: string | null;
    tax_number: string | null;
    peppol_endpoint_id: string | null;
    peppol_endpoint_scheme: string | null;
  };
}

function nonBlank(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function endpointOf(id: string | null, scheme: string | null): EInvoiceParty['endpoint'] {
  const trimmed = nonBlank(id);
  return trimmed && scheme ? { id: trimmed, scheme } : null;
}

/** The organization's free-text address: its lines as street lines; the country from country_code. */
function sellerAddress(address: string | null, country: string | null): EInvoiceAddress {
  const lines = (address ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return { lines: lines.slice(0, 3), city: null, postalCode: null, subdivision: null, countryCode: country ? country.toUpperCase() : null };
}

function buyerAddress(address: EInvoiceSource['buyer']['address']): EInvoiceAddress {
  if (!address) return { lines: [], city: null, postalCode: null, subdivision: null, countryCode: null };
  const street = (address.street ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    lines: street.slice(0, 3),
    city: nonBlank(address.city),
    postalCode: nonBlank(address.postal_code),
    subdivision: nonBlank(address.state),
    countryCode: countryCode(address.country),
  };
}

/** The e-invoice of a document: lines, VAT breakdown per category and rate, and totals. */
export function buildEInvoice(source: EInvoiceSource): EInvoiceView {
  const { document } = source;
  const lines: EInvoiceLine[] = source.lines.map((line, index) => {
    const tax = line.tax_id ? source.taxes.get(line.tax_id) : undefined;
    return {
      id: String(index + 1),
      name: nonBlank(line.name) ?? `Line ${index + 1}`,
      description: nonBlank(line.description),
      quantityMilli: line.quantity_milli,
      unitCode: unitCode(line.unit),
      priceMinor: line.rate_minor,
      grossMinor: line.gross_minor,
      discountMinor: line.discount_minor,
      netMinor: line.gross_minor - line.discount_minor,
      taxMinor: line.tax_minor,
      vatCategory: vatCategoryOf(tax?.vat_category, line.tax_rate_millipercent),
      taxRateMillipercent: line.tax_rate_millipercent,
    };
  });

  const rows = new Map<string, EInvoiceTaxRow>();
  source.lines.forEach((line, index) => {
    const computed = lines[index]!;
    const key = `${computed.vatCategory}:${computed.taxRateMillipercent}`;
    let row = rows.get(key);
    if (!row) {
      const tax = line.tax_id ? source.taxes.get(line.tax_id) : undefined;
      const reason = categoriesWithExemptionReason.has(computed.vatCategory)
        ? (nonBlank(tax?.exemption_reason) ?? defaultExemptionReasons[computed.vatCategory] ?? null)
        : null;
      row = { category: computed.vatCategory, rateMillipercent: computed.taxRateMillipercent, taxableMinor: 0, taxMinor: 0, exemptionReason: reason };
      rows.set(key, row);
    }
    row.taxableMinor += computed.netMinor;
    row.taxMinor += computed.taxMinor;
  });

  const lineExtension = document.subtotal_minor - document.discount_minor;
  const payable = document.kind === 'credit_note' ? document.total_minor : document.balance_minor;
  return {
    kind: document.kind,
    number: document.number,
    issueDate: document.issue_date,
    // BR-CO-25: an amount due needs a due date or payment terms; without either it is due on issue.
    dueDate: document.due_date ?? (document.kind === 'invoice' && payable > 0 && !nonBlank(document.terms) ? document.issue_date : null),
    currency: document.currency,
    buyerReference: nonBlank(document.reference) ?? document.number,
    notes: nonBlank(document.notes),
    paymentTerms: nonBlank(document.terms),
    seller: {
      name: source.seller.name,
      vatId: nonBlank(source.seller.tax_number),
      endpoint: endpointOf(source.seller.peppol_endpoint_id, source.seller.peppol_endpoint_scheme),
      address: sellerAddress(source.seller.address, source.seller.country_code),
      email: nonBlank(source.seller.email),
      phone: nonBlank(source.seller.phone),
    },
    buyer: {
      name: source.buyer.name,
      vatId: nonBlank(source.buyer.tax_number),
      endpoint: endpointOf(source.buyer.peppol_endpoint_id, source.buyer.peppol_endpoint_scheme),
      address: buyerAddress(source.buyer.address),
      email: nonBlank(source.buyer.email),
      phone: nonBlank(source.buyer.phone),
    },
    lines,
    taxes: [...rows.values()],
    totals: {
      lineExtensionMinor: lineExtension,
      taxExclusiveMinor: lineExtension,
      taxMinor: document.tax_minor,
      taxInclusiveMinor: document.total_minor,
      prepaidMinor: document.total_minor - payable,
      payableMinor: payable,
    },
  };
}

/** An amount in the document currency's digits, exactly (123456 EUR → "1234.56", 1234 JPY → "1234"). */
export function amount(view: Pick<EInvoiceView, 'currency'>, minor: number): string {
  return decimalAmount(minor, view.currency);
}

/** Thousandths as a plain decimal without trailing zeros: 1500 → "1.5", 19000 → "19", -250 → "-0.25". */
export function thousandths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(4, '0');
  const whole = digits.slice(0, -3);
  const fraction = digits.slice(-3).replace(/0+$/, '');
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

/** The file name of an e-invoice: INV-000001.xml, INV-000001-factur-x.pdf. */
export function eInvoiceFilename(number: string, format: 'ubl' | 'facturx'): string {
  const base = number.replace(/[^A-Za-z0-9._-]+/g, '-') || 'document';
  return format === 'ubl' ? `${base}.xml` : `${base}-factur-x.pdf`;
}

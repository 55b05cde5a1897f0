import { computeDocumentAmounts, type LineAmountsInput } from '../../contract/document-totals.ts';
import type { DocumentPdfView, PdfDocumentLine, PdfOrganization } from './pdf-types.ts';

/** A 1×1 PNG. */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

export const organization: PdfOrganization = {
  name: 'Acme Supplies',
  address: '1 Harbour Road\nLeeds LS1 4AB',
  email: 'billing@acme.test',
  phone: '+44 113 000 0000',
  website: 'https://acme.test',
  brandColor: '#b5422a',
};

export interface LineSpec {
  name: string;
  description?: string | null;
  quantityMilli: number;
  rateMinor: number;
  discountPercentBasisPoints?: number;
  taxRateMillipercent?: number;
}

/** Lines with their amounts computed by the one totals function, and the document's totals. */
export function withTotals(specs: LineSpec[]): Pick<DocumentPdfView, 'lines' | 'subtotalMinor' | 'discountMinor' | 'taxMinor' | 'totalMinor'> {
  const inputs: LineAmountsInput[] = specs.map((spec) => ({
    quantity_milli: spec.quantityMilli,
    rate_minor: spec.rateMinor,
    discount_type: spec.discountPercentBasisPoints ? 'percent' : null,
    discount_value: spec.discountPercentBasisPoints ?? 0,
    tax_rate_millipercent: spec.taxRateMillipercent ?? 0,
  }));
  const amounts = computeDocumentAmounts(inputs);
  const lines = specs.map((spec, index): PdfDocumentLine => {
    const line = amounts.lines[index];
    if (!line) throw new Error('line amounts missing');
    return {
      name: spec.name,
      description: spec.description ?? null,
      quantityMilli: spec.quantityMilli,
      unit: 'h',
      rateMinor: spec.rateMinor,
      discountMinor: line.discount_minor,
      discountPercentBasisPoints: spec.discountPercentBasisPoints ?? null,
      taxName: spec.taxRateMillipercent ? 'VAT' : null,
      taxRateMillipercent: spec.taxRateMillipercent ?? 0,
      taxMinor: line.tax_minor,
      totalMinor: line.total_minor,
    };
  });
  return { lines, subtotalMinor: amounts.subtotal_minor, discountMinor: amounts.discount_minor, taxMinor: amounts.tax_minor, totalMinor: amounts.total_minor };
}

export function invoiceView(overrides: Partial<DocumentPdfView> = {}, specs?: LineSpec[]): DocumentPdfView {
  const totals = withTotals(
    specs ?? [
      { name: 'Consulting', description: 'Workshop on site', quantityMilli: 1500, rateMinor: 9_000, discountPercentBasisPoints: 1000, taxRateMillipercent: 19_000 },
      { name: 'Travel', quantityMilli: 1000, rateMinor: 12_345 },
    ],
  );
  const paidMinor = overrides.paidMinor ?? 5_000;
  return {
    kind: 'invoice',
    number: 'INV-000042',
    status: 'partially_paid',
    language: 'en',
    currency: 'EUR',
    organization,
    customer: { name: 'Brightside Ltd', addressLines: ['2 Park Lane', 'London W1K 1QA'] },
    generatedAt: '2026-11-25T10:00:00.000Z',
    issueDate: '2026-11-01',
    dueDate: '2026-12-01',
    expiryDate: null,
    reference: 'PO-7781',
    ...totals,
    paidMinor,
    creditedMinor: 0,
    balanceMinor: totals.totalMinor - paidMinor,
    payments: [{ number: 'PAY-000003', date: '2026-11-10', amountMinor: paidMinor }],
    credits: [],
    notes: 'Thank you for your business.',
    terms: 'Payable within 30 days.',
    ...overrides,
  };
}

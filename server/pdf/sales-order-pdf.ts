import { lineHeight, MUTED, PdfCanvas, type TextStyle } from './pdf-canvas.ts';
import { pdfFormat, type PdfFormat } from './pdf-format.ts';
import { lookupLabel, pdfLabels } from './pdf-labels.ts';
import { brandColor, continuationHeader, drawFooter, drawLetterhead, drawParties, drawTextSection, drawTotals } from './pdf-layout.ts';
import { drawTable, type TableCell } from './pdf-table.ts';
import { salesOrderPdfLabels } from './sales-order-labels.ts';
import type { PdfCustomer, PdfDocumentLine, PdfLanguage, PdfOrganization } from './pdf-types.ts';

/** A sales order as its PDF shows it (conventions as in pdf-types.ts). */
export interface SalesOrderPdfView {
  language: PdfLanguage;
  currency: string;
  organization: PdfOrganization;
  customer: PdfCustomer;
  generatedAt: string;
  number: string;
  /** draft, pending_approval, confirmed …; shown localised. */
  status: string;
  orderDate: string;
  expectedShipmentDate: string | null;
  poNumber: string | null;
  /** The address the order ships to, one line per address line; null when none. */
  shippingAddress: string | null;
  lines: PdfDocumentLine[];
  subtotalMinor: number;
  discountMinor: number;
  taxMinor: number;
  totalMinor: number;
  notes: string | null;
  terms: string | null;
}

/** A sales order in the customer's language, laid out as the invoices are. */
export async function renderSalesOrderPdf(view: SalesOrderPdfView): Promise<Buffer> {
  const labels = pdfLabels(view.language);
  const own = salesOrderPdfLabels(view.language);
  const format = pdfFormat(view.language, view.currency);
  const brand = brandColor(view.organization);
  const canvas = new PdfCanvas({
    title: `${own.title} ${view.number}`,
    author: view.organization.name,
    subject: `${own.title} ${view.number} · ${view.customer.name}`,
    language: view.language,
    generatedAt: view.generatedAt,
  });
  const pageTop = continuationHeader(canvas, view.organization, `${own.title} ${view.number} · ${view.customer.name}`);
  canvas.onNewPage = pageTop;

  drawLetterhead(canvas, view.organization, own.title, [view.number, lookupLabel(own.statuses, view.status)]);
  drawParties(canvas, labels.billTo, view.customer, [
    [own.orderDate, format.date(view.orderDate)],
    [own.expectedShipment, view.expectedShipmentDate ? format.date(view.expectedShipmentDate) : ''],
    [own.poNumber, view.poNumber ?? ''],
  ], labels.taxNumber);
  drawShipTo(canvas, own.shipTo, view.shippingAddress);

  drawTable(canvas, {
    brand,
    pageTop,
    columns: [
      { header: labels.columns.item, share: 0.33, align: 'left' },
      { header: labels.columns.quantity, share: 0.08, align: 'right' },
      { header: labels.columns.unit, share: 0.08, align: 'left' },
      { header: labels.columns.rate, share: 0.13, align: 'right' },
      { header: labels.columns.discount, share: 0.12, align: 'right' },
      { header: labels.columns.tax, share: 0.12, align: 'right' },
      { header: labels.columns.amount, share: 0.14, align: 'right' },
    ],
    rows: view.lines.map((line) => lineRow(line, format)),
  });

  const totals = [{ label: labels.subtotal, value: format.money(view.subtotalMinor) }];
  if (view.discountMinor) totals.push({ label: labels.discount, value: format.money(-view.discountMinor) });
  totals.push({ label: labels.tax, value: format.money(view.taxMinor) });
  drawTotals(canvas, view.organization, [...totals, { label: labels.total, value: format.money(view.totalMinor), strong: true }]);
  drawTextSection(canvas, view.organization, labels.notes, view.notes);
  drawTextSection(canvas, view.organization, labels.terms, view.terms);

  const footerLeft = `${view.organization.name} · ${own.title} ${view.number}`;
  return canvas.finish((page, count) => drawFooter(canvas, labels, footerLeft, page, count));
}

/** The shipping address under the parties, as the customer's is shown. */
function drawShipTo(canvas: PdfCanvas, heading: string, address: string | null): void {
  const lines = (address ?? '').split(/\r?\n/).filter((line) => line.trim());
  if (lines.length === 0) return;
  const label: TextStyle = { size: 8, bold: true, color: MUTED };
  const text: TextStyle = { size: 9 };
  canvas.ensureSpace(lineHeight(label) + lineHeight(text) * lines.length);
  canvas.text(heading.toUpperCase(), canvas.left, canvas.y, label);
  canvas.y += lineHeight(label);
  for (const line of lines.flatMap((part) => canvas.wrap(part, canvas.width * 0.5, text))) {
    canvas.text(line, canvas.left, canvas.y, text);
    canvas.y += lineHeight(text);
  }
  canvas.y += 16;
}

function lineRow(line: PdfDocumentLine, format: PdfFormat): TableCell[] {
  const discountNote = line.discountPercentBasisPoints !== null && line.discountMinor !== 0 ? format.percentFromBasisPoints(line.discountPercentBasisPoints) : null;
  const taxNote = line.taxName ? (line.taxName.includes('%') ? line.taxName : `${line.taxName} ${format.percentFromMillipercent(line.taxRateMillipercent)}`) : null;
  return [
    { text: line.name, bold: true, sub: line.description },
    { text: format.quantity(line.quantityMilli) },
    { text: line.unit ?? '' },
    { text: format.money(line.rateMinor) },
    { text: line.discountMinor ? format.money(line.discountMinor) : '–', sub: discountNote },
    { text: line.taxMinor || line.taxName ? format.money(line.taxMinor) : '–', sub: taxNote },
    { text: format.money(line.totalMinor), bold: true },
  ];
}

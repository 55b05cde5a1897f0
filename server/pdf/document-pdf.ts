import { lineHeight, MUTED, PdfCanvas, type PdfArchive, type TextStyle } from './pdf-canvas.ts';
import { pdfFormat, type PdfFormat } from './pdf-format.ts';
import { lookupLabel, pdfLabels, type PdfLabels } from './pdf-labels.ts';
import { brandColor, continuationHeader, drawFooter, drawLetterhead, drawParties, drawTextSection, drawTotals } from './pdf-layout.ts';
import { drawTable, type TableCell } from './pdf-table.ts';
import type { DocumentPdfView, PdfAppliedAmount, PdfDocumentLine } from './pdf-types.ts';

/**
 * An invoice, estimate, retainer invoice or credit note, in the customer's language. With `archive`, a
 * PDF/A-3b carrying a file (a Factur-X invoice: server/einvoice/factur-x.ts).
 */
export async function renderDocumentPdf(view: DocumentPdfView, archive?: PdfArchive): Promise<Buffer> {
  const labels = pdfLabels(view.language);
  const format = pdfFormat(view.language, view.currency);
  const brand = brandColor(view.organization);
  const title = labels.titles[view.kind];
  const canvas = new PdfCanvas({
    title: `${title} ${view.number}`,
    author: view.organization.name,
    subject: `${title} ${view.number} · ${view.customer.name}`,
    language: view.language,
    generatedAt: view.generatedAt,
    archive,
  });
  const pageTop = continuationHeader(canvas, view.organization, `${title} ${view.number} · ${view.customer.name}`);
  canvas.onNewPage = pageTop;

  drawLetterhead(canvas, view.organization, title, [view.number, lookupLabel(labels.statuses, view.status)]);
  drawParties(canvas, labels.billTo, view.customer, [
    [labels.date, format.date(view.issueDate)],
    [labels.dueDate, view.kind === 'estimate' ? '' : format.date(view.dueDate)],
    [labels.expiryDate, view.kind === 'estimate' ? format.date(view.expiryDate) : ''],
    [labels.reference, view.reference ?? ''],
  ], labels.taxNumber);

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

  drawTotals(canvas, view.organization, totalRows(view, labels, format));
  drawApplied(canvas, labels.paymentsApplied, view.payments, format, brand);
  drawApplied(canvas, labels.creditsApplied, view.credits, format, brand);
  drawTextSection(canvas, view.organization, labels.notes, view.notes);
  drawTextSection(canvas, view.organization, labels.terms, view.terms);

  const footerLeft = `${view.organization.name} · ${title} ${view.number}`;
  return canvas.finish((page, count) => drawFooter(canvas, labels, footerLeft, page, count));
}

function lineRow(line: PdfDocumentLine, format: PdfFormat): TableCell[] {
  const discountNote = line.discountPercentBasisPoints !== null && line.discountMinor !== 0 ? format.percentFromBasisPoints(line.discountPercentBasisPoints) : null;
  // Tax names often carry their rate already ("VAT 19%"); the rate is added only when they don't.
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

function totalRows(view: DocumentPdfView, labels: PdfLabels, format: PdfFormat): { label: string; value: string; strong?: boolean }[] {
  const rows = [{ label: labels.subtotal, value: format.money(view.subtotalMinor) }];
  if (view.discountMinor) rows.push({ label: labels.discount, value: format.money(-view.discountMinor) });
  rows.push({ label: labels.tax, value: format.money(view.taxMinor) });
  const total = { label: labels.total, value: format.money(view.totalMinor), strong: view.kind === 'estimate' };
  if (view.kind === 'estimate') return [...rows, total];
  if (view.kind === 'credit_note') {
    return [...rows, total, { label: labels.creditRemaining, value: format.money(view.balanceMinor), strong: true }];
  }
  return [
    ...rows,
    total,
    ...(view.paidMinor ? [{ label: labels.paid, value: format.money(-view.paidMinor) }] : []),
    ...(view.creditedMinor ? [{ label: labels.credited, value: format.money(-view.creditedMinor) }] : []),
    { label: labels.balanceDue, value: format.money(view.balanceMinor), strong: true },
  ];
}

/** The payments or credits applied to an invoice: number, date and amount. */
function drawApplied(canvas: PdfCanvas, heading: string, applied: PdfAppliedAmount[], format: PdfFormat, brand: string): void {
  if (applied.length === 0) return;
  const headingStyle: TextStyle = { size: 9, bold: true, color: brand };
  const row: TextStyle = { size: 8.5 };
  canvas.ensureSpace(lineHeight(headingStyle) + lineHeight(row) * Math.min(applied.length, 3));
  canvas.text(heading, canvas.left, canvas.y, headingStyle);
  canvas.y += lineHeight(headingStyle) + 1;
  for (const item of applied) {
    canvas.ensureSpace(lineHeight(row));
    canvas.text(item.number, canvas.left, canvas.y, row);
    canvas.text(format.date(item.date), canvas.left + 110, canvas.y, { ...row, color: MUTED });
    canvas.textRight(format.money(item.amountMinor), canvas.left + 320, canvas.y, row);
    canvas.y += lineHeight(row);
  }
  canvas.y += 10;
}

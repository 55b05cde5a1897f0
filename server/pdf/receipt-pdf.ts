import { lineHeight, MUTED, PdfCanvas, type TextStyle } from './pdf-canvas.ts';
import { pdfFormat } from './pdf-format.ts';
import { lookupLabel, pdfLabels } from './pdf-labels.ts';
import { brandColor, continuationHeader, drawFooter, drawLetterhead, drawParties, drawTextSection } from './pdf-layout.ts';
import { drawTable } from './pdf-table.ts';
import type { ReceiptPdfView } from './pdf-types.ts';

/** A payment receipt: who paid what, when and how, and which invoices it paid. */
export async function renderReceiptPdf(view: ReceiptPdfView): Promise<Buffer> {
  const labels = pdfLabels(view.language);
  const format = pdfFormat(view.language, view.currency);
  const brand = brandColor(view.organization);
  const title = labels.titles.receipt;
  const canvas = new PdfCanvas({
    title: `${title} ${view.number}`,
    author: view.organization.name,
    subject: `${title} ${view.number} · ${view.customer.name}`,
    language: view.language,
    generatedAt: view.generatedAt,
  });
  const pageTop = continuationHeader(canvas, view.organization, `${title} ${view.number} · ${view.customer.name}`);
  canvas.onNewPage = pageTop;

  drawLetterhead(canvas, view.organization, title, [view.number, lookupLabel(labels.statuses, view.status)]);
  drawParties(canvas, labels.receivedFrom, view.customer, [
    [labels.paymentDate, format.date(view.paidOn)],
    [labels.paymentMethod, lookupLabel(labels.methods, view.method)],
    [labels.reference, view.reference ?? ''],
  ]);

  const amount = format.money(view.amountMinor);
  const label: TextStyle = { size: 9, color: MUTED };
  const figure: TextStyle = { size: 18, bold: true, color: brand };
  const boxHeight = lineHeight(label) + lineHeight(figure) + 16;
  canvas.fillRect(canvas.left, canvas.y, canvas.width, boxHeight, '#f4f6f8');
  canvas.text(labels.amountReceived, canvas.left + 12, canvas.y + 8, label);
  canvas.text(amount, canvas.left + 12, canvas.y + 8 + lineHeight(label), canvas.fit(amount, canvas.width - 24, figure));
  canvas.y += boxHeight + 18;

  if (view.allocations.length > 0) {
    const headingStyle: TextStyle = { size: 9, bold: true, color: brand };
    canvas.ensureSpace(lineHeight(headingStyle) * 4);
    canvas.text(labels.paymentFor, canvas.left, canvas.y, headingStyle);
    canvas.y += lineHeight(headingStyle) + 2;
    drawTable(canvas, {
      brand,
      pageTop,
      columns: [
        { header: labels.invoiceNumber, share: 0.3, align: 'left' },
        { header: labels.invoiceDate, share: 0.22, align: 'left' },
        { header: labels.invoiceAmount, share: 0.24, align: 'right' },
        { header: labels.amountApplied, share: 0.24, align: 'right' },
      ],
      rows: view.allocations.map((allocation) => [
        { text: allocation.number, bold: true },
        { text: format.date(allocation.issueDate) },
        { text: allocation.totalMinor === null ? '' : format.money(allocation.totalMinor) },
        { text: format.money(allocation.amountMinor), bold: true },
      ]),
    });
    canvas.y += 8;
  }
  drawTextSection(canvas, view.organization, labels.notes, view.notes);

  const footerLeft = `${view.organization.name} · ${title} ${view.number}`;
  return canvas.finish((page, count) => drawFooter(canvas, labels, footerLeft, page, count));
}

import { lineHeight, MUTED, PdfCanvas, type TextStyle } from './pdf-canvas.ts';
import { pdfFormat } from './pdf-format.ts';
import { pdfLabels } from './pdf-labels.ts';
import { brandColor, continuationHeader, drawFooter, drawLetterhead, drawParties, drawTotals } from './pdf-layout.ts';
import { drawTable, type TableCell } from './pdf-table.ts';
import type { StatementPdfView } from './pdf-types.ts';

/** A statement of accounts: opening balance, every entry with its running balance, closing balance, ageing. */
export async function renderStatementPdf(view: StatementPdfView): Promise<Buffer> {
  const labels = pdfLabels(view.language);
  const format = pdfFormat(view.language, view.currency);
  const brand = brandColor(view.organization);
  const title = labels.titles.statement;
  const period = `${format.date(view.from)} – ${format.date(view.to)}`;
  const canvas = new PdfCanvas({
    title: `${title} ${view.customer.name} ${period}`,
    author: view.organization.name,
    subject: title,
    language: view.language,
    generatedAt: view.generatedAt,
  });
  const pageTop = continuationHeader(canvas, view.organization, `${title} · ${view.customer.name} · ${period}`);
  canvas.onNewPage = pageTop;

  drawLetterhead(canvas, view.organization, title, [view.customer.name, `${labels.period}: ${period}`]);
  drawParties(canvas, labels.billTo, view.customer, [
    [labels.openingBalance, format.money(view.openingBalanceMinor)],
    [labels.invoiced, format.money(view.invoicedMinor)],
    [labels.paid, format.money(view.paidMinor)],
    [labels.credited, format.money(view.creditedMinor)],
    ...(view.refundedMinor > 0 ? [[labels.refunded, format.money(view.refundedMinor)] as [string, string]] : []),
    [labels.balanceDue, format.money(view.closingBalanceMinor)],
  ]);

  const rows: TableCell[][] = [
    [{ text: format.date(view.from) }, { text: labels.openingBalance, bold: true }, { text: '' }, { text: '' }, { text: format.money(view.openingBalanceMinor), bold: true }],
    ...view.entries.map((entry): TableCell[] => [
      { text: format.date(entry.date) },
      { text: labels.entryTypes[entry.type] },
      { text: entry.number, sub: entry.description },
      { text: format.money(entry.amountMinor) },
      { text: format.money(entry.balanceMinor) },
    ]),
  ];
  drawTable(canvas, {
    brand,
    pageTop,
    columns: [
      { header: labels.date, share: 0.15, align: 'left' },
      { header: labels.transaction, share: 0.17, align: 'left' },
      { header: labels.details, share: 0.32, align: 'left' },
      { header: labels.columns.amount, share: 0.18, align: 'right' },
      { header: labels.balance, share: 0.18, align: 'right' },
    ],
    rows,
  });
  drawTotals(canvas, view.organization, [{ label: labels.closingBalance, value: format.money(view.closingBalanceMinor), strong: true }]);
  drawAgeing(canvas, view, brand);

  const footerLeft = `${view.organization.name} · ${title}`;
  return canvas.finish((page, count) => drawFooter(canvas, labels, footerLeft, page, count));
}

function drawAgeing(canvas: PdfCanvas, view: StatementPdfView, brand: string): void {
  const labels = pdfLabels(view.language);
  const format = pdfFormat(view.language, view.currency);
  const buckets: [string, number][] = [
    [labels.ageingBuckets.current, view.ageing.currentMinor],
    [labels.ageingBuckets.days1To30, view.ageing.days1To30Minor],
    [labels.ageingBuckets.days31To60, view.ageing.days31To60Minor],
    [labels.ageingBuckets.days61To90, view.ageing.days61To90Minor],
    [labels.ageingBuckets.over90, view.ageing.over90Minor],
  ];
  const heading: TextStyle = { size: 9, bold: true, color: brand };
  const label: TextStyle = { size: 8, color: MUTED };
  const value: TextStyle = { size: 9.5, bold: true };
  canvas.ensureSpace(lineHeight(heading) + lineHeight(label) + lineHeight(value) + 16);
  canvas.text(labels.ageing, canvas.left, canvas.y, heading);
  canvas.y += lineHeight(heading) + 4;
  const cellWidth = canvas.width / buckets.length;
  buckets.forEach(([name, amount], index) => {
    const right = canvas.left + cellWidth * (index + 1) - 6;
    canvas.textRight(name, right, canvas.y, canvas.fit(name, cellWidth - 12, label));
    const money = format.money(amount);
    canvas.textRight(money, right, canvas.y + lineHeight(label) + 2, canvas.fit(money, cellWidth - 12, value));
  });
  canvas.y += lineHeight(label) + lineHeight(value) + 6;
  canvas.rule(canvas.y, brand, 0.8);
  canvas.y += 8;
}

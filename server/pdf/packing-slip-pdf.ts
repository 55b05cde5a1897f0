import { PdfCanvas } from './pdf-canvas.ts';
import { pdfFormat } from './pdf-format.ts';
import { pdfLabels } from './pdf-labels.ts';
import { brandColor, continuationHeader, drawFooter, drawLetterhead, drawParties, drawTextSection } from './pdf-layout.ts';
import { drawTable } from './pdf-table.ts';
import type { PdfCustomer, PdfLanguage, PdfOrganization } from './pdf-types.ts';

/** A packing slip: what one package of an order holds, for the person unpacking it. Never prices. */
export interface PackingSlipPdfView {
  language: PdfLanguage;
  organization: PdfOrganization;
  /** Who it ships to: the customer with the order's shipping address (else its own). */
  customer: PdfCustomer;
  generatedAt: string;
  number: string;
  orderNumber: string;
  orderDate: string;
  poNumber: string | null;
  packageDate: string;
  shippedOn: string | null;
  carrierName: string | null;
  trackingNumber: string | null;
  lines: { name: string; description: string | null; sku: string | null; unit: string | null; orderedMilli: number; quantityMilli: number }[];
  notes: string | null;
}

interface PackingSlipLabels {
  title: string;
  shipTo: string;
  order: string;
  orderDate: string;
  poNumber: string;
  packageDate: string;
  shippedOn: string;
  carrier: string;
  trackingNumber: string;
  columns: { item: string; sku: string; ordered: string; quantity: string };
}

const labels: Record<PdfLanguage, PackingSlipLabels> = {
  en: {
    title: 'Packing slip', shipTo: 'Ship to', order: 'Order', orderDate: 'Order date', poNumber: 'PO number', packageDate: 'Packed on',
    shippedOn: 'Shipped on', carrier: 'Carrier', trackingNumber: 'Tracking number',
    columns: { item: 'Item', sku: 'SKU', ordered: 'Ordered', quantity: 'In this package' },
  },
  de: {
    title: 'Lieferschein', shipTo: 'Lieferung an', order: 'Bestellung', orderDate: 'Bestelldatum', poNumber: 'Bestellnummer des Kunden', packageDate: 'Verpackt am',
    shippedOn: 'Versandt am', carrier: 'Versanddienst', trackingNumber: 'Sendungsnummer',
    columns: { item: 'Artikel', sku: 'Artikelnr.', ordered: 'Bestellt', quantity: 'In diesem Paket' },
  },
  fr: {
    title: 'Bon de livraison', shipTo: 'Livrer à', order: 'Commande', orderDate: 'Date de commande', poNumber: 'Bon de commande', packageDate: 'Emballé le',
    shippedOn: 'Expédié le', carrier: 'Transporteur', trackingNumber: 'Numéro de suivi',
    columns: { item: 'Article', sku: 'Réf.', ordered: 'Commandé', quantity: 'Dans ce colis' },
  },
  es: {
    title: 'Albarán', shipTo: 'Enviar a', order: 'Pedido', orderDate: 'Fecha del pedido', poNumber: 'Orden de compra', packageDate: 'Empaquetado el',
    shippedOn: 'Enviado el', carrier: 'Transportista', trackingNumber: 'Número de seguimiento',
    columns: { item: 'Artículo', sku: 'Ref.', ordered: 'Pedido', quantity: 'En este paquete' },
  },
  ja: {
    title: '納品書', shipTo: '届け先', order: '注文番号', orderDate: '注文日', poNumber: '発注番号', packageDate: '梱包日',
    shippedOn: '発送日', carrier: '配送業者', trackingNumber: '追跡番号',
    columns: { item: '品目', sku: '品番', ordered: '注文数', quantity: 'この荷物の数量' },
  },
};

export async function renderPackingSlipPdf(view: PackingSlipPdfView): Promise<Buffer> {
  const text = labels[view.language] ?? labels.en;
  // Quantities and dates only: the currency is never printed.
  const format = pdfFormat(view.language, 'USD');
  const brand = brandColor(view.organization);
  const canvas = new PdfCanvas({
    title: `${text.title} ${view.number}`,
    author: view.organization.name,
    subject: `${text.title} ${view.number} · ${view.orderNumber} · ${view.customer.name}`,
    language: view.language,
    generatedAt: view.generatedAt,
  });
  const pageTop = continuationHeader(canvas, view.organization, `${text.title} ${view.number} · ${view.orderNumber}`);
  canvas.onNewPage = pageTop;

  drawLetterhead(canvas, view.organization, text.title, [view.number, `${text.order} ${view.orderNumber}`]);
  drawParties(canvas, text.shipTo, view.customer, [
    [text.order, view.orderNumber],
    [text.orderDate, format.date(view.orderDate)],
    [text.poNumber, view.poNumber ?? ''],
    [text.packageDate, format.date(view.packageDate)],
    [text.shippedOn, format.date(view.shippedOn)],
    [text.carrier, view.carrierName ?? ''],
    [text.trackingNumber, view.trackingNumber ?? ''],
  ]);

  const withUnit = (milli: number, unit: string | null) => (unit ? `${format.quantity(milli)} ${unit}` : format.quantity(milli));
  drawTable(canvas, {
    brand,
    pageTop,
    columns: [
      { header: text.columns.item, share: 0.5, align: 'left' },
      { header: text.columns.sku, share: 0.18, align: 'left' },
      { header: text.columns.ordered, share: 0.14, align: 'right' },
      { header: text.columns.quantity, share: 0.18, align: 'right' },
    ],
    rows: view.lines.map((line) => [
      { text: line.name, bold: true, sub: line.description },
      { text: line.sku ?? '' },
      { text: withUnit(line.orderedMilli, line.unit) },
      { text: withUnit(line.quantityMilli, line.unit), bold: true },
    ]),
  });
  canvas.y += 8;
  const common = pdfLabels(view.language);
  drawTextSection(canvas, view.organization, common.notes, view.notes);

  const footerLeft = `${view.organization.name} · ${text.title} ${view.number}`;
  return canvas.finish((page, count) => drawFooter(canvas, common, footerLeft, page, count));
}

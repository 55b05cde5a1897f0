import type { PdfLanguage } from './pdf-types.ts';

/** The words of a sales order's PDF that invoices do not print (the rest come from pdf-labels.ts). */
export interface SalesOrderPdfLabels {
  title: string;
  orderDate: string;
  expectedShipment: string;
  poNumber: string;
  shipTo: string;
  statuses: Record<string, string>;
}

const catalogue: Record<PdfLanguage, SalesOrderPdfLabels> = {
  en: {
    title: 'Sales order', orderDate: 'Order date', expectedShipment: 'Expected shipment', poNumber: 'PO number', shipTo: 'Ship to',
    statuses: { draft: 'Draft', pending_approval: 'Pending approval', confirmed: 'Confirmed', partially_shipped: 'Partially shipped', shipped: 'Shipped', delivered: 'Delivered', cancelled: 'Cancelled' },
  },
  de: {
    title: 'Auftrag', orderDate: 'Auftragsdatum', expectedShipment: 'Voraussichtlicher Versand', poNumber: 'Bestellnummer', shipTo: 'Lieferadresse',
    statuses: { draft: 'Entwurf', pending_approval: 'Freigabe ausstehend', confirmed: 'Bestätigt', partially_shipped: 'Teilweise versendet', shipped: 'Versendet', delivered: 'Zugestellt', cancelled: 'Storniert' },
  },
  fr: {
    title: 'Commande client', orderDate: 'Date de commande', expectedShipment: 'Expédition prévue', poNumber: 'N° de bon de commande', shipTo: 'Livrer à',
    statuses: { draft: 'Brouillon', pending_approval: 'En attente d’approbation', confirmed: 'Confirmée', partially_shipped: 'Partiellement expédiée', shipped: 'Expédiée', delivered: 'Livrée', cancelled: 'Annulée' },
  },
  es: {
    title: 'Pedido de venta', orderDate: 'Fecha del pedido', expectedShipment: 'Envío previsto', poNumber: 'N.º de orden de compra', shipTo: 'Enviar a',
    statuses: { draft: 'Borrador', pending_approval: 'Pendiente de aprobación', confirmed: 'Confirmado', partially_shipped: 'Enviado parcialmente', shipped: 'Enviado', delivered: 'Entregado', cancelled: 'Cancelado' },
  },
  ja: {
    title: '受注書', orderDate: '受注日', expectedShipment: '出荷予定日', poNumber: '発注番号', shipTo: '配送先',
    statuses: { draft: '下書き', pending_approval: '承認待ち', confirmed: '確定', partially_shipped: '一部出荷済み', shipped: '出荷済み', delivered: '配達済み', cancelled: 'キャンセル' },
  },
};

export function salesOrderPdfLabels(language: PdfLanguage): SalesOrderPdfLabels {
  return catalogue[language] ?? catalogue.en;
}

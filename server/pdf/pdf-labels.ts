import type { PdfLanguage } from './pdf-types.ts';

/** Every word a PDF prints, per language. `{n}` and `{m}` are filled in by `pageLabel`. */
export interface PdfLabels {
  titles: Record<'invoice' | 'estimate' | 'retainer_invoice' | 'credit_note' | 'receipt' | 'statement', string>;
  number: string;
  date: string;
  dueDate: string;
  expiryDate: string;
  reference: string;
  status: string;
  billTo: string;
  /** Before the customer's tax registration number, under its address. */
  taxNumber: string;
  receivedFrom: string;
  page: string;
  columns: { item: string; quantity: string; unit: string; rate: string; discount: string; tax: string; amount: string };
  subtotal: string;
  discount: string;
  tax: string;
  total: string;
  paid: string;
  credited: string;
  /** The statement's total of refunds given back in the period. */
  refunded: string;
  balanceDue: string;
  creditRemaining: string;
  paymentsApplied: string;
  creditsApplied: string;
  notes: string;
  terms: string;
  paymentDate: string;
  paymentMethod: string;
  amountReceived: string;
  paymentFor: string;
  invoiceNumber: string;
  invoiceDate: string;
  invoiceAmount: string;
  amountApplied: string;
  period: string;
  openingBalance: string;
  closingBalance: string;
  transaction: string;
  details: string;
  balance: string;
  invoiced: string;
  ageing: string;
  ageingBuckets: { current: string; days1To30: string; days31To60: string; days61To90: string; over90: string };
  entryTypes: Record<'invoice' | 'payment' | 'credit_note' | 'refund', string>;
  methods: Record<string, string>;
  statuses: Record<string, string>;
}

const en: PdfLabels = {
  titles: { invoice: 'Invoice', estimate: 'Estimate', retainer_invoice: 'Retainer invoice', credit_note: 'Credit note', receipt: 'Payment receipt', statement: 'Statement of accounts' },
  number: 'Number', date: 'Date', dueDate: 'Due date', expiryDate: 'Valid until', reference: 'Reference', status: 'Status',
  billTo: 'Bill to', taxNumber: 'Tax number', receivedFrom: 'Received from', page: 'Page {n} of {m}',
  columns: { item: 'Item', quantity: 'Qty', unit: 'Unit', rate: 'Rate', discount: 'Discount', tax: 'Tax', amount: 'Amount' },
  subtotal: 'Subtotal', discount: 'Discount', tax: 'Tax', total: 'Total', paid: 'Payments made', credited: 'Credits applied', refunded: 'Refunds',
  balanceDue: 'Balance due', creditRemaining: 'Credits remaining', paymentsApplied: 'Payments', creditsApplied: 'Credits',
  notes: 'Notes', terms: 'Terms and conditions',
  paymentDate: 'Payment date', paymentMethod: 'Payment method', amountReceived: 'Amount received', paymentFor: 'Payment for',
  invoiceNumber: 'Invoice', invoiceDate: 'Invoice date', invoiceAmount: 'Invoice amount', amountApplied: 'Amount applied',
  period: 'Period', openingBalance: 'Opening balance', closingBalance: 'Closing balance', transaction: 'Transaction',
  details: 'Details', balance: 'Balance', invoiced: 'Invoiced', ageing: 'Ageing of the balance',
  ageingBuckets: { current: 'Current', days1To30: '1–30 days', days31To60: '31–60 days', days61To90: '61–90 days', over90: 'Over 90 days' },
  entryTypes: { invoice: 'Invoice', payment: 'Payment', credit_note: 'Credit note', refund: 'Refund' },
  methods: { cash: 'Cash', bank_transfer: 'Bank transfer', cheque: 'Cheque', card: 'Card', bank_account: 'Bank account' },
  statuses: {
    draft: 'Draft', sent: 'Sent', viewed: 'Viewed', accepted: 'Accepted', declined: 'Declined', changes_requested: 'Changes requested',
    expired: 'Expired', invoiced: 'Invoiced', partially_paid: 'Partially paid', paid: 'Paid', overdue: 'Overdue', void: 'Void',
    open: 'Open', closed: 'Closed', pending: 'Pending', succeeded: 'Received', completed: 'Received', failed: 'Failed', refunded: 'Refunded',
  },
};

const de: PdfLabels = {
  titles: { invoice: 'Rechnung', estimate: 'Angebot', retainer_invoice: 'Vorschussrechnung', credit_note: 'Gutschrift', receipt: 'Zahlungsbestätigung', statement: 'Kontoauszug' },
  number: 'Nummer', date: 'Datum', dueDate: 'Fällig am', expiryDate: 'Gültig bis', reference: 'Referenz', status: 'Status',
  billTo: 'Rechnung an', taxNumber: 'USt-IdNr.', receivedFrom: 'Erhalten von', page: 'Seite {n} von {m}',
  columns: { item: 'Artikel', quantity: 'Menge', unit: 'Einheit', rate: 'Preis', discount: 'Rabatt', tax: 'Steuer', amount: 'Betrag' },
  subtotal: 'Zwischensumme', discount: 'Rabatt', tax: 'Steuer', total: 'Gesamtbetrag', paid: 'Bezahlt', credited: 'Gutschriften', refunded: 'Erstattungen',
  balanceDue: 'Offener Betrag', creditRemaining: 'Verbleibendes Guthaben', paymentsApplied: 'Zahlungen', creditsApplied: 'Gutschriften',
  notes: 'Anmerkungen', terms: 'Geschäftsbedingungen',
  paymentDate: 'Zahlungsdatum', paymentMethod: 'Zahlungsart', amountReceived: 'Erhaltener Betrag', paymentFor: 'Zahlung für',
  invoiceNumber: 'Rechnung', invoiceDate: 'Rechnungsdatum', invoiceAmount: 'Rechnungsbetrag', amountApplied: 'Verrechneter Betrag',
  period: 'Zeitraum', openingBalance: 'Anfangssaldo', closingBalance: 'Endsaldo', transaction: 'Vorgang',
  details: 'Details', balance: 'Saldo', invoiced: 'In Rechnung gestellt', ageing: 'Altersstruktur des Saldos',
  ageingBuckets: { current: 'Nicht fällig', days1To30: '1–30 Tage', days31To60: '31–60 Tage', days61To90: '61–90 Tage', over90: 'Über 90 Tage' },
  entryTypes: { invoice: 'Rechnung', payment: 'Zahlung', credit_note: 'Gutschrift', refund: 'Erstattung' },
  methods: { cash: 'Bargeld', bank_transfer: 'Überweisung', cheque: 'Scheck', card: 'Karte', bank_account: 'Bankkonto' },
  statuses: {
    draft: 'Entwurf', sent: 'Versendet', viewed: 'Angesehen', accepted: 'Angenommen', declined: 'Abgelehnt', changes_requested: 'Änderungen angefragt',
    expired: 'Abgelaufen', invoiced: 'Abgerechnet', partially_paid: 'Teilweise bezahlt', paid: 'Bezahlt', overdue: 'Überfällig', void: 'Storniert',
    open: 'Offen', closed: 'Geschlossen', pending: 'Ausstehend', succeeded: 'Erhalten', completed: 'Erhalten', failed: 'Fehlgeschlagen', refunded: 'Erstattet',
  },
};

const fr: PdfLabels = {
  titles: { invoice: 'Facture', estimate: 'Devis', retainer_invoice: 'Facture d’acompte', credit_note: 'Avoir', receipt: 'Reçu de paiement', statement: 'Relevé de compte' },
  number: 'Numéro', date: 'Date', dueDate: 'Échéance', expiryDate: 'Valable jusqu’au', reference: 'Référence', status: 'Statut',
  billTo: 'Facturer à', taxNumber: 'N° TVA', receivedFrom: 'Reçu de', page: 'Page {n} sur {m}',
  columns: { item: 'Article', quantity: 'Qté', unit: 'Unité', rate: 'Prix', discount: 'Remise', tax: 'Taxe', amount: 'Montant' },
  subtotal: 'Sous-total', discount: 'Remise', tax: 'Taxe', total: 'Total', paid: 'Paiements reçus', credited: 'Avoirs appliqués', refunded: 'Remboursements',
  balanceDue: 'Solde dû', creditRemaining: 'Crédit restant', paymentsApplied: 'Paiements', creditsApplied: 'Avoirs',
  notes: 'Notes', terms: 'Conditions générales',
  paymentDate: 'Date du paiement', paymentMethod: 'Mode de paiement', amountReceived: 'Montant reçu', paymentFor: 'Paiement de',
  invoiceNumber: 'Facture', invoiceDate: 'Date de facture', invoiceAmount: 'Montant de la facture', amountApplied: 'Montant imputé',
  period: 'Période', openingBalance: 'Solde d’ouverture', closingBalance: 'Solde de clôture', transaction: 'Opération',
  details: 'Détails', balance: 'Solde', invoiced: 'Facturé', ageing: 'Ancienneté du solde',
  ageingBuckets: { current: 'Non échu', days1To30: '1 à 30 jours', days31To60: '31 à 60 jours', days61To90: '61 à 90 jours', over90: 'Plus de 90 jours' },
  entryTypes: { invoice: 'Facture', payment: 'Paiement', credit_note: 'Avoir', refund: 'Remboursement' },
  methods: { cash: 'Espèces', bank_transfer: 'Virement bancaire', cheque: 'Chèque', card: 'Carte', bank_account: 'Compte bancaire' },
  statuses: {
    draft: 'Brouillon', sent: 'Envoyé', viewed: 'Consulté', accepted: 'Accepté', declined: 'Refusé', changes_requested: 'Modifications demandées',
    expired: 'Expiré', invoiced: 'Facturé', partially_paid: 'Partiellement payé', paid: 'Payé', overdue: 'En retard', void: 'Annulé',
    open: 'Ouvert', closed: 'Clos', pending: 'En attente', succeeded: 'Reçu', completed: 'Reçu', failed: 'Échoué', refunded: 'Remboursé',
  },
};

const es: PdfLabels = {
  titles: { invoice: 'Factura', estimate: 'Presupuesto', retainer_invoice: 'Factura de anticipo', credit_note: 'Nota de crédito', receipt: 'Recibo de pago', statement: 'Estado de cuenta' },
  number: 'Número', date: 'Fecha', dueDate: 'Vencimiento', expiryDate: 'Válido hasta', reference: 'Referencia', status: 'Estado',
  billTo: 'Facturar a', taxNumber: 'NIF/IVA', receivedFrom: 'Recibido de', page: 'Página {n} de {m}',
  columns: { item: 'Artículo', quantity: 'Cant.', unit: 'Unidad', rate: 'Precio', discount: 'Descuento', tax: 'Impuesto', amount: 'Importe' },
  subtotal: 'Subtotal', discount: 'Descuento', tax: 'Impuestos', total: 'Total', paid: 'Pagos recibidos', credited: 'Créditos aplicados', refunded: 'Reembolsos',
  balanceDue: 'Saldo pendiente', creditRemaining: 'Crédito disponible', paymentsApplied: 'Pagos', creditsApplied: 'Créditos',
  notes: 'Notas', terms: 'Términos y condiciones',
  paymentDate: 'Fecha de pago', paymentMethod: 'Forma de pago', amountReceived: 'Importe recibido', paymentFor: 'Pago de',
  invoiceNumber: 'Factura', invoiceDate: 'Fecha de factura', invoiceAmount: 'Importe de la factura', amountApplied: 'Importe aplicado',
  period: 'Periodo', openingBalance: 'Saldo inicial', closingBalance: 'Saldo final', transaction: 'Operación',
  details: 'Detalles', balance: 'Saldo', invoiced: 'Facturado', ageing: 'Antigüedad del saldo',
  ageingBuckets: { current: 'Al día', days1To30: '1–30 días', days31To60: '31–60 días', days61To90: '61–90 días', over90: 'Más de 90 días' },
  entryTypes: { invoice: 'Factura', payment: 'Pago', credit_note: 'Nota de crédito', refund: 'Reembolso' },
  methods: { cash: 'Efectivo', bank_transfer: 'Transferencia bancaria', cheque: 'Cheque', card: 'Tarjeta', bank_account: 'Cuenta bancaria' },
  statuses: {
    draft: 'Borrador', sent: 'Enviado', viewed: 'Visto', accepted: 'Aceptado', declined: 'Rechazado', changes_requested: 'Cambios solicitados',
    expired: 'Vencido', invoiced: 'Facturado', partially_paid: 'Pagado parcialmente', paid: 'Pagado', overdue: 'Vencida', void: 'Anulado',
    open: 'Abierto', closed: 'Cerrado', pending: 'Pendiente', succeeded: 'Recibido', completed: 'Recibido', failed: 'Fallido', refunded: 'Reembolsado',
  },
};

const ja: PdfLabels = {
  titles: { invoice: '請求書', estimate: '見積書', retainer_invoice: '前受金請求書', credit_note: 'クレジットノート', receipt: '領収書', statement: '取引明細書' },
  number: '番号', date: '発行日', dueDate: '支払期限', expiryDate: '有効期限', reference: '参照番号', status: 'ステータス',
  billTo: '請求先', taxNumber: '登録番号', receivedFrom: '支払元', page: '{n} / {m} ページ',
  columns: { item: '品目', quantity: '数量', unit: '単位', rate: '単価', discount: '割引', tax: '税', amount: '金額' },
  subtotal: '小計', discount: '割引', tax: '税額', total: '合計', paid: '支払済み', credited: '充当済みクレジット', refunded: '返金',
  balanceDue: '請求残高', creditRemaining: 'クレジット残高', paymentsApplied: '入金', creditsApplied: 'クレジット',
  notes: '備考', terms: '取引条件',
  paymentDate: '入金日', paymentMethod: '支払方法', amountReceived: '受領金額', paymentFor: '対象の請求書',
  invoiceNumber: '請求書', invoiceDate: '請求日', invoiceAmount: '請求金額', amountApplied: '充当額',
  period: '期間', openingBalance: '期首残高', closingBalance: '期末残高', transaction: '取引',
  details: '内容', balance: '残高', invoiced: '請求額', ageing: '残高の経過日数',
  ageingBuckets: { current: '期限内', days1To30: '1～30日', days31To60: '31～60日', days61To90: '61～90日', over90: '90日超' },
  entryTypes: { invoice: '請求書', payment: '入金', credit_note: 'クレジットノート', refund: '返金' },
  methods: { cash: '現金', bank_transfer: '銀行振込', cheque: '小切手', card: 'カード', bank_account: '銀行口座' },
  statuses: {
    draft: '下書き', sent: '送信済み', viewed: '閲覧済み', accepted: '承諾済み', declined: '辞退', changes_requested: '変更依頼中',
    expired: '期限切れ', invoiced: '請求済み', partially_paid: '一部支払済み', paid: '支払済み', overdue: '期限超過', void: '無効',
    open: '未使用', closed: '使用済み', pending: '処理中', succeeded: '受領済み', completed: '受領済み', failed: '失敗', refunded: '返金済み',
  },
};

const catalogue: Record<PdfLanguage, PdfLabels> = { en, de, fr, es, ja };

export function pdfLabels(language: PdfLanguage): PdfLabels {
  return catalogue[language] ?? en;
}

export function pageLabel(labels: PdfLabels, page: number, pageCount: number): string {
  return labels.page.replace('{n}', String(page)).replace('{m}', String(pageCount));
}

/** A status or method word in the language, or the code made readable when the catalogue lacks it. */
export function lookupLabel(table: Record<string, string>, code: string): string {
  return table[code] ?? code.replace(/_/g, ' ');
}

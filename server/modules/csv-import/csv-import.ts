import type { z } from 'zod';
import { currencyExponent, isCurrencyCode } from '../../../contract/currencies.ts';
import type { FieldIssueCode } from '../../../contract/errors.ts';
import type { CsvImportKind } from '../../db/integration-tables.ts';

/*
 * The pure rules of CSV imports: which fields each kind has (with the header names files use for them, in
 * the five languages of the apps), the suggested mapping, reading one cell as a value (decimal prices,
 * yes/no) and turning a zod finding into a row error.
 */

export const csvImportKinds = ['customers', 'contact_persons', 'items', 'price_lists', 'open_invoices'] as const satisfies readonly CsvImportKind[];

export interface ImportField {
  name: string;
  required?: boolean;
  /** Header names (compared without case, spaces, dashes or underscores) that mean this field. */
  aliases: readonly string[];
}

export const importFields: Record<CsvImportKind, readonly ImportField[]> = {
  customers: [
    { name: 'external_id', aliases: ['external id', 'id', 'customer id', 'customer number', 'kundennummer', 'kunden-nr', 'numéro client', 'número de cliente', '顧客番号', '顧客ID'] },
    { name: 'display_name', required: true, aliases: ['name', 'display name', 'customer', 'customer name', 'kunde', 'kundenname', 'nom', 'client', 'nombre', 'cliente', '名前', '顧客名'] },
    { name: 'company_name', aliases: ['company', 'company name', 'firma', 'unternehmen', 'société', 'entreprise', 'empresa', '会社名', '会社'] },
    { name: 'email', aliases: ['email', 'e-mail', 'mail', 'email address', 'e-mail-adresse', 'courriel', 'adresse e-mail', 'correo', 'correo electrónico', 'メール', 'メールアドレス'] },
    { name: 'phone', aliases: ['phone', 'telephone', 'telefon', 'téléphone', 'teléfono', '電話', '電話番号'] },
    { name: 'currency', aliases: ['currency', 'währung', 'devise', 'monnaie', 'moneda', '通貨'] },
    { name: 'portal_language', aliases: ['language', 'portal language', 'sprache', 'langue', 'idioma', '言語'] },
    { name: 'tax_number', aliases: ['tax id', 'tax number', 'vat', 'vat id', 'vat number', 'ust-idnr', 'steuernummer', 'tva', 'numéro de tva', 'nif', 'cif', '税番号', '登録番号'] },
    { name: 'billing_street', aliases: ['street', 'address', 'billing street', 'straße', 'strasse', 'adresse', 'rue', 'calle', 'dirección', '住所'] },
    { name: 'billing_city', aliases: ['city', 'billing city', 'stadt', 'ort', 'ville', 'ciudad', '市区町村'] },
    { name: 'billing_postal_code', aliases: ['postal code', 'zip', 'zip code', 'postcode', 'plz', 'postleitzahl', 'code postal', 'código postal', '郵便番号'] },
    { name: 'billing_state', aliases: ['state', 'region', 'bundesland', 'région', 'provincia', '都道府県'] },
    { name: 'billing_country', aliases: ['country', 'land', 'pays', 'país', '国'] },
    { name: 'notes', aliases: ['notes', 'note', 'comment', 'notizen', 'bemerkung', 'remarque', 'notas', 'nota', '備考', 'メモ'] },
  ],
  contact_persons: [
    { name: 'external_id', aliases: ['external id', 'id', 'contact id', 'kontakt-id', 'id contact', 'id de contacto', '担当者ID'] },
    { name: 'customer_external_id', aliases: ['customer external id', 'customer id', 'customer number', 'kundennummer', 'numéro client', 'número de cliente', '顧客番号', '顧客ID'] },
    { name: 'customer', aliases: ['customer', 'customer name', 'company', 'kunde', 'firma', 'client', 'société', 'cliente', 'empresa', '顧客', '顧客名', '会社名'] },
    { name: 'first_name', required: true, aliases: ['first name', 'firstname', 'given name', 'vorname', 'prénom', 'nombre', '名'] },
    { name: 'last_name', aliases: ['last name', 'lastname', 'surname', 'family name', 'nachname', 'nom', 'nom de famille', 'apellido', 'apellidos', '姓'] },
    { name: 'email', aliases: ['email', 'e-mail', 'mail', 'email address', 'courriel', 'correo', 'correo electrónico', 'メール', 'メールアドレス'] },
    { name: 'phone', aliases: ['phone', 'telephone', 'telefon', 'téléphone', 'teléfono', '電話', '電話番号'] },
    { name: 'is_primary', aliases: ['primary', 'is primary', 'primary contact', 'hauptkontakt', 'principal', 'contact principal', 'contacto principal', '主担当'] },
  ],
  items: [
    { name: 'external_id', aliases: ['external id', 'id', 'item id', 'artikel-id', 'id article', 'id de artículo', '品目ID'] },
    { name: 'sku', aliases: ['sku', 'item number', 'article number', 'artikelnummer', 'art.-nr.', 'référence', 'réf', 'referencia', '品番'] },
    { name: 'name', required: true, aliases: ['name', 'item', 'item name', 'product', 'artikel', 'bezeichnung', 'nom', 'article', 'produit', 'nombre', 'artículo', 'producto', '品名', '商品名'] },
    { name: 'description', aliases: ['description', 'beschreibung', 'descripción', '説明'] },
    { name: 'unit_price', required: true, aliases: ['price', 'unit price', 'rate', 'preis', 'einzelpreis', 'prix', 'prix unitaire', 'precio', 'precio unitario', '単価', '価格'] },
    { name: 'currency', required: true, aliases: ['currency', 'währung', 'devise', 'monnaie', 'moneda', '通貨'] },
    { name: 'tax', aliases: ['tax', 'tax rate', 'vat', 'steuer', 'mwst', 'steuersatz', 'taxe', 'tva', 'impuesto', 'iva', '税', '税率'] },
    { name: 'unit', aliases: ['unit', 'einheit', 'unité', 'unidad', '単位'] },
    { name: 'category', aliases: ['category', 'kategorie', 'catégorie', 'categoría', 'カテゴリ', 'カテゴリー'] },
  ],
  price_lists: [
    { name: 'price_list', aliases: ['price list', 'price list name', 'list', 'preisliste', 'liste de prix', 'tarif', 'lista de precios', 'tarifa', '価格表', '価格表名'] },
    { name: 'price_list_external_id', aliases: ['price list id', 'price list external id', 'preislisten-id', 'id liste de prix', 'id de lista de precios', '価格表ID'] },
    { name: 'currency', aliases: ['currency', 'währung', 'devise', 'monnaie', 'moneda', '通貨'] },
    { name: 'item_sku', aliases: ['sku', 'item sku', 'item number', 'article number', 'artikelnummer', 'art.-nr.', 'référence', 'réf', 'referencia', '品番'] },
    { name: 'item_external_id', aliases: ['item external id', 'item id', 'artikel-id', 'id article', 'id de artículo', '品目ID'] },
    { name: 'min_quantity', aliases: ['min quantity', 'minimum quantity', 'from quantity', 'quantity', 'ab menge', 'mindestmenge', 'menge', 'quantité minimale', 'quantité', 'cantidad mínima', 'cantidad', '最小数量', '数量'] },
    { name: 'rate', required: true, aliases: ['rate', 'price', 'unit price', 'preis', 'einzelpreis', 'prix', 'prix unitaire', 'precio', 'precio unitario', '単価', '価格'] },
  ],
  open_invoices: [
    { name: 'customer_external_id', aliases: ['customer external id', 'customer id', 'customer number', 'kundennummer', 'kunden-nr', 'numéro client', 'número de cliente', '顧客番号', '顧客ID'] },
    { name: 'customer', aliases: ['customer', 'customer name', 'company', 'kunde', 'kundenname', 'firma', 'client', 'nom du client', 'société', 'cliente', 'nombre del cliente', 'empresa', '顧客', '顧客名', '会社名'] },
    { name: 'customer_email', aliases: ['customer email', 'email', 'e-mail', 'kunden-e-mail', 'courriel', 'courriel du client', 'correo', 'correo del cliente', '顧客メール', 'メール', 'メールアドレス'] },
    { name: 'number', required: true, aliases: ['number', 'invoice number', 'invoice no', 'invoice #', 'invoice', 'rechnungsnummer', 'rechnungs-nr', 'rechnung', 'numéro de facture', 'n° de facture', 'facture', 'número de factura', 'nº de factura', 'factura', '請求書番号', '請求番号'] },
    { name: 'external_id', aliases: ['external id', 'id', 'invoice id', 'rechnungs-id', 'id facture', 'id de factura', '請求書ID'] },
    { name: 'issue_date', required: true, aliases: ['issue date', 'invoice date', 'date', 'rechnungsdatum', 'datum', 'date de facture', "date d'émission", 'fecha', 'fecha de factura', 'fecha de emisión', '請求日', '発行日', '日付'] },
    { name: 'due_date', aliases: ['due date', 'due', 'due on', 'fällig', 'fällig am', 'fälligkeit', 'fälligkeitsdatum', "date d'échéance", 'échéance', 'fecha de vencimiento', 'vencimiento', '支払期限', '期日', '支払期日'] },
    { name: 'currency', aliases: ['currency', 'währung', 'devise', 'monnaie', 'moneda', '通貨'] },
    { name: 'total', required: true, aliases: ['total', 'amount', 'invoice total', 'invoice amount', 'gesamt', 'betrag', 'gesamtbetrag', 'rechnungsbetrag', 'montant', 'montant total', 'montant ttc', 'importe', 'importe total', '合計', '金額', '請求額', '請求金額'] },
    { name: 'balance', aliases: ['balance', 'balance due', 'amount due', 'open amount', 'outstanding', 'offen', 'offener betrag', 'restbetrag', 'saldo', 'solde', 'reste à payer', 'montant dû', 'pendiente', 'importe pendiente', '残高', '未払額', '未収額'] },
    { name: 'reference', aliases: ['reference', 'ref', 'po', 'po number', 'order number', 'referenz', 'bestellnummer', 'référence', 'référence client', 'numéro de commande', 'referencia', 'número de pedido', '参照', '注文番号'] },
    { name: 'description', aliases: ['description', 'text', 'beschreibung', 'leistung', 'libellé', 'descripción', 'concepto', '説明', '摘要', '内容'] },
  ],
};

/** Field → CSV header: which column fills which field (fields left out are not imported). */
export type ImportMapping = Record<string, string>;

const normalized = (header: string) => header.normalize('NFKC').toLowerCase().replace(/[\s_\-.]+/g, '');

/** The key of a header row: files with the same columns (in any case) share a remembered mapping. */
export function headersKey(headers: readonly string[]): string {
  return headers.map((header) => header.trim().toLowerCase()).join('\u001f');
}

/** Each field mapped to the first header that is its name or one of its aliases (each header used once). */
export function suggestMapping(kind: CsvImportKind, headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const used = new Set<string>();
  const byName = new Map(headers.map((header) => [normalized(header), header] as const));
  // Exact field names first (a file exported by Portico maps itself), then the aliases.
  for (const field of importFields[kind]) {
    const header = byName.get(normalized(field.name));
    if (header !== undefined && !used.has(header)) {
      mapping[field.name] = header;
      used.add(header);
    }
  }
  for (const field of importFields[kind]) {
    if (mapping[field.name] !== undefined) continue;
    const header = field.aliases.map((alias) => byName.get(normalized(alias))).find((found) => found !== undefined && !used.has(found));
    if (header !== undefined) {
      mapping[field.name] = header;
      used.add(header);
    }
  }
  return mapping;
}

/** Why a mapping cannot be used: an unknown field, a header the file lacks, or a required field left out. */
export function mappingProblem(kind: CsvImportKind, headers: readonly string[], mapping: ImportMapping): { field: string; code: FieldIssueCode; message: string } | undefined {
  const fields = new Map(importFields[kind].map((field) => [field.name, field]));
  for (const [field, header] of Object.entries(mapping)) {
    if (!fields.has(field)) return { field: `mapping.${field}`, code: 'unknown_field', message: `is not a field of a ${kind} import` };
    if (!headers.includes(header)) return { field: `mapping.${field}`, code: 'invalid_value', message: `names a column the file does not have: ${header}` };
  }
  for (const field of fields.values()) {
    if (field.required && mapping[field.name] === undefined) return { field: `mapping.${field.name}`, code: 'required', message: 'is required: choose the column that holds it' };
  }
  if (kind === 'contact_persons' && mapping.customer_external_id === undefined && mapping.customer === undefined) {
    return { field: 'mapping.customer', code: 'required', message: 'choose the column naming the customer (its external id, name or email)' };
  }
  if (kind === 'open_invoices' && mapping.customer_external_id === undefined && mapping.customer === undefined && mapping.customer_email === undefined) {
    return { field: 'mapping.customer', code: 'required', message: 'choose the column naming the customer (its external id, name or email)' };
  }
  if (kind === 'price_lists' && mapping.price_list === undefined && mapping.price_list_external_id === undefined) {
    return { field: 'mapping.price_list', code: 'required', message: 'choose the column naming the price list (its name or external id)' };
  }
  if (kind === 'price_lists' && mapping.item_sku === undefined && mapping.item_external_id === undefined) {
    return { field: 'mapping.item_sku', code: 'required', message: 'choose the column naming the item (its SKU or external id)' };
  }
  return undefined;
}

/** One problem of one row of the file; `row` counts the file's lines as a spreadsheet does (the header is row 1). */
export interface RowError {
  row: number;
  field: string;
  code: FieldIssueCode;
  message: string;
}

/**
 * A decimal amount of a cell ("12.50", "12,50", "1234") as integer minor units of the currency, read as
 * text (never through a float): more decimals than the currency has, or anything else, is undefined.
 */
export function minorUnitsOf(text: string, currency: string): number | undefined {
  const match = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!match || !isCurrencyCode(currency)) return undefined;
  const [, sign, whole, fraction = ''] = match;
  const exponent = currencyExponent(currency);
  if (fraction.length > exponent) return undefined;
  const digits = `${whole}${fraction.padEnd(exponent, '0')}`.replace(/^0+(?=\d)/, '');
  if (digits.length > 15) return undefined;
  const value = Number(digits);
  return sign === '-' && value !== 0 ? -value : value;
}

/** A quantity cell ("10", "2.5", "2,5"; up to three decimals, at least 0) in thousandths; undefined when it is not one. */
export function quantityMilliOf(text: string): number | undefined {
  const match = /^(\d{1,7})(?:[.,](\d{1,3}))?$/.exec(text.trim());
  if (!match) return undefined;
  const [, whole, fraction = ''] = match;
  const milli = Number(whole) * 1000 + Number(fraction.padEnd(3, '0'));
  return milli > 1_000_000_000 ? undefined : milli;
}

const yes = new Set(['1', 'true', 'yes', 'y', 'x', 'ja', 'oui', 'sí', 'si', 'はい']);
const no = new Set(['0', 'false', 'no', 'n', 'nein', 'non', 'いいえ']);

/** A yes/no cell in any of the apps' languages; undefined when it is neither. */
export function booleanOf(text: string): boolean | undefined {
  const value = text.trim().toLowerCase();
  if (yes.has(value)) return true;
  if (no.has(value)) return false;
  return undefined;
}

/** A zod finding of the API's own schema as a row error with the field issue code the apps translate. */
export function rowErrorOf(row: number, issue: z.core.$ZodIssue, field = issue.path.map(String).join('.')): RowError {
  const message = issue.message;
  switch (issue.code) {
    case 'too_small':
      return { row, field, code: issue.origin === 'string' && Number(issue.minimum) === 1 ? 'required' : 'too_small', message };
    case 'too_big':
      return { row, field, code: 'too_big', message };
    case 'invalid_format':
      return { row, field, code: 'invalid_format', message };
    case 'invalid_value':
      return { row, field, code: 'invalid_value', message };
    case 'invalid_type':
      return { row, field, code: issue.input === undefined ? 'required' : 'invalid_type', message: issue.input === undefined ? 'is required' : message };
    case 'custom': {
      const own = (issue.params as { field_issue?: FieldIssueCode } | undefined)?.field_issue;
      return { row, field, code: own ?? 'invalid', message };
    }
    default:
      return { row, field, code: 'invalid', message };
  }
}

/**
 * A date cell as YYYY-MM-DD: ISO dates (2026-03-31, also 2026/03/31 as Japanese files write them) and
 * day-first dates with dots (31.03.2026, as German and French files write them). Slashed day/month
 * dates are refused: 03/04/2026 is March in one country and April in another.
 */
export function dateOfCell(text: string): string | undefined {
  const value = text.trim();
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(value);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const at = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === date ? date : undefined;
}

/**
 * What an open invoice of the old system owes: the balance (default: the total) is more than zero and
 * at most the total; what was paid is the difference, recorded as an opening-balance payment.
 */
export function openInvoiceAmounts(totalMinor: number, balanceMinor: number | undefined): { field: 'total' | 'balance'; code: FieldIssueCode; message: string } | { balanceMinor: number; paidMinor: number; status: 'sent' | 'partially_paid' } {
  if (totalMinor <= 0) return { field: 'total', code: 'too_small', message: 'must be more than zero' };
  const balance = balanceMinor ?? totalMinor;
  if (balance <= 0) return { field: 'balance', code: 'too_small', message: 'must be more than zero: an invoice paid in full is not an open invoice' };
  if (balance > totalMinor) return { field: 'balance', code: 'too_big', message: 'cannot be more than the total' };
  return { balanceMinor: balance, paidMinor: totalMinor - balance, status: balance < totalMinor ? 'partially_paid' : 'sent' };
}

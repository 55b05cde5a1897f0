import type { Insertable, Updateable } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { ItemsTable } from '../../db/billing-tables.ts';
import type { PriceListRatesTable, PriceListsTable } from '../../db/order-tables.ts';
import type { ContactPersonsTable, CustomersTable, Db } from '../../db/database.ts';
import type { CsvImportKind, CsvImportRow } from '../../db/integration-tables.ts';
import type { ApiKeyScope, StaffPrincipal } from '../../http/auth.ts';
import { enqueueJob, registerJobHandler, type JobProgress } from '../../jobs/queue.ts';
import { AppError, fieldIssue, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { CsvSyntaxError, parseCsvText } from '../../lib/csv.ts';
import { newId } from '../../lib/ids.ts';
import { customerDetails } from '../company-history/company-history.ts';
import { recordCompanyChange, staffChangeActor } from '../company-history/company-history.service.ts';
import { newContactPersonBody, putCustomerBody } from '../customer/customer.schemas.ts';
import { itemBody } from '../item/item.schemas.ts';
import { createPriceListBody } from '../price-list/price-list.schemas.ts';
import { findJobOf } from '../job/job.service.ts';
import { allPermissions } from '../portal-access/portal-access.ts';
import { booleanOf, headersKey, importFields, mappingProblem, minorUnitsOf, quantityMilliOf, rowErrorOf, suggestMapping, type ImportMapping, type RowError } from './csv-import.ts';
import * as repo from './csv-import.repository.ts';
import { openInvoiceChecker, writeOpenInvoices, type OpenInvoiceWrite } from './csv-import-open-invoices.service.ts';
import type { ImportResponse } from './csv-import.schemas.ts';

export const CSV_IMPORT_JOB = 'csv_import';
const SAMPLE_ROWS = 5;
const ERRORS_IN_ANSWER = 100;

type Staff = Pick<StaffPrincipal, 'organizationId' | 'staffUserId' | 'via'> & { scopes?: StaffPrincipal['scopes'] };

/** The scope a kind asks beyond customers.write, as its own routes do: price lists are under the orders scopes, invoices under the documents scopes. */
const kindScopes: Partial<Record<CsvImportKind, ApiKeyScope>> = { price_lists: 'orders.write', open_invoices: 'documents.write' };

/** An API key may import a kind only with the scope that kind's own routes ask. */
function assertKindScope(staff: Staff, kind: CsvImportKind): void {
  const scope = kindScopes[kind];
  if (scope !== undefined && staff.scopes !== undefined && !staff.scopes.includes(scope)) throw new AppError('FORBIDDEN', `The API key lacks the ${scope} scope`);
}
export type ImportMode = 'all_or_nothing' | 'valid_rows';
interface ImportResult {
  created: number;
  updated: number;
  skipped: number;
}

interface StoredHeaders {
  headers: string[];
  sample: string[][];
}

/** Reads an upload; a file that is not CSV is a 400 naming the row where it goes wrong. */
function readFile(text: string, delimiter?: ',' | ';') {
  try {
    return parseCsvText(text, delimiter);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new AppError('VALIDATION_FAILED', `file: ${error.message}`, [fieldIssue('file', 'invalid_format', error.message, { row: error.row })]);
    }
    throw error;
  }
}

async function importOf(db: Db, organizationId: string, id: string): Promise<CsvImportRow> {
  const row = await repo.findImport(db, organizationId, id);
  if (!row) throw notFound('Import');
  return row;
}

/** The import as the API answers it, with the mapping chosen, remembered or suggested. */
export async function presentImport(ctx: AppContext, row: CsvImportRow): Promise<ImportResponse> {
  const stored = JSON.parse(row.headers) as StoredHeaders;
  let mapping: ImportMapping;
  let source: ImportResponse['mapping_source'];
  if (row.mapping) {
    mapping = JSON.parse(row.mapping) as ImportMapping;
    source = 'chosen';
  } else {
    const remembered = await repo.findMapping(ctx.db, row.organization_id, row.kind, headersKey(stored.headers));
    const usable = remembered ? (JSON.parse(remembered) as ImportMapping) : undefined;
    if (usable && Object.values(usable).every((header) => stored.headers.includes(header))) {
      mapping = usable;
      source = 'remembered';
    } else {
      mapping = suggestMapping(row.kind, stored.headers);
      source = 'suggested';
    }
  }
  const errors = row.errors ? (JSON.parse(row.errors) as RowError[]) : [];
  const job = row.job_id ? await findJobOf(ctx, row.organization_id, row.job_id) : undefined;
  const progress = job
    ? { done: job.progress_done, total: job.progress_total, percent: job.progress_total > 0 ? Math.floor((job.progress_done * 100) / job.progress_total) : job.status === 'succeeded' ? 100 : 0 }
    : null;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    file_name: row.file_name,
    delimiter: row.delimiter,
    headers: stored.headers,
    sample_rows: stored.sample,
    row_count: row.row_count,
    fields: importFields[row.kind].map((field) => ({ name: field.name, required: field.required === true })),
    mapping,
    mapping_source: source,
    valid_count: row.valid_count,
    invalid_count: row.invalid_count,
    error_count: errors.length,
    errors: errors.slice(0, ERRORS_IN_ANSWER),
    mode: row.mode === 'all_or_nothing' || row.mode === 'valid_rows' ? row.mode : null,
    job_id: row.job_id,
    progress,
    result: row.result ? (JSON.parse(row.result) as ImportResult) : null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** Stores an uploaded file as a new import of `kind`: its headers, first rows and number of rows. */
export async function uploadImport(ctx: AppContext, staff: Staff, input: { kind: CsvImportKind; fileName?: string | undefined; text: string }): Promise<CsvImportRow> {
  assertKindScope(staff, input.kind);
  const { delimiter, records } = readFile(input.text);
  const [headers, ...rows] = records;
  if (!headers || headers.every((header) => header.trim() === '')) throw validationError('file', 'required', 'the file is empty: its first line should name the columns');
  const trimmed = headers.map((header) => header.trim());
  const duplicate = trimmed.find((header, index) => header !== '' && trimmed.indexOf(header) !== index);
  if (duplicate !== undefined) throw validationError('file', 'duplicate', `two columns are named ${duplicate}`, { header: duplicate });
  const now = isoNow(ctx.clock);
  const row: CsvImportRow = {
    id: newId(),
    organization_id: staff.organizationId,
    kind: input.kind,
    status: 'uploaded',
    file_name: input.fileName ?? null,
    content: input.text,
    delimiter,
    headers: JSON.stringify({ headers: trimmed, sample: rows.slice(0, SAMPLE_ROWS) } satisfies StoredHeaders),
    row_count: rows.length,
    mapping: null,
    valid_count: null,
    invalid_count: null,
    errors: null,
    mode: null,
    job_id: null,
    result: null,
    created_by: staff.staffUserId,
    created_at: now,
    updated_at: now,
  };
  await repo.insertImport(ctx.db, row);
  return row;
}

export async function getImport(ctx: AppContext, organizationId: string, id: string): Promise<CsvImportRow> {
  return importOf(ctx.db, organizationId, id);
}

export async function listImportErrors(ctx: AppContext, organizationId: string, id: string, page: { offset: number; limit: number }) {
  const row = await importOf(ctx.db, organizationId, id);
  const errors = row.errors ? (JSON.parse(row.errors) as RowError[]) : [];
  return { data: errors.slice(page.offset, page.offset + page.limit), total: errors.length, offset: page.offset };
}

/* ---------- Preparing rows: the API's own zod rules, references and duplicates ---------- */

interface CustomerWrite {
  kind: 'customers';
  row: number;
  existingId: string | undefined;
  values: Omit<Insertable<CustomersTable>, 'id' | 'organization_id' | 'created_at' | 'updated_at'>;
  /** The columns the file fills (an update changes only these). */
  present: (keyof CustomersTable)[];
}
interface ContactWrite {
  kind: 'contact_persons';
  row: number;
  existingId: string | undefined;
  customerId: string;
  isPrimary: boolean | undefined;
  values: Pick<Insertable<ContactPersonsTable>, 'first_name' | 'last_name' | 'email' | 'phone' | 'external_id'>;
  present: (keyof ContactPersonsTable)[];
}
interface ItemWrite {
  kind: 'items';
  row: number;
  existingId: string | undefined;
  values: Omit<Insertable<ItemsTable>, 'id' | 'organization_id' | 'created_at' | 'updated_at' | 'archived_at' | 'sellable_in_portal' | 'allow_backorders' | 'track_stock'>;
  present: (keyof ItemsTable)[];
}
/** A new list the file names (created once, by the first row naming it). */
interface NewPriceList {
  key: string;
  name: string;
  currency: string;
  external_id: string | null;
}
interface PriceListRateWrite {
  kind: 'price_lists';
  row: number;
  /** The list's id, or the key of a list the run creates. */
  list: { existingId: string } | { create: NewPriceList };
  itemId: string;
  minQuantityMilli: number;
  rateMinor: number;
}
type Write = CustomerWrite | ContactWrite | ItemWrite | PriceListRateWrite | OpenInvoiceWrite;

interface Prepared {
  writes: Write[];
  errors: RowError[];
  /** Rows with at least one error. */
  invalid: number;
}

type Cells = (field: string) => string | undefined;

/** The cells of one record by field: trimmed, an empty cell as missing. */
function cellReader(headers: readonly string[], mapping: ImportMapping): (record: readonly string[]) => Cells {
  const columns = new Map(Object.entries(mapping).map(([field, header]) => [field, headers.indexOf(header)]));
  return (record) => (field) => {
    const index = columns.get(field);
    if (index === undefined || index < 0) return undefined;
    const value = record[index]?.trim();
    return value ? value : undefined;
  };
}

const lower = (text: string) => text.toLowerCase();

async function prepareRows(ctx: AppContext, db: Db, row: CsvImportRow, mapping: ImportMapping): Promise<Prepared> {
  const { records } = readFile(row.content, row.delimiter === ';' ? ';' : ',');
  const [headerRecord = [], ...data] = records;
  const headers = headerRecord.map((header) => header.trim());
  const cellsOf = cellReader(headers, mapping);
  const errors: RowError[] = [];
  const writes: Write[] = [];
  let invalid = 0;
  const seen = new Map<string, number>();
  const once = (key: string, rowNumber: number, field: string, issues: RowError[]) => {
    const first = seen.get(key);
    if (first !== undefined) issues.push({ row: rowNumber, field, code: 'duplicate', message: `is the same as on row ${first}` });
    else seen.set(key, rowNumber);
  };
  const organizationId = row.organization_id;

  const customers = row.kind === 'customers' || row.kind === 'contact_persons' ? await repo.customerKeys(db, organizationId) : [];
  const customerByExternal = new Map(customers.flatMap((customer) => (customer.external_id ? [[customer.external_id, customer.id] as const] : [])));
  const many = <K,>(pairs: [K, string][]) => {
    const map = new Map<K, string[]>();
    for (const [key, id] of pairs) map.set(key, [...(map.get(key) ?? []), id]);
    return map;
  };
  const contacts = row.kind === 'contact_persons' ? await repo.contactKeys(db, organizationId) : [];
  const items = row.kind === 'items' || row.kind === 'price_lists' ? await repo.itemKeys(db, organizationId) : [];
  const priceLists = row.kind === 'price_lists' ? await repo.priceListKeys(db, organizationId) : [];
  const listByExternal = new Map(priceLists.flatMap((list) => (list.external_id ? [[list.external_id, list] as const] : [])));
  const listsByName = new Map<string, typeof priceLists>();
  for (const list of priceLists) listsByName.set(lower(list.name), [...(listsByName.get(lower(list.name)) ?? []), list]);
  const newLists = new Map<string, NewPriceList & { row: number }>();
  const taxes = row.kind === 'items' ? (await repo.taxesOf(db, organizationId)).filter((tax) => tax.archived_at === null) : [];
  const customerByEmail = row.kind === 'contact_persons' ? many(customers.flatMap((customer) => (customer.email ? [[lower(customer.email), customer.id] as [string, string]] : []))) : new Map<string, string[]>();
  const customerByName = row.kind === 'contact_persons' ? many(customers.map((customer) => [lower(customer.display_name), customer.id] as [string, string])) : new Map<string, string[]>();
  const contactByExternal = new Map(contacts.flatMap((contact) => (contact.external_id ? [[contact.external_id, contact] as const] : [])));
  const itemByExternal = new Map(items.flatMap((item) => (item.external_id ? [[item.external_id, item.id] as const] : [])));
  const checkOpenInvoice = row.kind === 'open_invoices' ? await openInvoiceChecker(db, organizationId, data.map(cellsOf)) : undefined;
  const liveSkus = new Map(items.flatMap((item) => (item.sku && item.archived_at === null ? [[lower(item.sku), item.id] as const] : [])));

  /** One rate of a price lists file: the list (found, or created by the run), the item, the break and the rate in the list's currency. */
  const preparePriceListRate = (rowNumber: number, cells: Cells, issues: RowError[]): PriceListRateWrite | undefined => {
    const listExternal = cells('price_list_external_id');
    const listName = cells('price_list');
    const listField = listExternal !== undefined ? 'price_list_external_id' : 'price_list';
    const currencyCell = cells('currency')?.toUpperCase();
    let list: PriceListRateWrite['list'] | undefined;
    let currency: string | undefined;
    const existing = listExternal !== undefined ? listByExternal.get(listExternal) : listName !== undefined ? listsByName.get(lower(listName)) : undefined;
    if (listExternal === undefined && listName === undefined) {
      issues.push({ row: rowNumber, field: 'price_list', code: 'required', message: 'is required: the price list name or external id' });
    } else if (Array.isArray(existing) && existing.length > 1) {
      issues.push({ row: rowNumber, field: 'price_list', code: 'invalid', message: `names ${existing.length} price lists; use their external ids` });
    } else {
      const found = Array.isArray(existing) ? existing[0] : existing;
      if (found) {
        if (found.archived_at !== null) issues.push({ row: rowNumber, field: listField, code: 'invalid_value', message: 'is an archived price list' });
        if (currencyCell !== undefined && currencyCell !== found.currency) issues.push({ row: rowNumber, field: 'currency', code: 'invalid_value', message: `is not the currency of the price list (${found.currency})` });
        list = { existingId: found.id };
        currency = found.currency;
      } else {
        const key = listExternal !== undefined ? `external\u0000${listExternal}` : `name\u0000${lower(listName!)}`;
        const earlier = newLists.get(key);
        if (earlier) {
          if (currencyCell !== undefined && currencyCell !== earlier.currency) issues.push({ row: rowNumber, field: 'currency', code: 'invalid_value', message: `is not the currency of the new price list (${earlier.currency}, row ${earlier.row})` });
          list = { create: earlier };
          currency = earlier.currency;
        } else {
          // A new list: the rules of POST /price-lists (a per-item list).
          const parsed = createPriceListBody.safeParse(Object.fromEntries(Object.entries({ name: listName, currency: currencyCell, kind: 'per_item', external_id: listExternal }).filter(([, value]) => value !== undefined)));
          if (!parsed.success) {
            for (const issue of parsed.error.issues) {
              const path = issue.path.map(String)[0];
              const field = path === 'name' ? 'price_list' : path === 'external_id' ? 'price_list_external_id' : (path ?? 'row');
              const error = rowErrorOf(rowNumber, issue, field);
              issues.push(field === 'price_list' && error.code === 'required' ? { ...error, message: 'is required to create a new price list' } : error);
            }
          } else {
            const created = { key, name: parsed.data.name, currency: parsed.data.currency, external_id: listExternal ?? null, row: rowNumber };
            newLists.set(key, created);
            list = { create: created };
            currency = created.currency;
          }
        }
      }
    }

    const itemExternal = cells('item_external_id');
    const sku = cells('item_sku');
    let itemId: string | undefined;
    if (itemExternal !== undefined) {
      itemId = itemByExternal.get(itemExternal);
      if (!itemId) issues.push({ row: rowNumber, field: 'item_external_id', code: 'unknown_reference', message: 'is not the external id of an item of this organization' });
    } else if (sku !== undefined) {
      itemId = liveSkus.get(lower(sku));
      if (!itemId) issues.push({ row: rowNumber, field: 'item_sku', code: 'unknown_reference', message: 'is not the SKU of an item of this organization' });
    } else {
      issues.push({ row: rowNumber, field: 'item_sku', code: 'required', message: 'is required: the item SKU or external id' });
    }

    const quantityCell = cells('min_quantity');
    const minQuantityMilli = quantityCell === undefined ? 0 : quantityMilliOf(quantityCell);
    if (minQuantityMilli === undefined) issues.push({ row: rowNumber, field: 'min_quantity', code: 'invalid_format', message: 'must be a quantity of at least 0 with at most three decimals' });

    const rateCell = cells('rate');
    let rateMinor: number | undefined;
    if (rateCell === undefined) issues.push({ row: rowNumber, field: 'rate', code: 'required', message: 'is required' });
    else if (currency !== undefined) {
      rateMinor = minorUnitsOf(rateCell, currency);
      if (rateMinor === undefined && /^-?\d+([.,]\d+)?$/.test(rateCell)) issues.push({ row: rowNumber, field: 'rate', code: 'invalid_format', message: `has more decimals than ${currency} has` });
      else if (rateMinor === undefined) issues.push({ row: rowNumber, field: 'rate', code: 'invalid_format', message: 'must be a decimal amount such as 12.50' });
      else if (rateMinor < 0) issues.push({ row: rowNumber, field: 'rate', code: 'too_small', message: 'cannot be negative' });
    }

    if (list && itemId && minQuantityMilli !== undefined) {
      const listKey = 'existingId' in list ? list.existingId : list.create.key;
      once(`rate\u0000${listKey}\u0000${itemId}\u0000${minQuantityMilli}`, rowNumber, itemExternal !== undefined ? 'item_external_id' : 'item_sku', issues);
    }
    if (!list || !itemId || minQuantityMilli === undefined || rateMinor === undefined) return undefined;
    return { kind: 'price_lists', row: rowNumber, list, itemId, minQuantityMilli, rateMinor };
  };

  data.forEach((record, index) => {
    const rowNumber = index + 2;
    const cells = cellsOf(record);
    const issues: RowError[] = [];
    const externalId = cells('external_id');
    if (externalId !== undefined) once(`external_id\u0000${externalId}`, rowNumber, 'external_id', issues);

    if (row.kind === 'customers') {
      const address = Object.fromEntries(
        (['street', 'city', 'postal_code', 'state', 'country'] as const).flatMap((part) => {
          const value = cells(`billing_${part}`);
          return value === undefined ? [] : [[part, value]];
        }),
      );
      const body = {
        display_name: cells('display_name'),
        company_name: cells('company_name'),
        email: cells('email'),
        phone: cells('phone'),
        currency: cells('currency'),
        portal_language: cells('portal_language')?.toLowerCase(),
        tax_number: cells('tax_number'),
        notes: cells('notes'),
        billing_address: Object.keys(address).length > 0 ? address : undefined,
      };
      const parsed = putCustomerBody.safeParse(Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)));
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const [first, second] = issue.path.map(String);
          issues.push(rowErrorOf(rowNumber, issue, first === 'billing_address' && second ? `billing_${second}` : (first ?? 'row')));
        }
      } else if (issues.length === 0) {
        const value = parsed.data;
        const present = Object.entries(body).flatMap(([field, cell]) => (cell === undefined ? [] : [field as keyof CustomersTable]));
        writes.push({
          kind: 'customers',
          row: rowNumber,
          existingId: externalId !== undefined ? customerByExternal.get(externalId) : undefined,
          present,
          values: {
            display_name: value.display_name,
            company_name: value.company_name ?? null,
            email: value.email ?? null,
            phone: value.phone ?? null,
            currency: value.currency,
            portal_language: value.portal_language,
            billing_address: value.billing_address ? JSON.stringify(value.billing_address) : null,
            shipping_address: null,
            tax_number: value.tax_number ?? null,
            notes: value.notes ?? null,
            allow_bank_payments: 0,
            price_list_id: null,
            external_id: externalId ?? null,
          },
        });
      }
    } else if (row.kind === 'contact_persons') {
      let customerId: string | undefined;
      const customerExternal = cells('customer_external_id');
      const customerText = cells('customer');
      if (customerExternal !== undefined) {
        customerId = customerByExternal.get(customerExternal);
        if (!customerId) issues.push({ row: rowNumber, field: 'customer_external_id', code: 'unknown_reference', message: 'is not the external id of a customer of this organization' });
      } else if (customerText !== undefined) {
        const found = customerByEmail.get(lower(customerText)) ?? customerByName.get(lower(customerText)) ?? [];
        if (found.length === 1) customerId = found[0];
        else if (found.length === 0) issues.push({ row: rowNumber, field: 'customer', code: 'unknown_reference', message: 'names no customer of this organization (by name or email)' });
        else issues.push({ row: rowNumber, field: 'customer', code: 'invalid', message: `names ${found.length} customers; use their external ids` });
      } else {
        issues.push({ row: rowNumber, field: 'customer', code: 'required', message: 'is required: the customer external id, name or email' });
      }
      const primaryCell = cells('is_primary');
      const isPrimary = primaryCell === undefined ? undefined : booleanOf(primaryCell);
      if (primaryCell !== undefined && isPrimary === undefined) issues.push({ row: rowNumber, field: 'is_primary', code: 'invalid_type', message: 'must be yes or no' });
      const body = { first_name: cells('first_name'), last_name: cells('last_name'), email: cells('email'), phone: cells('phone'), external_id: externalId };
      const parsed = newContactPersonBody.safeParse(Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)));
      if (!parsed.success) for (const issue of parsed.error.issues) issues.push(rowErrorOf(rowNumber, issue, issue.path.map(String)[0] ?? 'row'));
      const existing = externalId !== undefined ? contactByExternal.get(externalId) : undefined;
      if (existing && customerId && existing.customer_id !== customerId) {
        issues.push({ row: rowNumber, field: customerExternal !== undefined ? 'customer_external_id' : 'customer', code: 'invalid', message: 'is not the customer of this contact person' });
      }
      if (parsed.success && customerId && issues.length === 0) {
        const present = Object.entries(body).flatMap(([field, cell]) => (cell === undefined ? [] : [field as keyof ContactPersonsTable]));
        writes.push({
          kind: 'contact_persons',
          row: rowNumber,
          existingId: existing?.id,
          customerId,
          isPrimary,
          present,
          values: { first_name: parsed.data.first_name, last_name: parsed.data.last_name ?? '', email: parsed.data.email ?? null, phone: parsed.data.phone ?? null, external_id: externalId ?? null },
        });
      }
    } else if (row.kind === 'price_lists') {
      const write = preparePriceListRate(rowNumber, cells, issues);
      if (write && issues.length === 0) writes.push(write);
    } else if (checkOpenInvoice) {
      const write = checkOpenInvoice(rowNumber, cells, issues, once);
      if (write && issues.length === 0) writes.push(write);
    } else {
      const currency = cells('currency')?.toUpperCase();
      const priceCell = cells('unit_price');
      let rateMinor: number | undefined;
      if (priceCell === undefined) issues.push({ row: rowNumber, field: 'unit_price', code: 'required', message: 'is required' });
      else if (currency !== undefined) {
        rateMinor = minorUnitsOf(priceCell, currency);
        if (rateMinor === undefined && /^-?\d+([.,]\d+)?$/.test(priceCell)) {
          issues.push({ row: rowNumber, field: 'unit_price', code: 'invalid_format', message: `has more decimals than ${currency} has` });
        } else if (rateMinor === undefined) {
          issues.push({ row: rowNumber, field: 'unit_price', code: 'invalid_format', message: 'must be a decimal amount such as 12.50' });
        }
      }
      const taxCell = cells('tax');
      let taxId: string | undefined;
      if (taxCell !== undefined) {
        taxId = taxes.find((tax) => tax.id === taxCell || lower(tax.name) === lower(taxCell))?.id;
        if (!taxId) issues.push({ row: rowNumber, field: 'tax', code: 'unknown_reference', message: 'is not a tax rate of this organization' });
      }
      const sku = cells('sku');
      if (sku !== undefined) once(`sku\u0000${lower(sku)}`, rowNumber, 'sku', issues);
      const existingId = externalId !== undefined ? itemByExternal.get(externalId) : undefined;
      if (sku !== undefined && !existingId) {
        const holder = liveSkus.get(lower(sku));
        if (holder) issues.push({ row: rowNumber, field: 'sku', code: 'taken', message: 'is the SKU of an item already in the catalogue' });
      }
      const body = {
        name: cells('name'),
        sku,
        unit: cells('unit'),
        description: cells('description'),
        rate_minor: rateMinor ?? 0,
        currency,
        tax_id: taxId,
        category: cells('category'),
        external_id: externalId,
      };
      const parsed = itemBody.safeParse(Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)));
      if (!parsed.success) for (const issue of parsed.error.issues) issues.push(rowErrorOf(rowNumber, issue, issue.path.map(String)[0] === 'rate_minor' ? 'unit_price' : (issue.path.map(String)[0] ?? 'row')));
      if (parsed.success && issues.length === 0) {
        const fields: Record<string, string | undefined> = { name: body.name, sku, unit: body.unit, description: body.description, currency, category: body.category, rate_minor: priceCell, tax_id: taxCell };
        writes.push({
          kind: 'items',
          row: rowNumber,
          existingId,
          present: Object.entries(fields).flatMap(([field, cell]) => (cell === undefined ? [] : [field as keyof ItemsTable])),
          values: {
            name: parsed.data.name,
            sku: parsed.data.sku ?? null,
            unit: parsed.data.unit ?? null,
            description: parsed.data.description ?? null,
            rate_minor: parsed.data.rate_minor,
            currency: parsed.data.currency,
            tax_id: parsed.data.tax_id ?? null,
            category: parsed.data.category ?? null,
            external_id: externalId ?? null,
          },
        });
      }
    }
    if (issues.length > 0) {
      invalid++;
      errors.push(...issues);
    }
  });
  return { writes, errors, invalid };
}

/* ---------- Validate ---------- */

/** Checks every row with the chosen mapping (remembered for files with the same headers) and stores the row errors. */
export async function validateImport(ctx: AppContext, staff: Staff, id: string, mapping: ImportMapping): Promise<CsvImportRow> {
  const row = await importOf(ctx.db, staff.organizationId, id);
  assertKindScope(staff, row.kind);
  if (!['uploaded', 'validated', 'failed'].includes(row.status)) throw new AppError('STATE_CONFLICT', `The import is ${row.status}; it can no longer be changed`);
  const { headers } = JSON.parse(row.headers) as StoredHeaders;
  const problem = mappingProblem(row.kind, headers, mapping);
  if (problem) throw validationError(problem.field, problem.code, problem.message);
  const prepared = await prepareRows(ctx, ctx.db, row, mapping);
  const now = isoNow(ctx.clock);
  const changes = {
    status: 'validated' as const,
    mapping: JSON.stringify(mapping),
    valid_count: row.row_count - prepared.invalid,
    invalid_count: prepared.invalid,
    errors: JSON.stringify(prepared.errors),
    result: null,
    updated_at: now,
  };
  if (!(await repo.moveImport(ctx.db, row.id, ['uploaded', 'validated', 'failed'], changes))) throw new AppError('STATE_CONFLICT', 'The import is already running');
  await repo.saveMapping(ctx.db, { organization_id: row.organization_id, kind: row.kind, headers_key: headersKey(headers), mapping: JSON.stringify(mapping), updated_at: now });
  return { ...row, ...changes };
}

/* ---------- Run ---------- */

/** Queues the import's run: once (a second run, even at the same moment, is a 409). */
export async function runImport(ctx: AppContext, staff: Staff, id: string, mode: ImportMode) {
  const row = await importOf(ctx.db, staff.organizationId, id);
  assertKindScope(staff, row.kind);
  if (row.status === 'uploaded') throw new AppError('STATE_CONFLICT', 'Validate the import with a mapping first');
  return ctx.db.transaction().execute(async (trx) => {
    const jobId = newId();
    const moved = await repo.moveImport(trx, row.id, ['validated'], { status: 'queued', mode, job_id: jobId, updated_at: isoNow(ctx.clock) });
    if (!moved) throw new AppError('CONFLICT', 'The import has already been run');
    const job = await enqueueJob(ctx, trx, {
      organizationId: row.organization_id,
      kind: CSV_IMPORT_JOB,
      payload: { import_id: row.id, staff_user_id: staff.staffUserId, via: staff.via },
      total: row.row_count,
      createdBy: staff.staffUserId,
    });
    await repo.updateImport(trx, row.id, { job_id: job.id });
    return { row: { ...row, status: 'queued' as const, mode, job_id: job.id }, job };
  });
}

const chunks = <T,>(list: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));

function pick<T extends object>(values: T, keys: readonly PropertyKey[]): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => keys.includes(key))) as Partial<T>;
}

/** Writes the prepared rows, creates in multi-row inserts and updates one by one, reporting progress. */
async function writeRows(ctx: AppContext, trx: Db, row: CsvImportRow, staff: Staff, writes: Write[], onChunk: (written: number) => Promise<void>): Promise<{ created: number; updated: number }> {
  const now = isoNow(ctx.clock);
  const organizationId = row.organization_id;
  let created = 0;
  let updated = 0;
  let written = 0;
  const actor = row.kind === 'customers' ? await staffChangeActor(trx, staff) : undefined;

  // Contact persons: one primary per customer, as the customer service keeps it.
  let primaries: Set<string> | undefined;
  const becomingPrimary = new Set<string>();
  if (row.kind === 'contact_persons') {
    const existing = await repo.contactKeys(trx, organizationId);
    primaries = new Set(existing.filter((contact) => contact.is_primary === 1).map((contact) => contact.customer_id));
    const marked = writes.flatMap((write) => (write.kind === 'contact_persons' && write.isPrimary === true ? [write.customerId] : []));
    await repo.clearPrimaryContacts(trx, [...new Set(marked)], now);
    for (const customerId of marked) primaries.delete(customerId);
  }

  // Price lists: the new lists first (each once), then every touched list's version and updated_at moved on.
  const listIds = new Map<string, string>();
  if (row.kind === 'price_lists') {
    const rates = writes as PriceListRateWrite[];
    const creating = new Map(rates.flatMap((write) => ('create' in write.list ? [[write.list.create.key, write.list.create] as const] : [])));
    const lists: PriceListsTable[] = [...creating.values()].map((list) => ({
      id: newId(),
      organization_id: organizationId,
      external_id: list.external_id,
      name: list.name,
      description: null,
      currency: list.currency,
      kind: 'per_item',
      percent_basis_points: 0,
      valid_from: null,
      valid_to: null,
      archived_at: null,
      created_at: now,
      updated_at: now,
      version: 1,
    }));
    [...creating.keys()].forEach((key, index) => listIds.set(key, lists[index]!.id));
    await repo.insertPriceLists(trx, lists);
    await repo.touchPriceLists(trx, [...new Set(rates.flatMap((write) => ('existingId' in write.list ? [write.list.existingId] : [])))], now);
  }

  for (const chunk of chunks(writes, repo.IMPORT_CHUNK)) {
    if (row.kind === 'open_invoices') {
      created += await writeOpenInvoices(trx, { organizationId, staffUserId: staff.staffUserId, at: now }, chunk as OpenInvoiceWrite[]);
    } else if (row.kind === 'price_lists') {
      const list = (chunk as PriceListRateWrite[]).map((write) => ({ ...write, listId: 'existingId' in write.list ? write.list.existingId : listIds.get(write.list.create.key)! }));
      const stored = await repo.ratesOf(trx, [...new Set(list.map((write) => write.listId))], [...new Set(list.map((write) => write.itemId))]);
      const storedId = new Map(stored.map((rate) => [`${rate.price_list_id}\u0000${rate.item_id}\u0000${rate.min_quantity_milli}`, rate.id]));
      const inserts: PriceListRatesTable[] = [];
      for (const write of list) {
        const id = storedId.get(`${write.listId}\u0000${write.itemId}\u0000${write.minQuantityMilli}`);
        if (id) {
          await repo.updateRate(trx, id, write.rateMinor);
          updated++;
        } else {
          inserts.push({ id: newId(), price_list_id: write.listId, item_id: write.itemId, min_quantity_milli: write.minQuantityMilli, rate_minor: write.rateMinor });
        }
      }
      await repo.insertRates(trx, inserts);
      created += inserts.length;
    } else if (row.kind === 'customers') {
      const list = chunk as CustomerWrite[];
      await repo.insertCustomers(
        trx,
        list.filter((write) => !write.existingId).map((write) => ({ id: newId(), organization_id: organizationId, ...write.values, created_at: now, updated_at: now })),
      );
      created += list.filter((write) => !write.existingId).length;
      const updates = list.filter((write) => write.existingId);
      const before = new Map((await repo.customersByIds(trx, updates.map((write) => write.existingId!))).map((customer) => [customer.id, customer]));
      for (const write of updates) {
        const previous = before.get(write.existingId!);
        if (!previous) continue;
        const changes = pick(write.values, write.present) as Updateable<CustomersTable>;
        await repo.updateCustomer(trx, previous.id, { ...changes, updated_at: now });
        const after = { ...previous, ...changes };
        const touched = Object.fromEntries(Object.entries(customerDetails(after)).filter(([field]) => write.present.includes(field as keyof CustomersTable)));
        await recordCompanyChange(ctx, trx, { organizationId, customerId: previous.id, actor: actor!, before: customerDetails(previous), after: touched });
        updated++;
      }
    } else if (row.kind === 'contact_persons') {
      const list = chunk as ContactWrite[];
      const inserts: Insertable<ContactPersonsTable>[] = [];
      for (const write of list) {
        const primary = write.isPrimary === true ? true : !primaries!.has(write.customerId) && !becomingPrimary.has(write.customerId) && write.isPrimary !== false;
        if (write.isPrimary === true) {
          // An earlier row of the file for the same customer stops being primary.
          if (becomingPrimary.has(write.customerId)) {
            for (const insert of inserts) if (insert.customer_id === write.customerId) insert.is_primary = 0;
            await repo.clearPrimaryContacts(trx, [write.customerId], now);
          }
        }
        if (write.existingId) {
          const changes = pick(write.values, write.present) as Updateable<ContactPersonsTable>;
          await repo.updateContact(trx, write.existingId, { ...changes, ...(write.isPrimary === true ? { is_primary: 1 } : {}), updated_at: now });
          if (write.isPrimary === true) becomingPrimary.add(write.customerId);
          updated++;
          continue;
        }
        if (primary) becomingPrimary.add(write.customerId);
        inserts.push({
          id: newId(),
          organization_id: organizationId,
          customer_id: write.customerId,
          ...write.values,
          is_primary: primary ? 1 : 0,
          portal_enabled: 0,
          permissions: JSON.stringify(allPermissions),
          invited_at: null,
          accepted_at: null,
          disabled_at: null,
          created_at: now,
          updated_at: now,
        });
      }
      await repo.insertContacts(trx, inserts);
      created += inserts.length;
    } else {
      const list = chunk as ItemWrite[];
      await repo.insertItems(
        trx,
        list
          .filter((write) => !write.existingId)
          .map((write) => ({ id: newId(), organization_id: organizationId, ...write.values, archived_at: null, sellable_in_portal: 0, allow_backorders: 0, track_stock: 0, created_at: now, updated_at: now })),
      );
      created += list.filter((write) => !write.existingId).length;
      for (const write of list.filter((item) => item.existingId)) {
        await repo.updateItem(trx, write.existingId!, { ...(pick(write.values, write.present) as Updateable<ItemsTable>), updated_at: now });
        updated++;
      }
    }
    written += chunk.length;
    await onChunk(written);
  }
  return { created, updated };
}

interface JobPayload {
  import_id: string;
  staff_user_id: string | null;
  via: StaffPrincipal['via'];
}

/**
 * The run: every row checked again (the database may have changed since the preview), then, in ONE
 * transaction, the valid rows written. all_or_nothing with any row error writes nothing and marks the
 * import failed with the errors; valid_rows writes the valid rows and counts the others as skipped.
 */
async function runImportJob(ctx: AppContext, organizationId: string, payload: JobPayload, progress: JobProgress): Promise<unknown> {
  const row = await importOf(ctx.db, organizationId, payload.import_id);
  await repo.updateImport(ctx.db, row.id, { status: 'running', updated_at: isoNow(ctx.clock) });
  const staff: Staff = { organizationId, staffUserId: payload.staff_user_id, via: payload.via };
  const mapping = JSON.parse(row.mapping ?? '{}') as ImportMapping;
  const total = row.row_count;
  try {
    const prepared = await prepareRows(ctx, ctx.db, row, mapping);
    const counts = { valid_count: total - prepared.invalid, invalid_count: prepared.invalid, errors: JSON.stringify(prepared.errors) };
    if (row.mode !== 'valid_rows' && prepared.errors.length > 0) {
      await repo.updateImport(ctx.db, row.id, { ...counts, status: 'failed', result: JSON.stringify({ created: 0, updated: 0, skipped: total }), updated_at: isoNow(ctx.clock) });
      await progress(total, total);
      return { import_id: row.id, status: 'failed', invalid_count: prepared.invalid };
    }
    // Progress is written where the transaction is: on SQLite's one connection a write beside it would wait for it.
    const result = await ctx.db.transaction().execute(async (trx) => {
      const progressDb = ctx.dialect === 'sqlite' ? trx : ctx.db;
      await progress(prepared.invalid, total, progressDb);
      const outcome = await writeRows(ctx, trx, row, staff, prepared.writes, (written) => progress(prepared.invalid + written, total, progressDb));
      const summary: ImportResult = { ...outcome, skipped: prepared.invalid };
      await repo.updateImport(trx, row.id, { ...counts, status: 'succeeded', result: JSON.stringify(summary), updated_at: isoNow(ctx.clock) });
      await progress(total, total, progressDb);
      return summary;
    });
    return { import_id: row.id, status: 'succeeded', ...result };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await repo.updateImport(ctx.db, row.id, {
      status: 'failed',
      errors: JSON.stringify([{ row: 0, field: 'file', code: 'invalid', message }] satisfies RowError[]),
      updated_at: isoNow(ctx.clock),
    });
    throw error;
  }
}

registerJobHandler(CSV_IMPORT_JOB, async (ctx, job, progress) => runImportJob(ctx, job.organization_id, JSON.parse(job.payload) as JobPayload, progress));

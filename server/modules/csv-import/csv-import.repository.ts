import type { Insertable, Updateable } from 'kysely';
import type { ItemsTable, TaxesTable } from '../../db/billing-tables.ts';
import type { ContactPersonsTable, CustomersTable, Db } from '../../db/database.ts';
import { withExternalIdCheck } from '../../db/external-id.ts';
import type { CsvImportRow, CsvImportsTable } from '../../db/integration-tables.ts';
import type { PriceListRatesTable, PriceListsTable } from '../../db/order-tables.ts';

/*
 * The imports' own rows, the look-ups a validation needs (whole columns of the organization read once,
 * not one query per row) and the bulk writes of a run.
 *
 * Why the bulk writes are here rather than in the customer and item repositories' one-row inserts: an
 * import of 100 000 rows written one statement per row spends most of its time in round trips; one
 * multi-row INSERT per 500 rows is what keeps it under a minute on SQLite. The rows are built exactly as
 * the services build them (same columns and defaults, updated_at, the external-id unique index turned
 * into the same 409), after the same zod rules.
 */

/** Rows per multi-row INSERT: 500 customers × 18 columns stays far below both databases' parameter limits. */
export const IMPORT_CHUNK = 500;

export async function insertImport(db: Db, row: Insertable<CsvImportsTable>): Promise<void> {
  await db.insertInto('csv_imports').values(row).execute();
}

export async function findImport(db: Db, organizationId: string, id: string): Promise<CsvImportRow | undefined> {
  return db.selectFrom('csv_imports').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function updateImport(db: Db, id: string, changes: Updateable<CsvImportsTable>): Promise<void> {
  await db.updateTable('csv_imports').set(changes).where('id', '=', id).execute();
}

/** Moves the import from one of `from` to the changes; false when another request moved it first. */
export async function moveImport(db: Db, id: string, from: readonly CsvImportsTable['status'][], changes: Updateable<CsvImportsTable>): Promise<boolean> {
  const result = await db.updateTable('csv_imports').set(changes).where('id', '=', id).where('status', 'in', [...from]).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findMapping(db: Db, organizationId: string, kind: string, headersKey: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('csv_import_mappings')
    .select('mapping')
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .where('headers_key', '=', headersKey)
    .executeTakeFirst();
  return row?.mapping;
}

export async function saveMapping(db: Db, row: { organization_id: string; kind: string; headers_key: string; mapping: string; updated_at: string }): Promise<void> {
  await db
    .insertInto('csv_import_mappings')
    .values(row)
    .onConflict((oc) => oc.columns(['organization_id', 'kind', 'headers_key']).doUpdateSet({ mapping: row.mapping, updated_at: row.updated_at }))
    .execute();
}

export interface CustomerKeys {
  id: string;
  external_id: string | null;
  display_name: string;
  email: string | null;
  currency: string;
}

/** Every customer of the organization by its keys, for references and upserts. */
export async function customerKeys(db: Db, organizationId: string): Promise<CustomerKeys[]> {
  return db.selectFrom('customers').select(['id', 'external_id', 'display_name', 'email', 'currency']).where('organization_id', '=', organizationId).execute();
}

export async function contactKeys(db: Db, organizationId: string): Promise<{ id: string; external_id: string | null; customer_id: string; is_primary: number }[]> {
  return db.selectFrom('contact_persons').select(['id', 'external_id', 'customer_id', 'is_primary']).where('organization_id', '=', organizationId).execute();
}

export async function itemKeys(db: Db, organizationId: string): Promise<{ id: string; external_id: string | null; sku: string | null; archived_at: string | null }[]> {
  return db.selectFrom('items').select(['id', 'external_id', 'sku', 'archived_at']).where('organization_id', '=', organizationId).execute();
}

export async function taxesOf(db: Db, organizationId: string): Promise<Pick<TaxesTable, 'id' | 'name' | 'archived_at'>[]> {
  return db.selectFrom('taxes').select(['id', 'name', 'archived_at']).where('organization_id', '=', organizationId).execute();
}

export async function customersByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('customers').selectAll().where('id', 'in', [...ids]).execute();
}

export async function insertCustomers(db: Db, rows: Insertable<CustomersTable>[]): Promise<void> {
  if (rows.length === 0) return;
  await withExternalIdCheck('customers', 'customer', () => db.insertInto('customers').values(rows).execute());
}

export async function updateCustomer(db: Db, id: string, changes: Updateable<CustomersTable>): Promise<void> {
  await withExternalIdCheck('customers', 'customer', () => db.updateTable('customers').set(changes).where('id', '=', id).execute());
}

export async function insertContacts(db: Db, rows: Insertable<ContactPersonsTable>[]): Promise<void> {
  if (rows.length === 0) return;
  await withExternalIdCheck('contact_persons', 'contact person', () => db.insertInto('contact_persons').values(rows).execute());
}

export async function updateContact(db: Db, id: string, changes: Updateable<ContactPersonsTable>): Promise<void> {
  await withExternalIdCheck('contact_persons', 'contact person', () => db.updateTable('contact_persons').set(changes).where('id', '=', id).execute());
}

/** The customers' primary contacts stop being primary (one of the import becomes it). */
export async function clearPrimaryContacts(db: Db, customerIds: readonly string[], at: string): Promise<void> {
  for (let start = 0; start < customerIds.length; start += IMPORT_CHUNK) {
    const chunk = customerIds.slice(start, start + IMPORT_CHUNK);
    await db.updateTable('contact_persons').set({ is_primary: 0, updated_at: at }).where('customer_id', 'in', chunk).where('is_primary', '=', 1).execute();
  }
}

export async function insertItems(db: Db, rows: Insertable<ItemsTable>[]): Promise<void> {
  if (rows.length === 0) return;
  await withExternalIdCheck('items', 'item', () => db.insertInto('items').values(rows).execute());
}

export async function updateItem(db: Db, id: string, changes: Updateable<ItemsTable>): Promise<void> {
  await withExternalIdCheck('items', 'item', () => db.updateTable('items').set(changes).where('id', '=', id).execute());
}

export async function priceListKeys(db: Db, organizationId: string): Promise<Pick<PriceListsTable, 'id' | 'external_id' | 'name' | 'currency' | 'archived_at'>[]> {
  return db.selectFrom('price_lists').select(['id', 'external_id', 'name', 'currency', 'archived_at']).where('organization_id', '=', organizationId).execute();
}

export async function insertPriceLists(db: Db, rows: PriceListsTable[]): Promise<void> {
  for (let start = 0; start < rows.length; start += IMPORT_CHUNK) {
    const chunk = rows.slice(start, start + IMPORT_CHUNK);
    await withExternalIdCheck('price_lists', 'price list', () => db.insertInto('price_lists').values(chunk).execute());
  }
}

/**
 * A change of the lists' rates as the price-list service records one: version + 1 (an editor holding the
 * list open gets 409 STALE_VERSION on save) and updated_at (incremental pulls see the list again).
 */
export async function touchPriceLists(db: Db, ids: readonly string[], at: string): Promise<void> {
  for (let start = 0; start < ids.length; start += IMPORT_CHUNK) {
    const chunk = ids.slice(start, start + IMPORT_CHUNK);
    await db
      .updateTable('price_lists')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
      .where('id', 'in', chunk)
      .execute();
  }
}

/** The stored rates of the given items in the given lists (every break). */
export async function ratesOf(db: Db, priceListIds: readonly string[], itemIds: readonly string[]): Promise<Pick<PriceListRatesTable, 'id' | 'price_list_id' | 'item_id' | 'min_quantity_milli'>[]> {
  if (priceListIds.length === 0 || itemIds.length === 0) return [];
  return db
    .selectFrom('price_list_rates')
    .select(['id', 'price_list_id', 'item_id', 'min_quantity_milli'])
    .where('price_list_id', 'in', [...priceListIds])
    .where('item_id', 'in', [...itemIds])
    .execute();
}

export async function insertRates(db: Db, rows: PriceListRatesTable[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('price_list_rates').values(rows).execute();
}

export async function updateRate(db: Db, id: string, rateMinor: number): Promise<void> {
  await db.updateTable('price_list_rates').set({ rate_minor: rateMinor }).where('id', '=', id).execute();
}

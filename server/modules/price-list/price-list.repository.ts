import type { Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { defineKeyset, selectPage, type Page, type PageRequest } from '../../db/keyset.ts';
import type { PriceListRatesTable, PriceListsTable } from '../../db/order-tables.ts';
import { withExternalIdCheck } from '../../db/external-id.ts';
import { containsText } from '../../db/search.ts';

/** A customer's currency and assigned list (the list's row when it exists in the organization). */
export interface CustomerPricingRow {
  currency: string;
  list: PriceListsTable | null;
}

export async function findCustomerPricing(db: Db, organizationId: string, customerId: string): Promise<CustomerPricingRow | undefined> {
  const row = await db
    .selectFrom('customers')
    .leftJoin('price_lists', (join) => join.onRef('price_lists.id', '=', 'customers.price_list_id').onRef('price_lists.organization_id', '=', 'customers.organization_id'))
    .select([
      'customers.currency as customer_currency',
      'price_lists.id',
      'price_lists.organization_id',
      'price_lists.name',
      'price_lists.description',
      'price_lists.currency',
      'price_lists.kind',
      'price_lists.percent_basis_points',
      'price_lists.valid_from',
      'price_lists.valid_to',
      'price_lists.archived_at',
      'price_lists.created_at',
      'price_lists.updated_at',
      'price_lists.version',
    ])
    .where('customers.organization_id', '=', organizationId)
    .where('customers.id', '=', customerId)
    .executeTakeFirst();
  if (!row) return undefined;
  const { customer_currency, ...list } = row;
  return { currency: customer_currency, list: list.id === null ? null : (list as PriceListsTable) };
}

/** The base rates of the organization's items among `itemIds`. */
export async function listItemBaseRates(db: Db, organizationId: string, itemIds: readonly string[]): Promise<{ id: string; rate_minor: number; currency: string }[]> {
  if (itemIds.length === 0) return [];
  return db.selectFrom('items').select(['id', 'rate_minor', 'currency']).where('organization_id', '=', organizationId).where('id', 'in', [...itemIds]).execute();
}

/** The list's rates, of the given items only when `itemIds` is given, by item and break. */
export async function listRatesOfList(db: Db, priceListId: string, itemIds?: readonly string[]): Promise<PriceListRatesTable[]> {
  if (itemIds?.length === 0) return [];
  let query = db.selectFrom('price_list_rates').selectAll().where('price_list_id', '=', priceListId);
  if (itemIds) query = query.where('item_id', 'in', [...itemIds]);
  return query.orderBy('item_id').orderBy('min_quantity_milli').execute();
}

const priceListKeyset = defineKeyset<PriceListsTable>()({
  list: 'price_lists',
  id: { column: 'id', of: (list) => list.id },
  keys: {
    name: { column: 'name', type: 'string', of: (list) => list.name },
    // Incremental pulls: ties on updated_at are broken by id, so paging sees each change once.
    updated_at: { column: 'updated_at', type: 'string', of: (list) => list.updated_at },
  },
});

/** One page of the organization's price lists by name (or by last change for an incremental pull); the search looks in the name and the description. */
export async function listPriceListPage(
  db: Db,
  organizationId: string,
  options: PageRequest<keyof typeof priceListKeyset.keys> & { search?: string | undefined; archived?: boolean | undefined; updatedSince?: string | undefined },
): Promise<Page<PriceListsTable>> {
  let query = db.selectFrom('price_lists').selectAll().where('organization_id', '=', organizationId);
  if (options.updatedSince !== undefined) query = query.where('updated_at', '>=', options.updatedSince);
  if (options.search) query = query.where(containsText(['name', 'description'], options.search));
  if (options.archived !== undefined) query = query.where('archived_at', options.archived ? 'is not' : 'is', null);
  return selectPage(query, priceListKeyset, { sort: options.sort, limit: options.limit, cursor: options.cursor });
}

export async function findPriceList(db: Db, organizationId: string, id: string): Promise<PriceListsTable | undefined> {
  return db.selectFrom('price_lists').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function insertPriceList(db: Db, row: PriceListsTable): Promise<void> {
  await withExternalIdCheck('price_lists', 'price list', () => db.insertInto('price_lists').values(row).execute());
}

export async function findPriceListByExternalId(db: Db, organizationId: string, externalId: string): Promise<PriceListsTable | undefined> {
  return db.selectFrom('price_lists').selectAll().where('organization_id', '=', organizationId).where('external_id', '=', externalId).executeTakeFirst();
}

/** Writes `changes` (and version + 1) only if the list is still at `version`; answers whether it did. */
export async function updatePriceListAtVersion(db: Db, id: string, version: number, changes: Updateable<PriceListsTable>): Promise<boolean> {
  const { version: _ignored, id: _id, organization_id: _org, ...rest } = changes;
  const result = await withExternalIdCheck('price_lists', 'price list', () =>
    db
      .updateTable('price_lists')
      .set((eb) => ({ ...rest, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst(),
  );
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceRates(db: Db, priceListId: string, rates: readonly PriceListRatesTable[]): Promise<void> {
  await db.deleteFrom('price_list_rates').where('price_list_id', '=', priceListId).execute();
  // In chunks: SQLite allows a limited number of bound values per statement.
  for (let start = 0; start < rates.length; start += 500) await db.insertInto('price_list_rates').values(rates.slice(start, start + 500)).execute();
}

/** The list's rates with their items' names, by item name and break. */
export async function listRatesWithItemNames(db: Db, priceListId: string): Promise<(PriceListRatesTable & { item_name: string })[]> {
  return db
    .selectFrom('price_list_rates')
    .innerJoin('items', 'items.id', 'price_list_rates.item_id')
    .selectAll('price_list_rates')
    .select('items.name as item_name')
    .where('price_list_rates.price_list_id', '=', priceListId)
    .orderBy('items.name')
    .orderBy('price_list_rates.item_id')
    .orderBy('price_list_rates.min_quantity_milli')
    .execute();
}

/** Which of `itemIds` are items of the organization. */
export async function findItemIdsOfOrganization(db: Db, organizationId: string, itemIds: readonly string[]): Promise<Set<string>> {
  if (itemIds.length === 0) return new Set();
  const rows = await db.selectFrom('items').select('id').where('organization_id', '=', organizationId).where('id', 'in', [...itemIds]).execute();
  return new Set(rows.map((row) => row.id));
}

export async function countCustomersOfList(db: Db, organizationId: string, priceListId: string): Promise<number> {
  const row = await db.selectFrom('customers').select((eb) => eb.fn.countAll().as('count')).where('organization_id', '=', organizationId).where('price_list_id', '=', priceListId).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The currencies of the customers assigned the list other than `currency`. */
export async function findOtherCurrenciesOfCustomers(db: Db, organizationId: string, priceListId: string, currency: string): Promise<string[]> {
  const rows = await db
    .selectFrom('customers')
    .select('currency')
    .distinct()
    .where('organization_id', '=', organizationId)
    .where('price_list_id', '=', priceListId)
    .where('currency', '!=', currency)
    .execute();
  return rows.map((row) => row.currency);
}

/** A customer's currency and assigned list id. */
export async function findCustomerAssignment(db: Db, organizationId: string, customerId: string): Promise<{ id: string; currency: string; price_list_id: string | null } | undefined> {
  return db.selectFrom('customers').select(['id', 'currency', 'price_list_id']).where('organization_id', '=', organizationId).where('id', '=', customerId).executeTakeFirst();
}

export async function setCustomerPriceList(db: Db, organizationId: string, customerId: string, priceListId: string | null, now: string): Promise<void> {
  await db.updateTable('customers').set({ price_list_id: priceListId, updated_at: now }).where('organization_id', '=', organizationId).where('id', '=', customerId).execute();
}

/**
 * Assigns the list to the customer only if the list is the organization's, not archived and in the
 * customer's currency (one conditional UPDATE); answers whether it did.
 */
export async function assignMatchingPriceList(db: Db, organizationId: string, customerId: string, priceListId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('customers')
    .set({ price_list_id: priceListId, updated_at: now })
    .where('customers.organization_id', '=', organizationId)
    .where('customers.id', '=', customerId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('price_lists')
          .select('price_lists.id')
          .where('price_lists.id', '=', priceListId)
          .where('price_lists.organization_id', '=', organizationId)
          .where('price_lists.archived_at', 'is', null)
          .whereRef('price_lists.currency', '=', 'customers.currency'),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

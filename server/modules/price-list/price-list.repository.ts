import type { Db } from '../../db/database.ts';
import type { PriceListRatesTable, PriceListsTable } from '../../db/order-tables.ts';

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

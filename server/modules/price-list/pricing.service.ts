import { unitPriceFor, type PriceListRule, type UnitPrice } from '../../../contract/pricing.ts';
import type { Db } from '../../db/database.ts';
import type { PriceListRatesTable, PriceListsTable } from '../../db/order-tables.ts';
import { notFound } from '../../lib/app-error.ts';
import { findCustomerPricing, listItemBaseRates, listRatesOfList } from './price-list.repository.ts';

/** A stored list and its rates as the pricing rule reads them. */
export function toPriceListRule(list: PriceListsTable, rates: readonly PriceListRatesTable[]): PriceListRule {
  return {
    id: list.id,
    name: list.name,
    currency: list.currency,
    kind: list.kind,
    percent_basis_points: list.percent_basis_points,
    valid_from: list.valid_from,
    valid_to: list.valid_to,
    archived: list.archived_at !== null,
    rates: rates.map((r) => ({ item_id: r.item_id, min_quantity_milli: r.min_quantity_milli, rate_minor: r.rate_minor })),
  };
}

/**
 * What this customer pays per unit of each line's item at the line's quantity today (contract/pricing.ts),
 * keyed by item id: null when the item is not sold to the customer (priced in another currency with no
 * list rate) or is not one of the organization's items. An item named on several lines is priced at the
 * quantity of its last line. Archived items are priced too; whether they may be sold is the caller's rule.
 * At most three queries: the customer with its list, the items, the list's rates of these items.
 * An unknown customer (or another organization's) is a 404.
 */
export async function customerPrices(db: Db, organizationId: string, customerId: string, lines: readonly { item_id: string; quantity_milli: number }[], today: string): Promise<Map<string, UnitPrice | null>> {
  const customer = await findCustomerPricing(db, organizationId, customerId);
  if (!customer) throw notFound('Customer');
  const prices = new Map<string, UnitPrice | null>();
  if (lines.length === 0) return prices;
  const itemIds = [...new Set(lines.map((line) => line.item_id))];
  const items = new Map((await listItemBaseRates(db, organizationId, itemIds)).map((item) => [item.id, item]));
  const list = customer.list ? toPriceListRule(customer.list, await listRatesOfList(db, customer.list.id, [...items.keys()])) : null;
  for (const line of lines) {
    const item = items.get(line.item_id);
    prices.set(line.item_id, item ? unitPriceFor(item, line.quantity_milli, customer.currency, list, today) : null);
  }
  return prices;
}

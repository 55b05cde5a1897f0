import { unitPriceFor, type UnitPrice } from '../../../contract/pricing.ts';
import { quantityToMilli } from '../../../contract/units.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { Page } from '../../db/keyset.ts';
import type { PriceListRatesTable, PriceListsTable } from '../../db/order-tables.ts';
import { AppError, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { organizationToday } from '../organization/organization-today.ts';
import { checkDistinctBreaks, checkPriceListTerms, percentToBasisPoints } from './price-list.ts';
import * as repo from './price-list.repository.ts';
import {
  toPriceList,
  type CreatePriceListBody,
  type CustomerPriceListResponse,
  type ListPriceListsQuery,
  type PreviewQuery,
  type PriceListResponse,
  type RateInput,
  type UpdatePriceListBody,
} from './price-list.schemas.ts';
import { toPriceListRule } from './pricing.service.ts';

export async function listPriceLists(ctx: AppContext, organizationId: string, query: ListPriceListsQuery): Promise<Page<PriceListsTable>> {
  const archived = query.archived === undefined ? undefined : query.archived === 'true';
  const sort = query.updated_since === undefined ? 'name' : 'updated_at';
  return repo.listPriceListPage(ctx.db, organizationId, { search: query.search, archived, updatedSince: query.updated_since, sort, limit: query.limit, cursor: query.cursor });
}

async function findListOrThrow(db: Db, organizationId: string, id: string): Promise<PriceListsTable> {
  const list = await repo.findPriceList(db, organizationId, id);
  if (!list) throw notFound('Price list');
  return list;
}

async function presentPriceList(db: Db, list: PriceListsTable): Promise<PriceListResponse> {
  return toPriceList(list, await repo.listRatesWithItemNames(db, list.id), await repo.countCustomersOfList(db, list.organization_id, list.id));
}

export async function getPriceList(ctx: AppContext, organizationId: string, id: string): Promise<PriceListResponse> {
  return presentPriceList(ctx.db, await findListOrThrow(ctx.db, organizationId, id));
}

/** The rates as stored: items of the organization (400 naming rates.i.item_id), one rate per break. */
async function buildRates(db: Db, organizationId: string, priceListId: string, inputs: readonly RateInput[]): Promise<PriceListRatesTable[]> {
  const found = await repo.findItemIdsOfOrganization(db, organizationId, [...new Set(inputs.map((rate) => rate.item_id))]);
  const rates = inputs.map((rate, index) => {
    if (!found.has(rate.item_id)) throw validationError(`rates.${index}.item_id`, 'unknown_reference', 'is not an item of this organization');
    return { id: newId(), price_list_id: priceListId, item_id: rate.item_id, min_quantity_milli: quantityToMilli(rate.min_quantity), rate_minor: rate.rate_minor };
  });
  checkDistinctBreaks(rates);
  return rates;
}

const basisPointsOf = (percent: number | null | undefined): number | null => (percent === undefined || percent === null ? null : percentToBasisPoints(percent));

export async function createPriceList(ctx: AppContext, organizationId: string, input: CreatePriceListBody): Promise<PriceListResponse> {
  const basisPoints = checkPriceListTerms({ kind: input.kind, percent_basis_points: basisPointsOf(input.percent), valid_from: input.valid_from ?? null, valid_to: input.valid_to ?? null });
  return ctx.db.transaction().execute(async (trx) => {
    const now = isoNow(ctx.clock);
    const row: PriceListsTable = {
      id: newId(),
      organization_id: organizationId,
      external_id: input.external_id ?? null,
      name: input.name,
      description: input.description ?? null,
      currency: input.currency,
      kind: input.kind,
      percent_basis_points: basisPoints,
      valid_from: input.valid_from ?? null,
      valid_to: input.valid_to ?? null,
      archived_at: null,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    const rates = await buildRates(trx, organizationId, row.id, input.rates ?? []);
    await repo.insertPriceList(trx, row);
    await repo.replaceRates(trx, row.id, rates);
    return presentPriceList(trx, row);
  });
}

function staleVersion(list: PriceListsTable, seen: number | undefined): AppError {
  const message =
    seen === undefined
      ? `This price list changed while your request was being handled; reload it (it is now version ${list.version}) and try again`
      : `This price list changed since you opened it (you saw version ${seen}, it is now version ${list.version}); reload it and try again`;
  return new AppError('STALE_VERSION', message, { version: list.version, ...(seen !== undefined ? { seen_version: seen } : {}) });
}

/** Writes the changes only if the list is still at the version read (and, when given, the one the caller saw). */
async function writeAtVersion(db: Db, list: PriceListsTable, seen: number | undefined, changes: Partial<PriceListsTable>): Promise<void> {
  if (seen !== undefined && seen !== list.version) throw staleVersion(list, seen);
  if (await repo.updatePriceListAtVersion(db, list.id, list.version, changes)) return;
  const current = await repo.findPriceList(db, list.organization_id, list.id);
  throw current ? staleVersion(current, undefined) : notFound('Price list');
}

/**
 * Changes a list; `rates`, when given, replace all its rates. A new currency is refused (422
 * CURRENCY_MISMATCH) while customers of another currency are assigned the list.
 */
export async function updatePriceList(ctx: AppContext, organizationId: string, id: string, input: Omit<UpdatePriceListBody, 'version'>, seen?: number): Promise<PriceListResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const list = await findListOrThrow(trx, organizationId, id);
    const kind = input.kind ?? list.kind;
    const percent = input.percent !== undefined ? basisPointsOf(input.percent) : kind === 'per_item' && input.kind !== undefined ? null : list.percent_basis_points;
    const validFrom = input.valid_from !== undefined ? input.valid_from : list.valid_from;
    const validTo = input.valid_to !== undefined ? input.valid_to : list.valid_to;
    const basisPoints = checkPriceListTerms({ kind, percent_basis_points: percent, valid_from: validFrom, valid_to: validTo });
    const rates = input.rates ? await buildRates(trx, organizationId, id, input.rates) : undefined;
    if (input.currency !== undefined && input.currency !== list.currency) {
      const others = await repo.findOtherCurrenciesOfCustomers(trx, organizationId, id, input.currency);
      if (others.length > 0) {
        throw new AppError('CURRENCY_MISMATCH', `currency: customers in ${others.join(', ')} are assigned this list; assign them another list first`, { field: 'currency', customer_currencies: others });
      }
    }
    const changes: Partial<PriceListsTable> = { kind, percent_basis_points: basisPoints, valid_from: validFrom, valid_to: validTo, updated_at: isoNow(ctx.clock) };
    if (input.name !== undefined) changes.name = input.name;
    if (input.description !== undefined) changes.description = input.description;
    if (input.currency !== undefined) changes.currency = input.currency;
    if (input.external_id !== undefined) changes.external_id = input.external_id;
    await writeAtVersion(trx, list, seen, changes);
    if (rates) await repo.replaceRates(trx, id, rates);
    return presentPriceList(trx, await findListOrThrow(trx, organizationId, id));
  });
}

/** Archives a list: it no longer prices anything (its customers get base rates) and cannot be assigned. */
export async function archivePriceList(ctx: AppContext, organizationId: string, id: string, seen?: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const list = await findListOrThrow(trx, organizationId, id);
    if (list.archived_at !== null && seen === undefined) return;
    await writeAtVersion(trx, list, seen, { archived_at: list.archived_at ?? isoNow(ctx.clock), updated_at: isoNow(ctx.clock) });
  });
}

async function findCustomerOrThrow(db: Db, organizationId: string, customerId: string) {
  const customer = await repo.findCustomerAssignment(db, organizationId, customerId);
  if (!customer) throw notFound('Customer');
  return customer;
}

async function presentAssignment(db: Db, organizationId: string, customerId: string, priceListId: string | null): Promise<CustomerPriceListResponse> {
  const list = priceListId === null ? undefined : await repo.findPriceList(db, organizationId, priceListId);
  return { customer_id: customerId, price_list: list ? { id: list.id, name: list.name, currency: list.currency, archived: list.archived_at !== null } : null };
}

/** The list assigned to a customer (null: the items' base rates). */
export async function getCustomerPriceList(ctx: AppContext, organizationId: string, customerId: string): Promise<CustomerPriceListResponse> {
  const customer = await findCustomerOrThrow(ctx.db, organizationId, customerId);
  return presentAssignment(ctx.db, organizationId, customerId, customer.price_list_id);
}

/**
 * Assigns a list to a customer, or none (null). The list must be one of the organization's (400 naming
 * price_list_id), not archived (400), and in the customer's currency (422 CURRENCY_MISMATCH). The update
 * is conditional on those, so a concurrent change of the list's or the customer's currency cannot slip
 * a mismatched list through.
 */
export async function assignCustomerPriceList(ctx: AppContext, organizationId: string, customerId: string, priceListId: string | null): Promise<CustomerPriceListResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = isoNow(ctx.clock);
    if (priceListId === null) {
      await findCustomerOrThrow(trx, organizationId, customerId);
      await repo.setCustomerPriceList(trx, organizationId, customerId, null, now);
      return presentAssignment(trx, organizationId, customerId, null);
    }
    if (await repo.assignMatchingPriceList(trx, organizationId, customerId, priceListId, now)) return presentAssignment(trx, organizationId, customerId, priceListId);
    const customer = await findCustomerOrThrow(trx, organizationId, customerId);
    const list = await repo.findPriceList(trx, organizationId, priceListId);
    if (!list) throw validationError('price_list_id', 'unknown_reference', 'is not a price list of this organization');
    if (list.archived_at !== null) throw validationError('price_list_id', 'invalid_value', 'is an archived price list');
    throw new AppError('CURRENCY_MISMATCH', `price_list_id: the list is in ${list.currency} but the customer pays in ${customer.currency}`, { field: 'price_list_id', list_currency: list.currency, customer_currency: customer.currency });
  });
}

/**
 * What a customer would pay per unit of an item at a quantity today under this list (as if assigned):
 * which list and break applied. Without a customer, the buyer's currency is the list's. Null: not sold.
 */
export async function previewPrice(ctx: AppContext, organizationId: string, priceListId: string, query: PreviewQuery): Promise<{ price: UnitPrice | null; date: string }> {
  const list = await findListOrThrow(ctx.db, organizationId, priceListId);
  const currency = query.customer_id === undefined ? list.currency : (await findCustomerOrThrow(ctx.db, organizationId, query.customer_id)).currency;
  const [item] = await repo.listItemBaseRates(ctx.db, organizationId, [query.item_id]);
  if (!item) throw notFound('Item');
  const rates = await repo.listRatesOfList(ctx.db, list.id, [item.id]);
  const date = await organizationToday(ctx, organizationId);
  return { price: unitPriceFor(item, quantityToMilli(query.quantity), currency, toPriceListRule(list, rates), date), date };
}

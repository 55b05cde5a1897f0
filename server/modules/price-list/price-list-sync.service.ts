import { quantityToMilli } from '../../../contract/units.ts';
import type { AppContext } from '../../context.ts';
import { putByExternalId } from '../../db/external-id.ts';
import type { PriceListsTable } from '../../db/order-tables.ts';
import { validationError } from '../../lib/app-error.ts';
import { itemIdsByExternalId } from '../item/item.service.ts';
import { checkPriceListTerms, percentToBasisPoints } from './price-list.ts';
import * as repo from './price-list.repository.ts';
import type { CreatePriceListBody, PriceListResponse, PutPriceListBody, RateInput } from './price-list.schemas.ts';
import { createPriceList, getPriceList, updatePriceList } from './price-list.service.ts';

/*
 * A price list by external id (docs/api.md "Sync by external id"): the first PUT creates it, later ones
 * change it to exactly the body (its rates replaced), and one that changes nothing writes nothing.
 * Rates name their items by id or by the items' own external ids.
 */

/** The rates with every item named by id (400 naming rates.i.item_external_id for an unknown one). */
async function resolveRates(ctx: AppContext, organizationId: string, rates: PutPriceListBody['rates']): Promise<RateInput[]> {
  const inputs = rates ?? [];
  const byExternalId = await itemIdsByExternalId(ctx, organizationId, inputs.flatMap((rate) => (rate.item_external_id === undefined ? [] : [rate.item_external_id])));
  return inputs.map((rate, index) => {
    if ((rate.item_id === undefined) === (rate.item_external_id === undefined)) {
      throw validationError(`rates.${index}.item_id`, 'required', 'name the item by item_id or by item_external_id (one of them)');
    }
    const itemId = rate.item_id ?? byExternalId.get(rate.item_external_id ?? '');
    if (itemId === undefined) throw validationError(`rates.${index}.item_external_id`, 'unknown_reference', 'is not the external id of an item of this organization');
    return { item_id: itemId, min_quantity: rate.min_quantity, rate_minor: rate.rate_minor };
  });
}

const rateKey = (rate: { item_id: string; min_quantity_milli: number; rate_minor: number }) => `${rate.item_id}|${rate.min_quantity_milli}|${rate.rate_minor}`;

/** Whether the stored list already is exactly `input` (terms and the set of rates). */
async function isUnchanged(ctx: AppContext, list: PriceListsTable, input: Required<Omit<CreatePriceListBody, 'external_id'>>): Promise<boolean> {
  const basisPoints = checkPriceListTerms({ kind: input.kind, percent_basis_points: input.percent === null ? null : percentToBasisPoints(input.percent), valid_from: input.valid_from, valid_to: input.valid_to });
  const same =
    list.name === input.name &&
    list.description === input.description &&
    list.currency === input.currency &&
    list.kind === input.kind &&
    list.percent_basis_points === basisPoints &&
    list.valid_from === input.valid_from &&
    list.valid_to === input.valid_to;
  if (!same) return false;
  const stored = (await repo.listRatesOfList(ctx.db, list.id)).map(rateKey).sort();
  const wanted = input.rates.map((rate) => rateKey({ item_id: rate.item_id, min_quantity_milli: quantityToMilli(rate.min_quantity), rate_minor: rate.rate_minor })).sort();
  return stored.length === wanted.length && stored.every((key, index) => key === wanted[index]);
}

/** Creates the price list with this external id (201) or changes it to exactly the body (200). */
export async function putPriceListByExternalId(ctx: AppContext, organizationId: string, externalId: string, body: PutPriceListBody): Promise<{ list: PriceListResponse; created: boolean }> {
  const input = {
    name: body.name,
    description: body.description ?? null,
    currency: body.currency,
    kind: body.kind,
    percent: body.percent ?? null,
    valid_from: body.valid_from ?? null,
    valid_to: body.valid_to ?? null,
    rates: await resolveRates(ctx, organizationId, body.rates),
  };
  const { result, created } = await putByExternalId(ctx, {
    find: () => repo.findPriceListByExternalId(ctx.db, organizationId, externalId),
    update: async (existing) => ((await isUnchanged(ctx, existing, input)) ? getPriceList(ctx, organizationId, existing.id) : updatePriceList(ctx, organizationId, existing.id, input)),
    create: () => createPriceList(ctx, organizationId, { ...input, external_id: externalId }),
  });
  return { list: result, created };
}

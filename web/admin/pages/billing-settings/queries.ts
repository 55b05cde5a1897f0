/** Taxes and number series through the typed client: types from the OpenAPI document and the query keys. */
import type { AdminBody, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

export type TaxList = AdminResponse<'/taxes', 'get'>;
export type Tax = RowOf<TaxList>;
export type TaxBody = AdminBody<'/taxes', 'post'>;
export type NumberSeriesList = AdminResponse<'/number-series', 'get'>;
export type NumberSeries = RowOf<NumberSeriesList>;
export type NumberSeriesUpdate = AdminBody<'/number-series/{kind}', 'patch'>;

/** Every tax of the organization is one list (`taxKeys.list({})`), read by the items page too. */
export const taxKeys = queryKeys('taxes');
export const numberSeriesKeys = queryKeys('number-series');

export function fetchTaxes(signal: AbortSignal): Promise<TaxList> {
  return adminClient.get('/taxes', { signal });
}

export function saveTax(id: string | undefined, body: TaxBody): Promise<Tax> {
  return id ? adminClient.patch('/taxes/{id}', { params: { path: { id } }, body }) : adminClient.post('/taxes', { body });
}

export function archiveTax(id: string): Promise<undefined> {
  return adminClient.delete('/taxes/{id}', { params: { path: { id } } });
}

export function fetchNumberSeries(signal: AbortSignal): Promise<NumberSeriesList> {
  return adminClient.get('/number-series', { signal });
}

export function saveNumberSeries(kind: NumberSeries['kind'], body: NumberSeriesUpdate): Promise<NumberSeries> {
  return adminClient.patch('/number-series/{kind}', { params: { path: { kind } }, body });
}

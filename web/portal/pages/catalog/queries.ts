/**
 * The catalogue through the typed client: the items this customer can order, with its own unit price
 * and quantity breaks and the available stock; the categories; the stream of stock changes.
 */
import type { PortalQuery, PortalResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { portalClient } from '../../lib/client.ts';

export type CatalogItem = RowOf<PortalResponse<'/catalog', 'get'>>;
export type PriceBreak = CatalogItem['breaks'][number];
export type Category = PortalResponse<'/catalog/categories', 'get'>['data'][number];

export interface CatalogFilters {
  search: string;
  category: string;
}

/** `catalogKeys.list({ search, category })`; `catalogKeys.categories()`. */
export const catalogKeys = { ...queryKeys('catalog'), categories: () => ['catalog', 'categories'] as const };

export const catalogPageSize = 24;

export function fetchCatalogPage(filters: CatalogFilters, cursor: string | undefined, signal: AbortSignal): Promise<CursorPage<CatalogItem>> {
  const query: PortalQuery<'/catalog'> = { search: filters.search || undefined, category: filters.category || undefined, limit: catalogPageSize, cursor };
  return portalClient.get('/catalog', { params: { query }, signal });
}

export async function fetchCategories(signal: AbortSignal): Promise<Category[]> {
  const answer = await portalClient.get('/catalog/categories', { signal });
  return answer.data;
}

/** The address of the catalogue's Server-Sent Events of stock changes. */
export function stockStreamUrl(): string {
  return portalClient.href('/catalog/stream', {});
}

/**
 * The catalogue through the typed client: the items this customer can order, with its own unit price
 * and quantity breaks and the available stock; the categories; the stream of stock changes.
 */
import { queryKeys } from '../../../ui/query/keys.ts';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { portalClient } from '../../lib/client.ts';
import { pendingApi } from '../../lib/pending-api.ts';

export interface PriceBreak {
  min_quantity: number;
  unit_price_minor: number;
}

export interface CatalogItem {
  id: string;
  name: string;
  sku: string | null;
  unit: string | null;
  description: string | null;
  category: string | null;
  unit_price_minor: number | null;
  currency: string | null;
  price_source: 'base' | 'price_list' | null;
  breaks: PriceBreak[];
  track_stock: boolean;
  allow_backorders: boolean;
  available: number | null;
  images: { id: string; url: string; alt_text: string | null }[];
}

export interface Category {
  name: string;
  item_count: number;
}

export interface CatalogFilters {
  search: string;
  category: string;
}

/** `catalogKeys.list({ search, category })`; `catalogKeys.categories()`. */
export const catalogKeys = { ...queryKeys('catalog'), categories: () => ['catalog', 'categories'] as const };

export const catalogPageSize = 24;

export function fetchCatalogPage(filters: CatalogFilters, cursor: string | undefined, signal: AbortSignal): Promise<CursorPage<CatalogItem>> {
  const query = { search: filters.search || undefined, category: filters.category || undefined, limit: catalogPageSize, cursor };
  return pendingApi.get<CursorPage<CatalogItem>>('/catalog', { params: { query }, signal });
}

export async function fetchCategories(signal: AbortSignal): Promise<Category[]> {
  const answer = await pendingApi.get<{ data: Category[] }>('/catalog/categories', { signal });
  return answer.data;
}

/** The address of the catalogue's Server-Sent Events of stock changes. */
export function stockStreamUrl(): string {
  return `${portalClient.basePath}/catalog/stream`;
}

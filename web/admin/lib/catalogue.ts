import type { Item, Tax } from './billing-types.ts';
import { api } from './client.ts';
import type { Page } from './types.ts';

/** Taxes and the catalogue for the line editor (the catalogue up to 500 items, in name order). */
export async function loadCatalogue(): Promise<{ taxes: Tax[]; items: Item[] }> {
  const taxes = api.get<{ data: Tax[] }>('/taxes');
  const items: Item[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 5; page += 1) {
    const query = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) });
    const answer: Page<Item> = await api.get<Page<Item>>(`/items?${query.toString()}`);
    items.push(...answer.data);
    cursor = answer.next_cursor;
    if (!cursor) break;
  }
  return { taxes: (await taxes).data, items };
}

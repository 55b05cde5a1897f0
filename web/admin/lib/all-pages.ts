import { api } from './client.ts';
import type { Page } from './types.ts';

/** Every row of a short list (staff, API keys), following `next_cursor` page by page. */
export async function fetchAllPages<T>(path: string): Promise<{ data: T[] }> {
  const data: T[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) });
    const page: Page<T> = await api.get<Page<T>>(`${path}?${query.toString()}`);
    data.push(...page.data);
    cursor = page.next_cursor;
  } while (cursor);
  return { data };
}

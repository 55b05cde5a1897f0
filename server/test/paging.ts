import type { TestClient } from './http-client.ts';

/** Follows next_cursor from the first page to the last; every page must hold at most `limit` rows. */
export async function walkPages(client: TestClient, path: string, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1_000; pages++) {
    const response = await client.get(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
    const page = response.json<{ data: { id: string }[]; next_cursor: string | null }>();
    if (page.data.length > limit) throw new Error(`${path}: a page of ${page.data.length} rows for limit ${limit}`);
    ids.push(...page.data.map((row) => row.id));
    cursor = page.next_cursor;
    if (!cursor) return ids;
  }
  throw new Error(`${path}: the pages never end`);
}

/** The ids of a list's first page of up to 100 rows, which must be the whole list. */
export async function wholeList(client: TestClient, path: string): Promise<string[]> {
  const response = await client.get(`${path}${path.includes('?') ? '&' : '?'}limit=100`);
  if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
  const page = response.json<{ data: { id: string }[]; next_cursor: string | null }>();
  if (page.next_cursor !== null) throw new Error(`${path}: more than 100 rows`);
  return page.data.map((row) => row.id);
}

type Comparable = string | number | null;

/**
 * The order a list must have, computed without the database: by key, then id, in one direction;
 * `nullsFirst` says where rows without a key go in ascending order (descending is the reverse).
 */
export function keysetOrder<T extends { id: string }>(rows: T[], key: (row: T) => Comparable, descending: boolean, nullsFirst = true): string[] {
  const compare = (a: T, b: T): number => {
    const x = key(a);
    const y = key(b);
    let byKey = 0;
    if (x === null || y === null) byKey = x === y ? 0 : (x === null) === nullsFirst ? -1 : 1;
    else byKey = x < y ? -1 : x > y ? 1 : 0;
    const ascending = byKey !== 0 ? byKey : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return descending ? -ascending : ascending;
  };
  return [...rows].sort(compare).map((row) => row.id);
}

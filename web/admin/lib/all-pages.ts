import type { CursorPage } from '../../ui/query/useCursorList.ts';

/** Every row of a short list (staff, API keys), following `next_cursor` page by page. */
export async function fetchAllPages<Row>(fetchPage: (cursor: string | undefined) => Promise<CursorPage<Row>>): Promise<{ data: Row[] }> {
  const data: Row[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    data.push(...page.data);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return { data };
}

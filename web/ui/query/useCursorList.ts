import { useInfiniteQuery, type InfiniteData, type QueryKey } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';

/** A page of a Portico list answer. */
export interface CursorPage<Row> {
  data: Row[];
  next_cursor: string | null;
}

export interface CursorListOptions<Row> {
  /** From the concept's key factory, with every filter in it: `invoiceKeys.list({ filter, search })`. */
  queryKey: QueryKey;
  /** One page: the first without a cursor, the next ones with the previous page's `next_cursor`. */
  fetchPage: (context: { cursor: string | undefined; signal: AbortSignal }) => Promise<CursorPage<Row>>;
  /** A row's identity, for dropping rows a later page repeats; by default its `id`. */
  rowId?: (row: Row) => string;
  enabled?: boolean;
  /** Lists ask again when the tab regains focus (every loaded page), unless told not to. */
  refetchOnWindowFocus?: boolean;
}

export interface CursorList<Row> {
  /** Every row of the pages loaded so far, each once, in the server's order. */
  rows: Row[];
  /** `pending` until the first page is there; `error` when it failed. */
  status: 'pending' | 'error' | 'success';
  /** Why the first page failed. */
  error: unknown;
  /** Why the last "load more" failed (the rows stay). */
  moreError: unknown;
  hasMore: boolean;
  loadingMore: boolean;
  /** Loads the next page; does nothing while one is loading or at the end, however often it is called. */
  loadMore: () => void;
  /** Loads the list again (after an error, or to be sure). */
  refetch: () => void;
}

function byId(row: unknown): string {
  return (row as { id: string }).id;
}

/** Rows of all pages, the first occurrence of each id kept: pages that overlap never show a row twice. */
export function flattenPages<Row>(data: InfiniteData<CursorPage<Row>> | undefined, rowId: (row: Row) => string = byId): Row[] {
  if (!data) return [];
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const page of data.pages) {
    for (const row of page.data) {
      const id = rowId(row);
      if (seen.has(id)) continue;
      seen.add(id);
      rows.push(row);
    }
  }
  return rows;
}

/** A list paged by the server's cursor (`limit` + `cursor` → `next_cursor`), on useInfiniteQuery. */
export function useCursorList<Row>(options: CursorListOptions<Row>): CursorList<Row> {
  const { fetchPage, rowId } = options;
  const query = useInfiniteQuery({
    queryKey: options.queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage({ cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: CursorPage<Row>) => last.next_cursor ?? undefined,
    enabled: options.enabled ?? true,
    refetchOnWindowFocus: options.refetchOnWindowFocus ?? true,
  });
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage, refetch } = query;
  const rows = useMemo(() => flattenPages(data, rowId), [data, rowId]);

  // Two clicks in one frame both see "not loading yet": the ref holds the page being fetched.
  const inFlight = useRef<Promise<unknown> | undefined>(undefined);
  const state = useRef({ hasNextPage, isFetchingNextPage });
  state.current = { hasNextPage, isFetchingNextPage };
  const loadMore = useCallback(() => {
    if (inFlight.current || !state.current.hasNextPage || state.current.isFetchingNextPage) return;
    const next = fetchNextPage({ cancelRefetch: false }).finally(() => {
      if (inFlight.current === next) inFlight.current = undefined;
    });
    inFlight.current = next;
  }, [fetchNextPage]);

  const status: CursorList<Row>['status'] = query.status === 'pending' ? 'pending' : data ? 'success' : 'error';
  return {
    rows,
    status,
    error: data ? undefined : query.error,
    moreError: query.isFetchNextPageError ? query.error : undefined,
    hasMore: hasNextPage,
    loadingMore: isFetchingNextPage,
    loadMore,
    refetch: useCallback(() => void refetch(), [refetch]),
  };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from './types.ts';

export interface PagedList<T> {
  items: T[];
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  hasMore: boolean;
  loadMore: () => Promise<void>;
  reload: () => void;
  setItems: (update: (items: T[]) => T[]) => void;
}

/**
 * A cursor-paged list: the first page on every change of `query` (a query string without
 * cursor), more pages appended by `loadMore()`. Pages still on it move to useCursorList
 * (web/ui/query), which this is replaced by.
 */
export function usePagedList<T>(fetchPage: (query: string) => Promise<Page<T>>, query: string, limit = 25): PagedList<T> {
  const [items, setItemsState] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>();
  const [version, setVersion] = useState(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const generation = useRef(0);

  const withParams = useCallback(
    (after: string | null) => {
      const params = new URLSearchParams(query);
      params.set('limit', String(limit));
      if (after) params.set('cursor', after);
      return params.toString();
    },
    [query, limit],
  );

  useEffect(() => {
    const mine = ++generation.current;
    setLoading(true);
    setError(undefined);
    fetchRef.current(withParams(null)).then(
      (page) => {
        if (mine !== generation.current) return;
        setItemsState(page.data);
        setCursor(page.next_cursor);
        setLoading(false);
      },
      (failure: unknown) => {
        if (mine !== generation.current) return;
        setError(failure);
        setLoading(false);
      },
    );
  }, [withParams, version]);

  // A second click before the page arrives asks for nothing (the same page would be appended twice).
  const inFlight = useRef(false);
  const loadMore = useCallback(async () => {
    if (!cursor || inFlight.current) return;
    inFlight.current = true;
    const mine = generation.current;
    setLoadingMore(true);
    try {
      const page = await fetchRef.current(withParams(cursor));
      if (mine !== generation.current) return;
      setItemsState((current) => [...current, ...page.data]);
      setCursor(page.next_cursor);
    } catch (failure) {
      setError(failure);
    } finally {
      inFlight.current = false;
      setLoadingMore(false);
    }
  }, [cursor, withParams]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const setItems = useCallback((update: (items: T[]) => T[]) => setItemsState(update), []);
  return { items, loading, loadingMore, error, hasMore: cursor !== null, loadMore, reload, setItems };
}

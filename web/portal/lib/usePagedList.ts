import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from './billing-types.ts';

export interface PagedList<T> {
  status: 'loading' | 'error' | 'ready';
  items: T[];
  error: unknown;
  hasMore: boolean;
  loadingMore: boolean;
  /** The failure of the last "Load more", shown beside the button. */
  moreError: unknown;
  loadMore: () => void;
  reload: () => void;
}

/**
 * A cursor-paged list: the first page when `key` changes (filter, search, sort), the next ones appended
 * on demand. Answers of an older key are dropped.
 */
export function usePagedList<T>(load: (cursor: string | undefined) => Promise<Page<T>>, key: string): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [status, setStatus] = useState<PagedList<T>['status']>('loading');
  const [error, setError] = useState<unknown>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  useEffect(() => {
    const mine = ++generation.current;
    setStatus('loading');
    setItems([]);
    setCursor(null);
    setMoreError(undefined);
    loader.current(undefined).then(
      (page) => {
        if (mine !== generation.current) return;
        setItems(page.data);
        setCursor(page.next_cursor);
        setStatus('ready');
      },
      (caught: unknown) => {
        if (mine !== generation.current) return;
        setError(caught);
        setStatus('error');
      },
    );
  }, [key, attempt]);

  // Two clicks in one frame both see "not loading": the ref holds the request under way.
  const inFlight = useRef(false);
  const loadMore = useCallback(() => {
    if (!cursor || loadingMore || inFlight.current) return;
    inFlight.current = true;
    const mine = generation.current;
    setLoadingMore(true);
    setMoreError(undefined);
    loader.current(cursor).then(
      (page) => {
        if (mine !== generation.current) return;
        setItems((current) => [...current, ...page.data]);
        setCursor(page.next_cursor);
      },
      (caught: unknown) => {
        if (mine === generation.current) setMoreError(caught);
      },
    ).finally(() => {
      inFlight.current = false;
      if (mine === generation.current) setLoadingMore(false);
    });
  }, [cursor, loadingMore]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { status, items, error, hasMore: cursor !== null, loadingMore, moreError, loadMore, reload };
}

/** A query string from the values that are set. */
export function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

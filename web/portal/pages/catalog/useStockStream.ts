import { useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { cartKeys, type Cart } from '../cart/queries.ts';
import { parseStockEvent, withStock, type StockUpdate } from './availability.ts';
import { catalogKeys, stockStreamUrl, type CatalogItem } from './queries.ts';

/** What the hook needs of an EventSource (tests hand in a fake). */
export interface StockSource {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

export type StockSourceFactory = (url: string) => StockSource;

const CLOSED = 2;

function browserSource(url: string): StockSource {
  return new EventSource(url, { withCredentials: true });
}

/** Writes the new availability into every cached catalogue page and the cart, so they show it without a reload. */
export function applyStockUpdates(queryClient: QueryClient, updates: readonly StockUpdate[]): void {
  if (updates.length === 0) return;
  const available = new Map(updates.map((update) => [update.id, update.available]));
  queryClient.setQueriesData<InfiniteData<CursorPage<CatalogItem>>>({ queryKey: catalogKeys.lists() }, (data) => {
    if (!data) return data;
    let changed = false;
    const pages = data.pages.map((page) => {
      const rows = withStock(page.data, available, (item) => item.id);
      if (rows === page.data) return page;
      changed = true;
      return { ...page, data: rows };
    });
    return changed ? { ...data, pages } : data;
  });
  queryClient.setQueryData<Cart>(cartKeys.all, (cart) => {
    if (!cart) return cart;
    const lines = withStock(cart.lines, available, (line) => line.item_id);
    return lines === cart.lines ? cart : { ...cart, lines };
  });
}

/**
 * Listens to the catalogue's stream of stock changes while the page is open. The browser reconnects a
 * dropped stream by itself; when the server ends it, this opens a new one after a growing pause. After
 * any reconnection the catalogue and the cart are read again, for what changed while nobody listened.
 * Answers whether the stream is connected.
 */
export function useStockStream({ enabled = true, createSource }: { enabled?: boolean; createSource?: StockSourceFactory } = {}): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const factory = createSource ?? (typeof EventSource === 'undefined' ? undefined : browserSource);
    if (!enabled || !factory) return;
    let source: StockSource | undefined;
    let timer: number | undefined;
    let attempts = 0;
    let interrupted = false;
    let stopped = false;

    const open = () => {
      source = factory(stockStreamUrl());
      source.addEventListener('open', () => {
        attempts = 0;
        setConnected(true);
        if (interrupted) {
          interrupted = false;
          void queryClient.invalidateQueries({ queryKey: catalogKeys.lists() });
          void queryClient.invalidateQueries({ queryKey: cartKeys.all });
        }
      });
      source.addEventListener('stock', (event) => applyStockUpdates(queryClient, parseStockEvent(event.data)));
      source.addEventListener('error', () => {
        setConnected(false);
        interrupted = true;
        if (stopped || !source || source.readyState !== CLOSED) return;
        source.close();
        const delay = Math.min(30_000, 1000 * 2 ** attempts);
        attempts += 1;
        timer = window.setTimeout(open, delay);
      });
    };
    open();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      source?.close();
      setConnected(false);
    };
  }, [enabled, createSource, queryClient]);
  return connected;
}

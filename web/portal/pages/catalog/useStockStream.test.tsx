import { act } from '@testing-library/react';
import type { InfiniteData } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestI18n, createTestQueryClient, renderHookWithProviders } from '../../../test/providers.tsx';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { cartKeys, type Cart } from '../cart/queries.ts';
import { cart, cartLine, catalogItem } from '../orders/test-orders.ts';
import { FakeEventSource } from './fake-event-source.ts';
import { catalogKeys, type CatalogItem } from './queries.ts';
import { useStockStream } from './useStockStream.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n();
});
beforeEach(() => FakeEventSource.reset());
afterEach(() => vi.useRealTimers());

const createSource = (url: string) => new FakeEventSource(url);

function setup() {
  const queryClient = createTestQueryClient();
  const list = catalogKeys.list({ search: '', category: '' });
  queryClient.setQueryData<InfiniteData<CursorPage<CatalogItem>>>(list, {
    pages: [{ data: [catalogItem(), catalogItem({ id: 'item2', name: 'Screw', available: 40 })], next_cursor: null }],
    pageParams: [undefined],
  });
  queryClient.setQueryData<Cart>(cartKeys.all, cart([cartLine()]));
  const hook = renderHookWithProviders(() => useStockStream({ createSource }), { i18n, queryClient });
  const listed = () => queryClient.getQueryData<InfiniteData<CursorPage<CatalogItem>>>(list)?.pages[0]?.data.map((item) => [item.id, item.available]);
  return { queryClient, hook, listed, list };
}

describe('the stock stream', () => {
  it('listens to the catalogue’s stream and writes each change into the catalogue and the cart', () => {
    const { queryClient, hook, listed } = setup();
    const source = FakeEventSource.latest();
    expect(source.url).toMatch(/\/catalog\/stream$/);
    act(() => source.open());
    expect(hook.result.current).toBe(true);
    act(() => source.stock([{ id: 'item1', available: 1.5 }]));
    expect(listed()).toEqual([
      ['item1', 1.5],
      ['item2', 40],
    ]);
    expect(queryClient.getQueryData<Cart>(cartKeys.all)?.lines[0]?.available).toBe(1.5);
    hook.unmount();
    expect(source.closed).toBe(true);
  });

  it('opens a new stream after a pause when the server ends it, then reads the catalogue and the cart again', async () => {
    vi.useFakeTimers();
    const { queryClient, hook, list } = setup();
    const first = FakeEventSource.latest();
    act(() => first.open());
    // The browser reconnects by itself: nothing to do.
    act(() => first.fail(false));
    expect(hook.result.current).toBe(false);
    expect(FakeEventSource.instances).toHaveLength(1);
    act(() => first.fail(true));
    expect(first.closed).toBe(true);
    await act(async () => vi.advanceTimersByTimeAsync(1000));
    expect(FakeEventSource.instances).toHaveLength(2);
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    act(() => FakeEventSource.latest().open());
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([catalogKeys.lists(), cartKeys.all]);
    expect(queryClient.getQueryState(list)?.isInvalidated).toBe(true);
    // Two failures in a row wait twice as long; a stream that opened starts again from one second.
    act(() => FakeEventSource.latest().fail(true));
    await act(async () => vi.advanceTimersByTimeAsync(1000));
    expect(FakeEventSource.instances).toHaveLength(3);
    act(() => FakeEventSource.latest().fail(true));
    await act(async () => vi.advanceTimersByTimeAsync(1999));
    expect(FakeEventSource.instances).toHaveLength(3);
    await act(async () => vi.advanceTimersByTimeAsync(1));
    expect(FakeEventSource.instances).toHaveLength(4);
  });

  it('opens nothing when disabled', () => {
    renderHookWithProviders(() => useStockStream({ enabled: false, createSource }), { i18n });
    expect(FakeEventSource.instances).toHaveLength(0);
  });
});

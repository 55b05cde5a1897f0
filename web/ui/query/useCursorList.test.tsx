import { act, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { createTestI18n, createTestQueryClient, renderHookWithProviders } from '../../test/providers.tsx';
import { ApiError } from '../api/errors.ts';
import { flattenPages, useCursorList, type CursorPage } from './useCursorList.ts';

interface Row {
  id: string;
  name: string;
}

const rows = (from: number, to: number): Row[] => Array.from({ length: to - from + 1 }, (_, i) => ({ id: `r${from + i}`, name: `Row ${from + i}` }));

/** A server answering pages by cursor; each answer waits until the test releases it. */
function fakeServer(pages: Record<string, CursorPage<Row>>) {
  const waiting: (() => void)[] = [];
  const fetchPage = vi.fn(({ cursor }: { cursor: string | undefined }) => {
    const page = pages[cursor ?? 'first'];
    return new Promise<CursorPage<Row>>((resolve, reject) => {
      waiting.push(() => (page ? resolve(page) : reject(new ApiError(500, 'INTERNAL', 'down'))));
    });
  });
  const release = async () => {
    await act(async () => {
      for (const answer of waiting.splice(0)) answer();
    });
  };
  return { fetchPage, release, pending: () => waiting.length };
}

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n();
});

describe('useCursorList', () => {
  it('shows the first page, appends the next one on "load more", and stops at the end', async () => {
    const server = fakeServer({ first: { data: rows(1, 3), next_cursor: 'c2' }, c2: { data: rows(4, 5), next_cursor: null } });
    const { result } = renderHookWithProviders(() => useCursorList({ queryKey: ['rows', 'list', {}], fetchPage: server.fetchPage }), { i18n });
    expect(result.current.status).toBe('pending');
    await server.release();
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.rows.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(result.current.hasMore).toBe(true);

    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.loadingMore).toBe(true));
    await server.release();
    await waitFor(() => expect(result.current.rows).toHaveLength(5));
    expect(result.current.hasMore).toBe(false);
    expect(server.fetchPage.mock.calls.map(([context]) => context.cursor)).toEqual([undefined, 'c2']);

    // At the end, "load more" asks for nothing.
    act(() => result.current.loadMore());
    expect(server.pending()).toBe(0);
    expect(server.fetchPage).toHaveBeenCalledTimes(2);
  });

  it('asks for the next page once however often "load more" is pressed while it loads', async () => {
    const server = fakeServer({ first: { data: rows(1, 2), next_cursor: 'c2' }, c2: { data: rows(3, 4), next_cursor: 'c3' }, c3: { data: rows(5, 5), next_cursor: null } });
    const { result } = renderHookWithProviders(() => useCursorList({ queryKey: ['rows', 'list', {}], fetchPage: server.fetchPage }), { i18n });
    await server.release();
    await waitFor(() => expect(result.current.status).toBe('success'));

    // A double click: both calls happen before React renders the "loading" state.
    act(() => {
      result.current.loadMore();
      result.current.loadMore();
    });
    act(() => result.current.loadMore());
    expect(server.pending()).toBe(1);
    await server.release();
    await waitFor(() => expect(result.current.rows).toHaveLength(4));
    expect(result.current.rows.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(server.fetchPage).toHaveBeenCalledTimes(2);

    act(() => result.current.loadMore());
    await server.release();
    await waitFor(() => expect(result.current.rows).toHaveLength(5));
    expect(server.fetchPage).toHaveBeenCalledTimes(3);
  });

  it('shows a row once when a later page repeats it (a row moved while paging)', async () => {
    const server = fakeServer({ first: { data: rows(1, 3), next_cursor: 'c2' }, c2: { data: [...rows(3, 3), ...rows(4, 5)], next_cursor: null } });
    const { result } = renderHookWithProviders(() => useCursorList({ queryKey: ['rows', 'list', {}], fetchPage: server.fetchPage }), { i18n });
    await server.release();
    await waitFor(() => expect(result.current.status).toBe('success'));
    act(() => result.current.loadMore());
    await server.release();
    await waitFor(() => expect(result.current.hasMore).toBe(false));
    expect(result.current.rows.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it('keeps the rows and says why when loading more fails, then loads on a second try', async () => {
    const pages: Record<string, CursorPage<Row>> = { first: { data: rows(1, 2), next_cursor: 'c2' } };
    const server = fakeServer(pages);
    const { result } = renderHookWithProviders(() => useCursorList({ queryKey: ['rows', 'list', {}], fetchPage: server.fetchPage }), { i18n });
    await server.release();
    await waitFor(() => expect(result.current.status).toBe('success'));
    act(() => result.current.loadMore());
    await server.release();
    await waitFor(() => expect(result.current.moreError).toBeInstanceOf(ApiError));
    expect(result.current.status).toBe('success');
    expect(result.current.rows).toHaveLength(2);
    expect(result.current.hasMore).toBe(true);

    pages.c2 = { data: rows(3, 3), next_cursor: null };
    act(() => result.current.loadMore());
    await server.release();
    await waitFor(() => expect(result.current.rows).toHaveLength(3));
    expect(result.current.moreError).toBeUndefined();
  });

  it('reports a failed first page as an error with no rows, and loads again on refetch', async () => {
    const pages: Record<string, CursorPage<Row>> = {};
    const server = fakeServer(pages);
    const { result } = renderHookWithProviders(() => useCursorList({ queryKey: ['rows', 'list', {}], fetchPage: server.fetchPage }), { i18n });
    await server.release();
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toBeInstanceOf(ApiError);
    expect(result.current.rows).toEqual([]);

    pages.first = { data: rows(1, 1), next_cursor: null };
    act(() => result.current.refetch());
    await server.release();
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.rows).toHaveLength(1);
  });

  it('starts again from the first page when the filters (the key) change', async () => {
    const server = fakeServer({ first: { data: rows(1, 2), next_cursor: 'c2' }, c2: { data: rows(3, 3), next_cursor: null } });
    const queryClient = createTestQueryClient();
    const { result, rerender } = renderHookWithProviders(({ search }: { search: string }) => useCursorList({ queryKey: ['rows', 'list', { search }], fetchPage: server.fetchPage }), { i18n, queryClient }, { initialProps: { search: '' } });
    await server.release();
    await waitFor(() => expect(result.current.status).toBe('success'));
    act(() => result.current.loadMore());
    await server.release();
    await waitFor(() => expect(result.current.rows).toHaveLength(3));

    rerender({ search: 'ro' });
    expect(result.current.status).toBe('pending');
    await server.release();
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.rows.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(server.fetchPage.mock.calls.at(-1)?.[0].cursor).toBeUndefined();
  });

  it('flattens pages by a given identity', () => {
    const data = { pages: [{ data: [{ key: 'a' }, { key: 'b' }], next_cursor: 'x' }, { data: [{ key: 'b' }, { key: 'c' }], next_cursor: null }], pageParams: [undefined, 'x'] };
    expect(flattenPages(data, (row) => row.key).map((row) => row.key)).toEqual(['a', 'b', 'c']);
    expect(flattenPages(undefined)).toEqual([]);
  });
});

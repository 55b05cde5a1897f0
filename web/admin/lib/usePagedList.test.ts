import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Page } from './types.ts';
import { usePagedList } from './usePagedList.ts';

describe('the console’s paged list (pages not yet on useCursorList)', () => {
  it('appends the next page once on a double click', async () => {
    let release: () => void = () => undefined;
    const fetchPage = vi.fn(async (query: string): Promise<Page<{ id: string }>> => {
      if (!new URLSearchParams(query).get('cursor')) return { data: [{ id: 'a' }], next_cursor: 'c2' };
      await new Promise<void>((resolve) => (release = resolve));
      return { data: [{ id: 'b' }], next_cursor: null };
    });
    const { result } = renderHook(() => usePagedList(fetchPage, '', 1));
    await waitFor(() => expect(result.current.loading).toBe(false));
    act(() => {
      void result.current.loadMore();
      void result.current.loadMore();
    });
    await act(async () => release());
    await waitFor(() => expect(result.current.hasMore).toBe(false));
    expect(result.current.items.map((item) => item.id)).toEqual(['a', 'b']);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });
});

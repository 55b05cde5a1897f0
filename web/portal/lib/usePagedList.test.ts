import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Page } from './billing-types.ts';
import { usePagedList } from './usePagedList.ts';

describe('the portal’s paged list (pages not yet on useCursorList)', () => {
  it('appends the next page once on a double click', async () => {
    let release: () => void = () => undefined;
    const load = vi.fn(async (cursor: string | undefined): Promise<Page<{ id: string }>> => {
      if (!cursor) return { data: [{ id: 'a' }], next_cursor: 'c2' };
      await new Promise<void>((resolve) => (release = resolve));
      return { data: [{ id: 'b' }], next_cursor: null };
    });
    const { result } = renderHook(() => usePagedList(load, 'payments'));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    act(() => {
      result.current.loadMore();
      result.current.loadMore();
    });
    await act(async () => release());
    await waitFor(() => expect(result.current.hasMore).toBe(false));
    expect(result.current.items.map((item) => item.id)).toEqual(['a', 'b']);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

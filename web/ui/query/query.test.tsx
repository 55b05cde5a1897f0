import { useQuery } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, createTestQueryClient, renderHookWithProviders } from '../../test/providers.tsx';
import { ApiError } from '../api/errors.ts';
import { queryKeys } from './keys.ts';
import { useApiMutation } from './mutations.ts';
import { createQueryClient, shouldRetry } from './query-client.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n();
});

describe('the query defaults', () => {
  it('asks again after a lost connection or a server error, twice at most', () => {
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(1, new ApiError(503, 'INTERNAL', 'down'))).toBe(true);
    expect(shouldRetry(2, new ApiError(503, 'INTERNAL', 'down'))).toBe(false);
  });

  it('never asks again for an answer that would be the same: not found, forbidden, signed out, too many', () => {
    for (const status of [400, 401, 403, 404, 409, 429]) expect(shouldRetry(0, new ApiError(status, 'X', 'x'))).toBe(false);
  });

  it('never repeats a write by itself, and reuses a read for a while', () => {
    const defaults = createQueryClient().getDefaultOptions();
    expect(defaults.mutations?.retry).toBe(false);
    expect(defaults.queries?.staleTime).toBe(30_000);
    expect(defaults.queries?.retry).toBe(shouldRetry);
    expect(defaults.queries?.refetchOnWindowFocus).toBe(false);
  });
});

describe('query keys', () => {
  it('nest lists and details under the concept, so one prefix invalidates them all', () => {
    const invoiceKeys = queryKeys('documents', 'invoices');
    expect(invoiceKeys.all).toEqual(['documents', 'invoices']);
    expect(invoiceKeys.list({ filter: 'unpaid', search: '' })).toEqual(['documents', 'invoices', 'list', { filter: 'unpaid', search: '' }]);
    expect(invoiceKeys.detail('i1')).toEqual(['documents', 'invoices', 'detail', 'i1']);
    expect(invoiceKeys.list({}).slice(0, 3)).toEqual(invoiceKeys.lists());
    expect(invoiceKeys.detail('i1').slice(0, 3)).toEqual(invoiceKeys.details());
  });
});

describe('useApiMutation', () => {
  it('makes what it changed stale, and is done only once that is fetched again', async () => {
    const keys = queryKeys('customers');
    let count = 1;
    const list = vi.fn(async () => ({ count }));
    const other = vi.fn(async () => 'untouched');
    const queryClient = createTestQueryClient();
    const { result } = renderHookWithProviders(
      () => ({
        list: useQuery({ queryKey: keys.list({}), queryFn: list }),
        other: useQuery({ queryKey: ['taxes'], queryFn: other }),
        create: useApiMutation({
          mutationFn: async () => {
            count += 1;
            return { id: 'c2' };
          },
          invalidates: [keys.lists()],
        }),
      }),
      { i18n, queryClient },
    );
    await waitFor(() => expect(result.current.list.data).toEqual({ count: 1 }));
    await waitFor(() => expect(result.current.other.data).toBe('untouched'));

    await act(async () => {
      await result.current.create.mutateAsync();
    });
    // When mutateAsync resolves, the list already shows the change.
    expect(queryClient.getQueryData(keys.list({}))).toEqual({ count: 2 });
    expect(list).toHaveBeenCalledTimes(2);
    expect(other).toHaveBeenCalledTimes(1);
  });

  it('can invalidate by what the server answered', async () => {
    const keys = queryKeys('customers');
    const detail = vi.fn(async () => 'fresh');
    const queryClient = createTestQueryClient();
    const { result } = renderHookWithProviders(
      () => ({
        detail: useQuery({ queryKey: keys.detail('c7'), queryFn: detail }),
        update: useApiMutation({ mutationFn: async (id: string) => ({ id }), invalidates: (answer) => [keys.detail(answer.id)] }),
      }),
      { i18n, queryClient },
    );
    await waitFor(() => expect(result.current.detail.data).toBe('fresh'));
    await act(async () => {
      await result.current.update.mutateAsync('c7');
    });
    expect(detail).toHaveBeenCalledTimes(2);
  });
});

import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { ApiError } from '../api/errors.ts';

/**
 * Whether a failed read is worth asking again: a lost connection or a 5xx may pass, a 4xx (not found,
 * no permission, signed out, rate limited) gives the same answer again. Two retries at most.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

/** Defaults of every read and write of both apps; each app makes one client at start. */
export const queryDefaults: DefaultOptions = {
  queries: {
    // Data a page just showed is reused for 30 s (back and forth between a list and a detail).
    staleTime: 30_000,
    gcTime: 5 * 60_000,
    retry: shouldRetry,
    // Details and settings are fresh enough; lists (useCursorList) ask again when the tab is back.
    refetchOnWindowFocus: false,
  },
  // Writes are never repeated by themselves: a second POST could create a second record.
  mutations: { retry: false },
};

export function createQueryClient(defaults: DefaultOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { ...queryDefaults.queries, ...defaults.queries },
      mutations: { ...queryDefaults.mutations, ...defaults.mutations },
    },
  });
}

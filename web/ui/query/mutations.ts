import { useMutation, useQueryClient, type QueryKey, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query';

export interface ApiMutationOptions<Data, Variables> extends UseMutationOptions<Data, unknown, Variables> {
  /**
   * The keys this write makes stale, from the concepts' key factories (`invoiceKeys.lists()`), or a
   * function of the answer. The mutation stays pending until they are fetched again, so whatever
   * shows next already shows the change.
   */
  invalidates?: readonly QueryKey[] | ((data: Data, variables: Variables) => readonly QueryKey[]);
}

/** A write (POST, PATCH, PUT, DELETE) that marks what it changed as stale. Never retried by itself. */
export function useApiMutation<Data, Variables = void>(options: ApiMutationOptions<Data, Variables>): UseMutationResult<Data, unknown, Variables> {
  const queryClient = useQueryClient();
  const { invalidates, onSuccess, ...rest } = options;
  return useMutation({
    ...rest,
    onSuccess: async (data, variables, onMutateResult, context) => {
      await onSuccess?.(data, variables, onMutateResult, context);
      const keys = typeof invalidates === 'function' ? invalidates(data, variables) : (invalidates ?? []);
      await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}

import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { isApiError } from '../../../ui/api/errors.ts';
import { dashboardKeys } from '../dashboard/queries.ts';
import { subscriptionKeys, type SubscriptionDetail } from './queries.ts';

/**
 * Runs one action on a subscription and shows its answer at once; the lists and the dashboard are
 * fetched again. A refusal because of where the subscription stands (not allowed now, changed
 * meanwhile) also fetches it again, so the page offers what is possible now; the error still shows.
 */
export function useSubscriptionWrite(id: string) {
  const queryClient = useQueryClient();
  return useCallback(
    async (write: () => Promise<SubscriptionDetail | undefined>): Promise<SubscriptionDetail | undefined> => {
      try {
        const answer = await write();
        if (answer && typeof answer === 'object' && 'id' in answer) queryClient.setQueryData(subscriptionKeys.detail(id), answer);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: subscriptionKeys.all }),
          queryClient.invalidateQueries({ queryKey: dashboardKeys.all }),
        ]);
        return answer;
      } catch (error) {
        if (isApiError(error, 'ACTION_NOT_ALLOWED', 'STATE_CONFLICT', 'STALE_VERSION', 'CONFLICT')) void queryClient.invalidateQueries({ queryKey: subscriptionKeys.detail(id) });
        throw error;
      }
    },
    [id, queryClient],
  );
}

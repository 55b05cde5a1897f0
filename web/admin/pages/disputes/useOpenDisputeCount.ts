import { useQuery } from '@tanstack/react-query';
import { adminClient } from '../../lib/client.ts';
import { disputeKeys } from './queries.ts';

/**
 * Open disputes for the navigation: one small request (at most 100 counted, shown as "99+"). Resolving
 * a dispute invalidates `disputeKeys.all`, so the count follows.
 */
export function useOpenDisputeCount(): number {
  const open = useQuery({
    queryKey: disputeKeys.list({ status: 'open', limit: 100 }),
    queryFn: ({ signal }) => adminClient.get('/disputes', { params: { query: { status: 'open', limit: 100 } }, signal }),
  });
  return open.data?.data.length ?? 0;
}

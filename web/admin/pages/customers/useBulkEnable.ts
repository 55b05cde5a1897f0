import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { adminClient } from '../../lib/client.ts';
import { jobKeys, type BulkEnableResult, type Job } from './queries.ts';

export type BulkState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'running'; job: Job }
  | { phase: 'done'; results: BulkEnableResult[] }
  | { phase: 'failed'; error: unknown };

const pollMs = 750;

const isRunning = (job: Job | undefined) => job?.status === 'queued' || job?.status === 'running';

/** The results a finished bulk-enable job keeps (the same shape as a small batch's answer). */
export function resultsOf(job: Job): BulkEnableResult[] {
  const result = job.result as { results?: BulkEnableResult[] } | null;
  return Array.isArray(result?.results) ? result.results : [];
}

/**
 * Starts a bulk enable. Small batches answer at once (200 with results); large ones answer 202 with a
 * job, which is polled until it has finished. The list of customers is the caller's to refresh when
 * the dialog closes, since a job changes customers after its answer.
 */
export function useBulkEnable() {
  const start = useApiMutation({
    mutationFn: (customerIds: string[]) => adminClient.post('/customers/bulk-enable-portal', { body: { customer_ids: customerIds } }),
  });
  const started = start.data && 'job' in start.data ? start.data.job : undefined;
  const job = useQuery({
    queryKey: jobKeys.detail(started?.id ?? ''),
    queryFn: ({ signal }) => adminClient.get('/jobs/{id}', { params: { path: { id: started?.id ?? '' } }, signal }),
    enabled: started !== undefined,
    // The 202 answer is the job's first state: the bar shows at once, the next state comes after one poll.
    initialData: started,
    staleTime: Infinity,
    refetchInterval: (query) => (isRunning(query.state.data) ? pollMs : false),
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: false,
  });

  const state = bulkState(start, started ? { data: job.data, error: job.error } : undefined);
  const { mutate, reset } = start;
  const run = useCallback((customerIds: string[]) => mutate(customerIds), [mutate]);
  return { state, start: run, reset };
}

function bulkState(
  start: { status: 'idle' | 'pending' | 'error' | 'success'; data?: { results: BulkEnableResult[] } | { job: Job }; error: unknown },
  job: { data: Job | undefined; error: unknown } | undefined,
): BulkState {
  if (start.status === 'idle') return { phase: 'idle' };
  if (start.status === 'pending') return { phase: 'starting' };
  if (start.status === 'error') return { phase: 'failed', error: start.error };
  if (start.data && 'results' in start.data) return { phase: 'done', results: start.data.results };
  if (job?.error) return { phase: 'failed', error: job.error };
  const current = job?.data;
  if (!current) return { phase: 'starting' };
  if (isRunning(current)) return { phase: 'running', job: current };
  if (current.status === 'succeeded') return { phase: 'done', results: resultsOf(current) };
  return { phase: 'failed', error: new Error(current.error ?? 'failed') };
}

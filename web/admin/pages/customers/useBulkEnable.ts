import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../lib/client.ts';
import type { BulkEnableResult, Job } from '../../lib/types.ts';

export type BulkState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'running'; job: Job }
  | { phase: 'done'; results: BulkEnableResult[] }
  | { phase: 'failed'; error: unknown };

const pollMs = 750;

function resultsOf(job: Job): BulkEnableResult[] {
  const result = job.result as { results?: BulkEnableResult[] } | null;
  return Array.isArray(result?.results) ? result.results : [];
}

/**
 * Starts a bulk enable. Small batches answer at once (200 with results); large ones answer 202 with a
 * job, which is polled until it has finished.
 */
export function useBulkEnable() {
  const [state, setState] = useState<BulkState>({ phase: 'idle' });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const follow = useCallback(async (job: Job) => {
    let current = job;
    while (alive.current && (current.status === 'queued' || current.status === 'running')) {
      setState({ phase: 'running', job: current });
      await new Promise((resolve) => window.setTimeout(resolve, pollMs));
      current = await api.get<Job>(`/jobs/${current.id}`);
    }
    if (!alive.current) return;
    if (current.status === 'succeeded') setState({ phase: 'done', results: resultsOf(current) });
    else setState({ phase: 'failed', error: new Error(current.error ?? 'failed') });
  }, []);

  const start = useCallback(
    async (customerIds: string[]) => {
      setState({ phase: 'starting' });
      try {
        const answer = await api.post<{ results?: BulkEnableResult[]; job?: Job }>('/customers/bulk-enable-portal', { customer_ids: customerIds });
        if (answer.job) await follow(answer.job);
        else setState({ phase: 'done', results: answer.results ?? [] });
      } catch (error) {
        if (alive.current) setState({ phase: 'failed', error });
      }
    },
    [follow],
  );

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, reset };
}

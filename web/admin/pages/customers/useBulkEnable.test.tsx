import { act, waitFor } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderHookWithProviders } from '../../../test/providers.tsx';
import type { Job } from './queries.ts';
import { json, recordRequests } from './test-customers.ts';
import { useBulkEnable } from './useBulkEnable.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n();
});
afterEach(() => vi.unstubAllGlobals());

function job(overrides: Partial<Job>): Job {
  return { id: 'job-1', kind: 'bulk_enable_portal', status: 'queued', progress_done: 0, progress_total: 150, result: null, error: null, created_at: '2026-12-01T10:00:00.000Z', finished_at: null, ...overrides };
}

describe('bulk enabling the portal', () => {
  it('shows the outcomes of a small batch at once', async () => {
    const requests = recordRequests(() => json({ results: [{ customer_id: 'c1', outcome: 'invited' }] }));
    const { result } = renderHookWithProviders(() => useBulkEnable(), { i18n });
    expect(result.current.state).toEqual({ phase: 'idle' });
    act(() => result.current.start(['c1']));
    await waitFor(() => expect(result.current.state).toEqual({ phase: 'done', results: [{ customer_id: 'c1', outcome: 'invited' }] }));
    expect(requests).toEqual([{ method: 'POST', path: '/api/v1/customers/bulk-enable-portal', body: { customer_ids: ['c1'] } }]);
  });

  it('follows a large batch’s job from its first answer until it has finished, then shows its outcomes', async () => {
    const polls = [job({ status: 'running', progress_done: 60 }), job({ status: 'succeeded', progress_done: 150, result: { results: [{ customer_id: 'c2', outcome: 'skipped', reason_code: 'no_primary_contact' }] } })];
    const requests = recordRequests(({ method }) => (method === 'POST' ? json({ job: job({}) }, 202) : json(polls.shift())));
    const { result } = renderHookWithProviders(() => useBulkEnable(), { i18n });
    act(() => result.current.start(['c1', 'c2']));

    await waitFor(() => expect(result.current.state).toMatchObject({ phase: 'running', job: { status: 'queued', progress_done: 0, progress_total: 150 } }));
    await waitFor(() => expect(result.current.state).toMatchObject({ phase: 'running', job: { progress_done: 60 } }), { timeout: 3000 });
    await waitFor(() => expect(result.current.state).toEqual({ phase: 'done', results: [{ customer_id: 'c2', outcome: 'skipped', reason_code: 'no_primary_contact' }] }), { timeout: 3000 });
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/v1/customers/bulk-enable-portal', 'GET /api/v1/jobs/job-1', 'GET /api/v1/jobs/job-1']);

    act(() => result.current.reset());
    await waitFor(() => expect(result.current.state).toEqual({ phase: 'idle' }));
  });

  it('says the batch failed when its job did', async () => {
    recordRequests(({ method }) => (method === 'POST' ? json({ job: job({}) }, 202) : json(job({ status: 'failed', error: 'worker stopped' }))));
    const { result } = renderHookWithProviders(() => useBulkEnable(), { i18n });
    act(() => result.current.start(['c1']));
    await waitFor(() => expect(result.current.state.phase).toBe('failed'), { timeout: 3000 });
    expect(result.current.state).toEqual({ phase: 'failed', error: new Error('worker stopped') });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../ui/api/errors.ts';
import { failure, ok, stubApi } from '../subscriptions/test-subscriptions.ts';
import { answerQuery, fetchProjectComments, postProjectComment, submitForApproval } from './queries.ts';

afterEach(() => vi.unstubAllGlobals());

describe('the console’s approval calls', () => {
  it('submits entries for approval and answers with how many were sent', async () => {
    const api = stubApi([{ method: 'POST', path: '/time-entries/submit', answer: ok({ submitted: 2 }) }]);
    await expect(submitForApproval(['e-1', 'e-2'])).resolves.toEqual({ submitted: 2 });
    expect(api.to('/time-entries/submit', 'POST')[0]?.body).toEqual({ entry_ids: ['e-1', 'e-2'] });
  });

  it('answers a query on the entry’s own path and returns the entry', async () => {
    const entry = { id: 'e 1', status: 'awaiting_approval' };
    const api = stubApi([{ method: 'POST', path: '/time-entries/e%201/answer', answer: ok(entry) }]);
    await expect(answerQuery('e 1', { comment: 'Two calls that day', duration_minutes: 45 })).resolves.toEqual(entry);
    expect(api.requests[0]?.body).toEqual({ comment: 'Two calls that day', duration_minutes: 45 });
  });

  it('throws the server’s error when submitting is refused', async () => {
    stubApi([{ method: 'POST', path: '/time-entries/submit', answer: failure(409, 'STATE_CONFLICT') }]);
    const refused = await submitForApproval(['e-1']).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe('STATE_CONFLICT');
  });
});

describe('the console’s project comments', () => {
  it('reads the thread’s rows and posts a comment', async () => {
    const comment = { id: 'c-1', body: 'Hello', display_in_portal: true };
    const api = stubApi([
      { method: 'GET', path: '/projects/p-1/comments', answer: ok({ data: [comment] }) },
      { method: 'POST', path: '/projects/p-1/comments', answer: ok(comment, 201) },
    ]);
    await expect(fetchProjectComments('p-1')).resolves.toEqual([comment]);
    await expect(postProjectComment('p-1', { body: 'Hello', display_in_portal: true })).resolves.toEqual(comment);
    expect(api.to('/projects/p-1/comments', 'POST')[0]?.body).toEqual({ body: 'Hello', display_in_portal: true });
  });
});

import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, createTestQueryClient, renderWithProviders } from '../../test/providers.tsx';
import { adminClient, apiSession } from '../lib/client.ts';
import en from '../locales/en.json';
import { SessionProvider, useSessionState } from './SessionContext.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => {
  vi.unstubAllGlobals();
  apiSession.clear();
});

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const session = {
  user: { id: 'u1', name: 'Olivia Owner', email: 'olivia@example.test', role: 'owner', language: 'en' },
  organization: { id: 'o1', name: 'Acme', slug: 'acme', portal_url: 'https://portico.test/portal/acme', brand_color: '#1f5fbf', logo_url: null },
  csrf_token: 'csrf-1',
};

function Who() {
  const { state, signOut } = useSessionState();
  return (
    <>
      <p>{state.status === 'signed_in' ? `Signed in as ${state.session.user.name}` : state.status}</p>
      <button type="button" onClick={() => void signOut()}>
        Sign out
      </button>
    </>
  );
}

function renderSession() {
  const queryClient = createTestQueryClient();
  renderWithProviders(
    <SessionProvider>
      <Who />
    </SessionProvider>,
    { i18n, queryClient },
  );
  return queryClient;
}

describe('the staff session', () => {
  it('reads as signed out when the server answers 401', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ error: { code: 'UNAUTHENTICATED', message: 'sign in' } }, 401)));
    renderSession();
    await screen.findByText('signed_out');
  });

  it('keeps the CSRF token of the session and forgets everything cached when a later answer is 401', async () => {
    let signedIn = true;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        if (!signedIn) return json({ error: { code: 'UNAUTHENTICATED', message: 'sign in' } }, 401);
        return new URL(request.url).pathname === '/api/v1/session' ? json(session) : json({ data: [], next_cursor: null });
      }),
    );
    const queryClient = renderSession();
    await screen.findByText('Signed in as Olivia Owner');
    expect(apiSession.csrfToken).toBe('csrf-1');
    queryClient.setQueryData(['customers', 'list', {}], { pages: [], pageParams: [] });

    signedIn = false;
    await act(() => adminClient.get('/customers').catch(() => undefined));
    await screen.findByText('signed_out');
    expect(queryClient.getQueryData(['customers', 'list', {}])).toBeUndefined();
  });

  it('signs out: the session ends on the server and the token is forgotten', async () => {
    const requests: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        requests.push(`${request.method} ${new URL(request.url).pathname} ${request.headers.get('x-csrf-token') ?? ''}`.trim());
        return request.method === 'DELETE' ? new Response(null, { status: 200 }) : json(session);
      }),
    );
    renderSession();
    await screen.findByText('Signed in as Olivia Owner');
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(screen.getByText('signed_out')).toBeTruthy());
    expect(requests).toEqual(['GET /api/v1/session', 'DELETE /api/v1/session csrf-1']);
    expect(apiSession.csrfToken).toBeUndefined();
  });
});

import { screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Route, Routes, useLocation } from 'react-router';
import { PortalPage, SignedIn, testMe } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { AppShell } from '../../app/AppShell.tsx';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { PortalSessionPage } from './PortalSessionPage.tsx';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function stubAnswer(answer: (request: Request) => Response) {
  const requests: { method: string; url: string }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      requests.push({ method: request.method, url: request.url });
      return answer(request);
    }),
  );
  return requests;
}

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function Landed() {
  const location = useLocation();
  return <p>landed on {location.pathname + location.search}</p>;
}

function renderSession() {
  renderWithProviders(
    <PortalPage address="/session/tok-123">
      <Routes>
        <Route path="session/:token" element={<PortalSessionPage />} />
        <Route path="*" element={<Landed />} />
      </Routes>
    </PortalPage>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('opening a portal session', () => {
  it('uses the URL once, without a click, and lands where the business’s app asked', async () => {
    const requests = stubAnswer(() => json(200, { path: '/pay?invoice=inv-1', me: testMe({ return_url: 'https://app.acme.test/billing' }) }));
    renderSession();
    expect(await screen.findByText('landed on /pay?invoice=inv-1')).toBeTruthy();
    expect(requests).toEqual([{ method: 'POST', url: expect.stringMatching(/\/portal-sessions\/tok-123$/) }]);
  });

  it('goes to two-factor setup first when the portal requires it', async () => {
    stubAnswer(() => json(200, { path: '/statement', me: testMe({ state: 'two_factor_setup_required' }) }));
    renderSession();
    expect(await screen.findByText(`landed on /two-factor/setup?next=${encodeURIComponent('/statement')}`)).toBeTruthy();
  });

  it('explains an expired or used URL and offers to sign in', async () => {
    stubAnswer(() => json(410, { error: { code: 'TOKEN_EXPIRED', message: 'This link has expired' } }));
    renderSession();
    expect(await screen.findByRole('heading', { name: en.link.expiredTitle })).toBeTruthy();
    expect(screen.getByText(en.link.session.expired.replace('{{name}}', 'Acme Services'))).toBeTruthy();
    expect(screen.getByRole('link', { name: en.link.session.action }).getAttribute('href')).toBe('/login');
  });
});

describe('the signed-in frame', () => {
  it('offers the way back to the business’s app only in a session it opened', async () => {
    stubAnswer(() => json(200, { data: [], next_cursor: null }));
    const { unmount } = renderWithProviders(
      <PortalPage address="/">
        <SignedIn me={testMe({ return_url: 'https://app.acme.test/billing' })}>
          <Routes>
            <Route element={<AppShell />}>
              <Route index element={<p>home</p>} />
            </Route>
          </Routes>
        </SignedIn>
      </PortalPage>,
      { i18n, errorMessage, fieldMessage },
    );
    const back = await screen.findByRole('link', { name: /Back to Acme Services/ });
    expect(back.getAttribute('href')).toBe('https://app.acme.test/billing');
    unmount();

    renderWithProviders(
      <PortalPage address="/">
        <SignedIn me={testMe()}>
          <Routes>
            <Route element={<AppShell />}>
              <Route index element={<p>home</p>} />
            </Route>
          </Routes>
        </SignedIn>
      </PortalPage>,
      { i18n, errorMessage, fieldMessage },
    );
    await screen.findByText('home');
    expect(screen.queryByRole('link', { name: /Back to/ })).toBeNull();
  });
});

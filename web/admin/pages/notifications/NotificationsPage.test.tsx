import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, createTestQueryClient, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { NotificationBell } from '../../app/NotificationBell.tsx';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { NotificationsPage } from './NotificationsPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const notification = (id: string, name: string, read_at: string | null) => ({
  id,
  event_type: 'portal.signin',
  message: `${name} signed in to the portal`,
  message_code: null,
  message_params: null,
  link: null,
  read_at,
  created_at: '2026-12-01T10:00:00.000Z',
});

/** The server's notifications: reads answer what it holds now, writes change it. */
function stubApi() {
  const held = [notification('n1', 'Hank', null), notification('n2', 'Marge', null), notification('n3', 'Homer', '2026-12-01T11:00:00.000Z')];
  const requests: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      requests.push(`${request.method} ${url.pathname}${url.search}`);
      const unread = held.filter((n) => !n.read_at);
      if (request.method === 'GET' && url.pathname === '/api/v1/notifications') {
        const rows = url.searchParams.get('unread') === 'true' ? unread : held;
        return json({ data: rows.slice(0, Number(url.searchParams.get('limit'))), next_cursor: null, unread_count: unread.length });
      }
      const one = /^\/api\/v1\/notifications\/(\w+)\/read$/.exec(url.pathname);
      if (request.method === 'POST' && one) {
        const found = held.find((n) => n.id === one[1]);
        if (found) found.read_at = '2026-12-01T12:00:00.000Z';
        return new Response(null, { status: 204 });
      }
      if (request.method === 'POST' && url.pathname === '/api/v1/notifications/read-all') {
        for (const n of held) n.read_at ??= '2026-12-01T12:00:00.000Z';
        return new Response(null, { status: 204 });
      }
      return json({ error: { code: 'NOT_FOUND', message: 'not found' } }, 404);
    }),
  );
  return requests;
}

function renderConsole() {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter>
        <NotificationBell />
        <NotificationsPage />
      </MemoryRouter>
    </ToastProvider>,
    { i18n, queryClient: createTestQueryClient(), errorMessage, fieldMessage },
  );
}

describe('notifications', () => {
  it('marks one read: the page and the bell’s count both follow', async () => {
    const requests = stubApi();
    renderConsole();
    await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    const table = screen.getByRole('table', { name: 'Notifications' });
    await userEvent.click(within(table).getByRole('button', { name: 'Mark read: Hank signed in to the portal' }));

    await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    const row = within(table).getByRole('row', { name: /Hank signed in/ });
    await waitFor(() => expect(within(row).getByText('Read')).toBeTruthy());
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual(['POST /api/v1/notifications/n1/read']);
  });

  it('marks all read once, and then has nothing left to mark', async () => {
    const requests = stubApi();
    renderConsole();
    const markAll = await screen.findByRole('button', { name: 'Mark all read' });
    await screen.findByRole('button', { name: 'Mark read: Hank signed in to the portal' });
    await userEvent.click(markAll);
    await screen.findByText('All notifications marked read.');
    await screen.findByRole('button', { name: 'Notifications' });
    await waitFor(() => expect((markAll as HTMLButtonElement).disabled).toBe(true));
    expect(within(screen.getByRole('table', { name: 'Notifications' })).queryAllByRole('button')).toEqual([]);
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual(['POST /api/v1/notifications/read-all']);
  });

  it('lists only the unread ones when asked', async () => {
    const requests = stubApi();
    renderConsole();
    await screen.findByRole('row', { name: /Homer signed in/ });
    await userEvent.click(screen.getByRole('button', { name: 'Only unread' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Homer signed in/ })).toBeNull());
    expect(screen.getByRole('row', { name: /Marge signed in/ })).toBeTruthy();
    expect(requests).toContain('GET /api/v1/notifications?unread=true&limit=50');
  });

  it('shows the latest in the bell’s dropdown and marks one read from there', async () => {
    stubApi();
    renderConsole();
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    const item = await screen.findByRole('button', { name: /^Marge signed in to the portal/ });
    const entry = item.closest('li');
    if (!entry) throw new Error('no list entry');
    await userEvent.click(within(entry).getByRole('button', { name: 'Mark read' }));
    await screen.findByRole('button', { name: 'Notifications, 1 unread' });
  });
});

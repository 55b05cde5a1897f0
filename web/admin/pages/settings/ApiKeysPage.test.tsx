import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { ApiKeysPage } from './ApiKeysPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const key = (n: number, revoked = false) => ({
  id: `key-${n}`,
  name: `Key ${n}`,
  prefix: `pk_${n}`,
  scopes: ['customers.read'],
  created_at: '2026-12-01T10:00:00.000Z',
  last_used_at: null,
  revoked_at: revoked ? '2026-12-01T11:00:00.000Z' : null,
});

/** 120 keys on two pages, and a new one when asked. */
function stubApi() {
  const held = Array.from({ length: 120 }, (_, i) => key(i + 1));
  const requests: { method: string; url: string; body?: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      const body = request.method === 'POST' ? await request.json() : undefined;
      requests.push({ method: request.method, url: `${url.pathname}${url.search}`, body });
      if (request.method === 'POST') {
        const created = { ...key(121), name: 'ERP sync', scopes: (body as { scopes: string[] }).scopes };
        held.unshift(created);
        return json({ ...created, key: 'pk_121_secret' }, 201);
      }
      const start = url.searchParams.get('cursor') ? 100 : 0;
      return json({ data: held.slice(start, start + 100), next_cursor: start === 0 && held.length > 100 ? 'page-2' : null });
    }),
  );
  return requests;
}

describe('the API keys page', () => {
  it('lists every key, page after page', async () => {
    const requests = stubApi();
    renderWithProviders(
      <ToastProvider dismissLabel="Dismiss">
        <ApiKeysPage />
      </ToastProvider>,
      { i18n, errorMessage, fieldMessage },
    );
    await screen.findByRole('rowheader', { name: 'Key 120' });
    expect(screen.getAllByRole('row')).toHaveLength(121);
    expect(requests.map((r) => r.url)).toEqual(['/api/v1/api-keys?limit=100', '/api/v1/api-keys?limit=100&cursor=page-2']);
  });

  it('creates a key with the scopes ticked and shows it once, then lists it', async () => {
    const requests = stubApi();
    renderWithProviders(
      <ToastProvider dismissLabel="Dismiss">
        <ApiKeysPage />
      </ToastProvider>,
      { i18n, errorMessage, fieldMessage },
    );
    await screen.findByRole('rowheader', { name: 'Key 1' });
    await userEvent.click(screen.getByRole('button', { name: 'Create API key' }));
    const dialog = screen.getByRole('dialog', { name: 'Create an API key' });
    const create = within(dialog).getByRole('button', { name: 'Create API key' });
    await userEvent.click(within(dialog).getByLabelText('customers.read'));
    expect((create as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(within(dialog).getByLabelText('portal.write'));
    await userEvent.click(within(dialog).getByLabelText('notifications.read'));
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'ERP sync');
    await userEvent.click(create);

    const shown = await screen.findByRole('dialog', { name: 'Your new API key' });
    expect((within(shown).getByLabelText('API key') as HTMLInputElement).value).toBe('pk_121_secret');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ name: 'ERP sync', scopes: ['portal.write', 'notifications.read'] });
    await waitFor(() => expect(screen.getByRole('rowheader', { name: 'ERP sync' })).toBeTruthy());
  });
});

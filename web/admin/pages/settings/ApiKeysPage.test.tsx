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

interface HeldKey {
  id: string;
  name: string;
  [field: string]: unknown;
}

const key = (n: number, overrides: Record<string, unknown> = {}): HeldKey => ({
  id: `key-${n}`,
  name: `Key ${n}`,
  prefix: `pk_${n}`,
  scopes: ['customers.read'],
  status: 'active',
  created_at: '2026-12-01T10:00:00.000Z',
  expires_at: null,
  last_used_at: null,
  last_used_ip: null,
  rotated_to_id: null,
  revoked_at: null,
  ...overrides,
});

/** 120 keys on two pages (or the given ones), a new one when asked, and rotations. */
function stubApi(initial?: HeldKey[]) {
  const held = initial ?? Array.from({ length: 120 }, (_, i) => key(i + 1));
  const requests: { method: string; url: string; body?: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      const body = request.method === 'POST' ? await request.json() : undefined;
      requests.push({ method: request.method, url: `${url.pathname}${url.search}`, body });
      const rotation = url.pathname.match(/^\/api\/v1\/api-keys\/([^/]+)\/rotate$/);
      if (request.method === 'POST' && rotation) {
        const old = held.find((k) => k.id === rotation[1]);
        if (!old) return json({ error: { code: 'NOT_FOUND', message: 'API key not found' } }, 404);
        const fresh = { ...old, id: 'key-rotated', prefix: 'pk_rot', created_at: '2026-12-02T10:00:00.000Z' };
        Object.assign(old, { rotated_to_id: fresh.id, status: 'expiring', expires_at: '2026-12-03T10:00:00.000Z' });
        held.unshift(fresh);
        return json({ ...fresh, key: 'pk_rot_secret', replaces: { id: old.id, expires_at: '2026-12-03T10:00:00.000Z' } }, 201);
      }
      if (request.method === 'POST') {
        const { scopes, expires_at } = body as { scopes: string[]; expires_at: string | null };
        const created = { ...key(121), name: 'ERP sync', scopes, expires_at };
        held.unshift(created);
        return json({ ...created, key: 'pk_121_secret' }, 201);
      }
      const start = url.searchParams.get('cursor') ? 100 : 0;
      return json({ data: held.slice(start, start + 100), next_cursor: start === 0 && held.length > 100 ? 'page-2' : null });
    }),
  );
  return requests;
}

function renderPage() {
  renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <ApiKeysPage />
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the API keys page', () => {
  it('lists every key, page after page', async () => {
    const requests = stubApi();
    renderPage();
    await screen.findByRole('rowheader', { name: 'Key 120' });
    expect(screen.getAllByRole('row')).toHaveLength(121);
    expect(requests.map((r) => r.url)).toEqual(['/api/v1/api-keys?limit=100', '/api/v1/api-keys?limit=100&cursor=page-2']);
  });

  it('creates a key with read or read-and-write access per module and an expiry, and shows it once, then lists it', async () => {
    const requests = stubApi();
    renderPage();
    await screen.findByRole('rowheader', { name: 'Key 1' });
    await userEvent.click(screen.getByRole('button', { name: 'Create API key' }));
    const dialog = screen.getByRole('dialog', { name: 'Create an API key' });
    const create = within(dialog).getByRole('button', { name: 'Create API key' });
    expect(within(dialog).getByLabelText<HTMLSelectElement>(/^Customers/).value).toBe('read');
    await userEvent.selectOptions(within(dialog).getByLabelText(/^Customers/), 'No access');
    expect((create as HTMLButtonElement).disabled).toBe(true);
    // Notifications can only be read.
    expect(within(within(dialog).getByLabelText(/^Notifications/)).getAllByRole('option').map((option) => option.textContent)).toEqual(['No access', 'Read']);
    await userEvent.selectOptions(within(dialog).getByLabelText(/^Documents/), 'Read and write');
    await userEvent.selectOptions(within(dialog).getByLabelText(/^Payments/), 'Read');
    await userEvent.selectOptions(within(dialog).getByLabelText(/^Notifications/), 'Read');
    expect(within(within(dialog).getByLabelText(/^Expires/)).getAllByRole('option').map((option) => option.textContent)).toEqual(['Never', 'In 30 days', 'In 90 days', 'In 365 days']);
    await userEvent.selectOptions(within(dialog).getByLabelText(/^Expires/), 'In 90 days');
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'ERP sync');
    await userEvent.click(create);

    const shown = await screen.findByRole('dialog', { name: 'Your new API key' });
    expect(within(shown).getByLabelText<HTMLInputElement>('API key').value).toBe('pk_121_secret');
    const sent = requests.find((r) => r.method === 'POST')?.body as { name: string; scopes: string[]; expires_at: string };
    expect(sent).toMatchObject({ name: 'ERP sync', scopes: ['documents.read', 'documents.write', 'payments.read', 'notifications.read'] });
    const days = (new Date(sent.expires_at).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThan(90.1);
    await waitFor(() => expect(screen.getByRole('rowheader', { name: 'ERP sync' })).toBeTruthy());
  });

  it('shows each key’s status, expiry and last use with its address, and offers no actions on expired or revoked keys', async () => {
    stubApi([
      key(1, { name: 'Shop', last_used_at: '2026-12-01T12:00:00.000Z', last_used_ip: '203.0.113.9', expires_at: '2026-12-05T10:00:00.000Z', status: 'expiring' }),
      key(2, { name: 'Old ERP', expires_at: '2026-11-01T10:00:00.000Z', status: 'expired' }),
      key(3, { name: 'Gone', revoked_at: '2026-12-01T11:00:00.000Z', status: 'revoked' }),
    ]);
    renderPage();
    const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    await screen.findByRole('rowheader', { name: 'Shop' });
    expect(within(row('Shop')).getByText('Expiring')).toBeTruthy();
    expect(within(row('Shop')).getByText('from 203.0.113.9')).toBeTruthy();
    expect(within(row('Shop')).getByRole('button', { name: 'Rotate Shop' })).toBeTruthy();
    expect(within(row('Old ERP')).getByText('Expired')).toBeTruthy();
    expect(within(row('Old ERP')).getByText('Never')).toBeTruthy();
    expect(within(row('Old ERP')).queryByRole('button')).toBeNull();
    expect(within(row('Gone')).getByText('Revoked')).toBeTruthy();
    expect(within(row('Gone')).queryByRole('button')).toBeNull();
  });

  it('rotates a key with the overlap chosen and shows the new key once, with when the old one stops', async () => {
    const requests = stubApi([key(1, { name: 'Shop' })]);
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Rotate Shop' }));
    const dialog = screen.getByRole('dialog', { name: 'Rotate Shop' });
    expect(within(dialog).getByLabelText<HTMLSelectElement>(/^Old key keeps working/).value).toBe('24');
    await userEvent.selectOptions(within(dialog).getByLabelText(/^Old key keeps working/), 'For 72 hours');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rotate' }));

    const shown = await screen.findByRole('dialog', { name: 'The new key for Shop' });
    expect(within(shown).getByLabelText<HTMLInputElement>('API key').value).toBe('pk_rot_secret');
    expect(within(shown).getByText(/The old key works until/)).toBeTruthy();
    expect(requests.find((r) => r.url.endsWith('/rotate'))).toMatchObject({ method: 'POST', url: '/api/v1/api-keys/key-1/rotate', body: { overlap_hours: 72 } });
    await userEvent.click(within(shown).getByRole('button', { name: 'Done' }));
    // The key is not shown again, and the rotated key cannot be rotated a second time.
    await waitFor(() => expect(screen.queryByDisplayValue('pk_rot_secret')).toBeNull());
    await waitFor(() => expect(screen.getAllByRole('rowheader', { name: 'Shop' })).toHaveLength(2));
    expect(screen.getAllByRole('button', { name: 'Rotate Shop' })).toHaveLength(1);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { WarehousesPage } from './WarehousesPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const warehouse = <Patch extends object>(patch: Patch) => ({ address: null, is_default: false, archived: false, created_at: '2026-12-01T10:00:00.000Z', updated_at: '2026-12-01T10:00:00.000Z', ...patch });

function stubApi() {
  const sent: { method: string; path: string; body?: unknown }[] = [];
  let warehouses: { id: string; name: string; address: string | null; is_default: boolean; archived: boolean }[] = [warehouse({ id: 'wh-2', name: 'Leeds', address: '1 Dock St\nLeeds' }), warehouse({ id: 'wh-1', name: 'Main warehouse', is_default: true }), warehouse({ id: 'wh-3', name: 'Old shed', archived: true })];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const { pathname } = new URL(request.url);
      if (request.method === 'GET' && pathname === '/api/v1/warehouses') {
        // The page asks for the archived ones too.
        expect(new URL(request.url).searchParams.get('include_archived')).toBe('true');
        return json({ data: warehouses });
      }
      const body = request.headers.get('content-type')?.includes('json') ? await request.json() : undefined;
      sent.push({ method: request.method, path: pathname, body });
      if (request.method === 'POST' && pathname === '/api/v1/warehouses') {
        const added = warehouse({ id: 'wh-4', ...(body as { name: string; address: string | null }) });
        warehouses = [...warehouses, added];
        return json(added, 201);
      }
      const [, , , , id, action] = pathname.split('/');
      if (request.method === 'PATCH') warehouses = warehouses.map((w) => (w.id === id ? { ...w, ...(body as object) } : w));
      if (action === 'set-default') warehouses = warehouses.map((w) => ({ ...w, is_default: w.id === id }));
      if (action === 'archive') warehouses = warehouses.map((w) => (w.id === id ? { ...w, archived: true } : w));
      return json(warehouses.find((w) => w.id === id));
    }),
  );
  return sent;
}

function renderPage() {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter>
        <WarehousesPage />
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the warehouses page', () => {
  it('lists the default first and the archived last, adds, renames, makes default and archives', async () => {
    const sent = stubApi();
    renderPage();
    await screen.findByRole('row', { name: /Main warehouse/ });
    const names = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names()).toEqual(['Main warehouse Default', 'Leeds ', 'Old shed Archived']);
    expect(within(screen.getByRole('row', { name: /Old shed/ })).queryByRole('button')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Add warehouse' }));
    const add = await screen.findByRole('dialog', { name: 'Add a warehouse' });
    await userEvent.type(within(add).getByLabelText(/^Name/), ' York ');
    await userEvent.click(within(add).getByRole('button', { name: 'Save' }));
    await screen.findByRole('row', { name: /York/ });

    await userEvent.click(screen.getByRole('button', { name: 'Rename Leeds' }));
    const rename = await screen.findByRole('dialog', { name: 'Rename warehouse' });
    expect(within(rename).getByLabelText<HTMLTextAreaElement>('Address').value).toBe('1 Dock St\nLeeds');
    await userEvent.clear(within(rename).getByLabelText(/^Name/));
    await userEvent.type(within(rename).getByLabelText(/^Name/), 'Leeds docks');
    await userEvent.click(within(rename).getByRole('button', { name: 'Save' }));
    await screen.findByRole('row', { name: /Leeds docks/ });

    await userEvent.click(screen.getByRole('button', { name: 'Make Leeds docks the default' }));
    await screen.findByText('Leeds docks is now the default warehouse');
    await waitFor(() => expect(names()[0]).toBe('Leeds docks Default'));

    await userEvent.click(screen.getByRole('button', { name: 'Archive York' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Archive York?' })).getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(names().at(-1)).toBe('York Archived'));

    expect(sent).toEqual([
      { method: 'POST', path: '/api/v1/warehouses', body: { name: 'York', address: null } },
      { method: 'PATCH', path: '/api/v1/warehouses/wh-2', body: { name: 'Leeds docks', address: '1 Dock St\nLeeds' } },
      { method: 'POST', path: '/api/v1/warehouses/wh-2/set-default', body: undefined },
      { method: 'POST', path: '/api/v1/warehouses/wh-4/archive', body: undefined },
    ]);
  });
});

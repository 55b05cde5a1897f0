import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { PortalLinksPage } from './PortalLinksPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const link = (id: string, name: string, status: 'active' | 'used') => ({
  id,
  contact_person_id: `p-${id}`,
  contact_name: name,
  email: `${name.toLowerCase()}@example.test`,
  customer_id: 'c1',
  customer_name: 'Globex',
  created_at: '2026-12-01T10:00:00.000Z',
  expires_at: '2026-12-08T10:00:00.000Z',
  used_at: status === 'used' ? '2026-12-02T10:00:00.000Z' : null,
  revoked_at: null as string | null,
  status: status as 'active' | 'used' | 'revoked',
});

function stubApi() {
  const held = [link('l1', 'Hank', 'active'), link('l2', 'Marge', 'used')];
  const requests: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      requests.push(`${request.method} ${url.pathname}${url.search}`);
      if (request.method === 'DELETE') {
        const found = held.find((l) => url.pathname.endsWith(`/${l.id}`));
        if (found) Object.assign(found, { status: 'revoked', revoked_at: '2026-12-03T10:00:00.000Z' });
        return new Response(null, { status: 204 });
      }
      const status = url.searchParams.get('status');
      return json({ data: held.filter((l) => !status || l.status === status), next_cursor: null });
    }),
  );
  return requests;
}

function renderPage() {
  renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter>
        <PortalLinksPage />
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the portal links page', () => {
  it('revokes an active link after asking, and the list shows it revoked', async () => {
    const requests = stubApi();
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke the link of Hank' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke this link?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    await screen.findByText('Link revoked.');
    const row = screen.getByRole('row', { name: /Hank/ });
    await waitFor(() => expect(within(row).getByText('Revoked')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Revoke the link of Hank' })).toBeNull();
    expect(requests.filter((r) => r.startsWith('DELETE'))).toEqual(['DELETE /api/v1/portal/links/l1']);
  });

  it('asks the server for the links of one status', async () => {
    const requests = stubApi();
    renderPage();
    await screen.findByRole('row', { name: /Marge/ });
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'used');
    await waitFor(() => expect(screen.queryByRole('row', { name: /Hank/ })).toBeNull());
    expect(requests).toContain('GET /api/v1/portal/links?status=used&limit=50');
  });
});

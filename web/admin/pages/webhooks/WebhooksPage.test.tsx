import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { WebhookEndpointPage } from './WebhookEndpointPage.tsx';
import { WebhooksPage } from './WebhooksPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const endpoint = (patch: Record<string, unknown> = {}) => ({
  id: 'we-1',
  object: 'webhook_endpoint',
  url: 'https://erp.acme.test/hooks',
  description: 'ERP',
  events: ['document.viewed', 'payment.succeeded'],
  api_version: '2026-12-01',
  status: 'enabled',
  disabled_reason: null,
  failing_since: null,
  previous_secret_expires_at: null,
  version: 1,
  created_at: '2026-12-01T10:00:00.000Z',
  updated_at: '2026-12-01T10:00:00.000Z',
  ...patch,
});

const delivery = (patch: Record<string, unknown> = {}) => ({
  id: 'wd-1',
  object: 'webhook_delivery',
  endpoint_id: 'we-1',
  event_id: 'evt_1',
  event_type: 'document.viewed',
  status: 'failed',
  attempts: 12,
  next_attempt_at: null,
  last_attempt_at: '2026-12-02T10:00:00.000Z',
  response_status: 503,
  response_body: 'try later',
  error: null,
  duration_ms: 42,
  replay_of: null,
  created_at: '2026-12-01T10:00:00.000Z',
  ...patch,
});

function stubApi(answers: (request: Request, url: URL, body: unknown) => Response | undefined) {
  const requests: { method: string; path: string; body?: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      const text = request.method === 'GET' ? '' : await request.text();
      const body = text ? JSON.parse(text) : undefined;
      requests.push({ method: request.method, path: url.pathname, body });
      return answers(request, url, body) ?? json({ error: { code: 'NOT_FOUND', message: 'Not found' } }, 404);
    }),
  );
  return requests;
}

function renderAt(address: string) {
  renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter initialEntries={[address]}>
        <Routes>
          <Route path="/settings/webhooks" element={<WebhooksPage />} />
          <Route path="/settings/webhooks/:id" element={<WebhookEndpointPage />} />
        </Routes>
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the webhooks page', () => {
  it('lists endpoints with their state, and adds one: needs a URL and an event, then shows the secret once', async () => {
    const held = [endpoint(), endpoint({ id: 'we-2', url: 'https://crm.acme.test/in', status: 'disabled', disabled_reason: 'failing', events: ['order.placed'] })];
    const requests = stubApi((request, url, body) => {
      if (url.pathname === '/api/v1/webhook-endpoints' && request.method === 'GET') return json({ data: held, next_cursor: null });
      if (url.pathname === '/api/v1/webhook-endpoints' && request.method === 'POST') {
        const created = endpoint({ id: 'we-3', ...(body as object) });
        held.push(created);
        return json({ ...created, secret: 'whsec_shown_once' }, 201);
      }
      return undefined;
    });
    renderAt('/settings/webhooks');
    await screen.findByRole('link', { name: 'https://erp.acme.test/hooks' });
    const disabledRow = screen.getByRole('row', { name: /crm\.acme\.test/ });
    expect(within(disabledRow).getByText('Disabled: failed for 3 days')).toBeTruthy();
    expect(within(screen.getByRole('row', { name: /erp\.acme\.test/ })).getByText('2 events')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Add endpoint' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a webhook endpoint' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));
    expect(await within(dialog).findByText(en.webhooks.eventsRequired)).toBeTruthy();
    expect(within(dialog).getByText(en.common.required)).toBeTruthy();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText(/^Endpoint URL/), 'https://books.acme.test/portico');
    await userEvent.click(within(dialog).getByLabelText('estimate.accepted'));
    await userEvent.click(within(dialog).getByLabelText('shipment.shipped'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));
    const shown = await screen.findByRole('dialog', { name: 'Endpoint added: copy its secret' });
    expect(within(shown).getByLabelText<HTMLInputElement>('Signing secret').value).toBe('whsec_shown_once');
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ url: 'https://books.acme.test/portico', description: '', events: ['estimate.accepted', 'shipment.shipped'] });
    await waitFor(() => expect(screen.getByRole('link', { name: 'https://books.acme.test/portico' })).toBeTruthy());
  });

  it('shows an endpoint’s delivery log and replays a delivery; a disabled endpoint is enabled again first', async () => {
    let current = endpoint({ status: 'disabled', disabled_reason: 'failing', failing_since: '2026-11-28T10:00:00.000Z' });
    const requests = stubApi((request, url, body) => {
      if (url.pathname === '/api/v1/webhook-endpoints/we-1' && request.method === 'GET') return json(current);
      if (url.pathname === '/api/v1/webhook-endpoints/we-1' && request.method === 'PATCH') {
        current = endpoint({ status: (body as { enabled: boolean }).enabled ? 'enabled' : 'disabled', version: 2 });
        return json(current);
      }
      if (url.pathname === '/api/v1/webhook-endpoints/we-1/deliveries') return json({ data: [delivery()], next_cursor: null });
      if (url.pathname === '/api/v1/webhook-deliveries/wd-1/replay') return json(delivery({ id: 'wd-2', status: 'pending', attempts: 0, replay_of: 'wd-1' }), 201);
      return undefined;
    });
    renderAt('/settings/webhooks/we-1');
    await screen.findByRole('heading', { level: 1, name: 'https://erp.acme.test/hooks' });
    const log = await screen.findByRole('table', { name: 'Delivery log' });
    const row = within(log).getByRole('row', { name: /document\.viewed/ });
    expect(within(row).getByText('Failed')).toBeTruthy();
    expect(within(row).getByText('HTTP 503')).toBeTruthy();
    const replay = within(row).getByRole('button', { name: /^Replay document\.viewed/ });
    expect((replay as HTMLButtonElement).disabled).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Enable' }));
    await screen.findByText('The endpoint is enabled again.');
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ enabled: true, version: 1 });
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Delivery log' })).getByRole<HTMLButtonElement>('button', { name: /^Replay/ }).disabled).toBe(false));
    await userEvent.click(within(screen.getByRole('table', { name: 'Delivery log' })).getByRole('button', { name: /^Replay/ }));
    await screen.findByText('The event will be sent again in a moment.');
    expect(requests.some((request) => request.method === 'POST' && request.path === '/api/v1/webhook-deliveries/wd-1/replay')).toBe(true);
  });
});

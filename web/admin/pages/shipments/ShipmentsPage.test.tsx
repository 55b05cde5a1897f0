import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import en from '../../locales/en.json';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import { CarriersPage } from './CarriersPage.tsx';
import { ShipmentsPage } from './ShipmentsPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const shipped = {
  id: 'pkg-2',
  number: 'PKG-000002',
  status: 'shipped',
  sales_order: { id: 'so-1', number: 'SO-000001' },
  customer: { id: 'cust-1', display_name: 'Acme' },
  package_date: '2026-12-02',
  notes: null,
  external_id: null,
  carrier: 'ups',
  carrier_name: 'UPS',
  tracking_number: '1Z999',
  tracking_url: 'https://ups.example/1Z999',
  shipped_on: '2026-12-02',
  shipped_at: '2026-12-02T12:00:00.000Z',
  delivered_at: null,
  created_at: '2026-12-02T10:00:00.000Z',
  updated_at: '2026-12-02T12:00:00.000Z',
};

function render(ui: ReactElement) {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter>{ui}</MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the shipments page', () => {
  it('filters packages by status tab and links each to its tracking page', async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        asked.push(url.searchParams.get('status') ?? 'all');
        return json({ data: url.searchParams.get('status') === 'delivered' ? [] : [shipped], next_cursor: null });
      }),
    );
    render(<ShipmentsPage />);
    const link = await screen.findByRole('link', { name: /1Z999/ });
    expect(link.getAttribute('href')).toBe('https://ups.example/1Z999');
    expect(screen.getByRole('button', { name: 'Mark PKG-000002 delivered' })).toBeTruthy();
    await userEvent.click(screen.getByRole('tab', { name: 'Delivered' }));
    await screen.findByText(en.shipments.noMatch);
    expect(screen.getByRole('tab', { name: 'Delivered' }).getAttribute('aria-selected')).toBe('true');
    // Arrow keys move between the tabs.
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Shipped' }).getAttribute('aria-selected')).toBe('true');
    expect(asked).toEqual(['all', 'delivered', 'shipped']);
  });
});

describe('the carriers settings', () => {
  it('changes a carrier’s tracking link template and previews the link', async () => {
    const writes: Request[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        if (request.method === 'GET') return json({ data: [{ carrier: 'dhl', name: 'DHL', tracking_url_template: 'https://dhl.example/?id={tracking_number}', default_template: 'https://dhl.example/?id={tracking_number}', customized: false }] });
        writes.push(request.clone());
        return json({ carrier: 'dhl', name: 'DHL', tracking_url_template: 'https://track.example/{tracking_number}', default_template: 'https://dhl.example/?id={tracking_number}', customized: true });
      }),
    );
    render(<CarriersPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit DHL' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit DHL' });
    const template = within(dialog).getByLabelText(/^Tracking link template/);
    await userEvent.clear(template);
    await userEvent.type(template, 'http://track.example/');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(dialog).findByText(en.carriers.errors.https);
    expect(writes).toHaveLength(0);
    await userEvent.clear(template);
    await userEvent.type(template, 'https://track.example/{{tracking_number}');
    within(dialog).getByText('https://track.example/1Z999AA10123456784');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('DHL saved');
    expect(await writes[0]?.json()).toEqual({ carrier: 'dhl', name: 'DHL', tracking_url_template: 'https://track.example/{tracking_number}' });
  });
});

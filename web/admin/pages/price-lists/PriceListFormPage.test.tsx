import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { PriceListFormPage } from './PriceListFormPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const mug = { id: 'item-1', name: 'Blue mug', sku: 'MUG-1', unit: 'pcs', description: null, rate_minor: 1250, currency: 'EUR', tax_id: null, archived: false, category: null, sellable_in_portal: true, allow_backorders: false, track_stock: false, stock: null, images: [] };
const customer = { id: 'cust-1', display_name: 'Acme', currency: 'EUR', company_name: null, email: null, portal_language: 'en', allow_bank_payments: false, primary_contact: null, portal_active_count: 0, created_at: '2026-11-01T10:00:00.000Z' };

function stored(patch: object = {}) {
  return {
    id: 'pl-1',
    name: 'Wholesale',
    description: null,
    currency: 'EUR',
    kind: 'per_item',
    percent: 0,
    valid_from: null,
    valid_to: null,
    archived: false,
    version: 4,
    created_at: '2026-12-01T10:00:00.000Z',
    updated_at: '2026-12-01T10:00:00.000Z',
    rates: [{ item_id: 'item-1', item_name: 'Blue mug', min_quantity: 1, rate_minor: 1100 }],
    customers_count: 0,
    ...patch,
  };
}

let current = stored();

function serve(write: (request: Request) => Response) {
  const writes: Request[] = [];
  const reads: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (request.method === 'GET') {
        reads.push(url);
        if (url.pathname === '/api/v1/items') return json({ data: [mug], next_cursor: null });
        if (url.pathname === '/api/v1/customers') return json({ data: [customer], next_cursor: null });
        if (url.pathname === '/api/v1/price-lists/pl-1') return json(current);
        if (url.pathname === '/api/v1/price-lists/pl-1/preview') {
          const quantity = Number(url.searchParams.get('quantity'));
          const breakMin = quantity >= 10 ? 10 : 1;
          return json({
            price_list_id: 'pl-1',
            customer_id: 'cust-1',
            item_id: 'item-1',
            quantity,
            date: '2026-12-02',
            price: { rate_minor: breakMin === 10 ? 950 : 1100, currency: 'EUR', source: 'price_list', price_list_id: 'pl-1', price_list_name: 'Wholesale', break_min_quantity: breakMin, breaks: [] },
          });
        }
        return json({ error: { code: 'NOT_FOUND', message: 'not found' } }, 404);
      }
      writes.push(request.clone());
      return write(request);
    }),
  );
  return { writes, reads };
}

function renderPage(path: string, mode: 'new' | 'edit') {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/price-lists/new" element={<PriceListFormPage mode={mode} />} />
          <Route path="/price-lists/:id" element={mode === 'new' ? <p>The saved list</p> : <PriceListFormPage mode={mode} />} />
        </Routes>
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the price list page', () => {
  it('creates a per-item list with a quantity break', async () => {
    const { writes } = serve(() => json(stored({ id: 'pl-2', version: 1 }), 201));
    renderPage('/price-lists/new', 'new');
    await userEvent.type(await screen.findByLabelText(/^Name/), 'Wholesale');
    await userEvent.selectOptions(screen.getByLabelText(/^Currency/), 'EUR');
    await userEvent.type(screen.getByLabelText(/^Valid from/), '2026-12-01');
    // Without a rate a per-item list is refused before anything is sent.
    await userEvent.click(screen.getByRole('button', { name: 'Create price list' }));
    expect(await screen.findByText('Add at least one rate, or choose a markup or markdown.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Add rate' }));
    const first = screen.getByRole('group', { name: 'Rate 1' });
    await userEvent.selectOptions(within(first).getByLabelText(/^Item/), 'item-1');
    expect(within(first).getByText('Base rate €12.50')).toBeTruthy();
    await userEvent.type(within(first).getByLabelText(/^Rate \(EUR\)/), '11');
    await userEvent.click(screen.getByRole('button', { name: 'Add a break for the same item' }));
    const second = screen.getByRole('group', { name: 'Rate 2' });
    expect(within(second).getByLabelText<HTMLSelectElement>(/^Item/).value).toBe('item-1');
    await userEvent.clear(within(second).getByLabelText(/^From quantity/));
    await userEvent.type(within(second).getByLabelText(/^From quantity/), '10');
    await userEvent.type(within(second).getByLabelText(/^Rate \(EUR\)/), '9.50');
    await userEvent.click(screen.getByRole('button', { name: 'Create price list' }));

    await screen.findByText('The saved list');
    expect(writes.map((request) => [request.method, new URL(request.url).pathname])).toEqual([['POST', '/api/v1/price-lists']]);
    expect(await writes[0]!.json()).toEqual({
      name: 'Wholesale',
      description: null,
      currency: 'EUR',
      kind: 'per_item',
      percent: null,
      valid_from: '2026-12-01',
      valid_to: null,
      rates: [
        { item_id: 'item-1', min_quantity: 1, rate_minor: 1100 },
        { item_id: 'item-1', min_quantity: 10, rate_minor: 950 },
      ],
    });
  });

  it('refuses an edit of a list changed meanwhile, says why and loads the latest version on request', async () => {
    current = stored();
    let refused = false;
    const { writes } = serve(() => {
      if (!refused) {
        refused = true;
        current = stored({ name: 'Wholesale 2027', version: 5 });
        return json({ error: { code: 'STALE_VERSION', message: 'changed', details: { version: 5 } } }, 409);
      }
      return json(stored({ name: 'Wholesale 2027', kind: 'markdown', percent: 10, version: 6 }));
    });
    renderPage('/price-lists/pl-1', 'edit');
    await screen.findByRole('heading', { level: 1, name: 'Wholesale' });
    await userEvent.selectOptions(screen.getByLabelText(/^Rule/), 'markdown');
    await userEvent.type(screen.getByLabelText(/^Percentage/), '10');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText(en.priceLists.changedMeanwhile, { exact: false });
    expect(writes[0]?.method).toBe('PATCH');
    expect(writes[0]?.headers.get('if-match')).toBe('"4"');
    expect(await writes[0]?.json()).toMatchObject({ kind: 'markdown', percent: 10 });
    // What was typed stays until the person loads the latest version.
    expect(screen.getByLabelText<HTMLInputElement>(/^Name/).value).toBe('Wholesale');
    await userEvent.click(await screen.findByRole('button', { name: 'Load the latest version' }));
    expect(screen.getByLabelText<HTMLInputElement>(/^Name/).value).toBe('Wholesale 2027');
    await userEvent.selectOptions(screen.getByLabelText(/^Rule/), 'markdown');
    await userEvent.type(screen.getByLabelText(/^Percentage/), '10');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Wholesale 2027 saved');
    expect(writes.map((request) => request.headers.get('if-match'))).toEqual(['"4"', '"5"']);
  });

  it('previews the price a customer pays and the break that decided it', async () => {
    current = stored();
    const { reads } = serve(() => json({}, 500));
    renderPage('/price-lists/pl-1', 'edit');
    const preview = await screen.findByRole('region', { name: 'Price preview' });
    expect(within(preview).getByText('Choose a customer and an item and enter a quantity.')).toBeTruthy();
    await userEvent.selectOptions(await within(preview).findByLabelText(/^Customer/), 'cust-1');
    await userEvent.selectOptions(within(preview).getByLabelText(/^Item/), 'item-1');
    await userEvent.clear(within(preview).getByLabelText('Quantity'));
    await userEvent.type(within(preview).getByLabelText('Quantity'), '12');
    expect(await within(preview).findByText('From 10')).toBeTruthy();
    expect(within(preview).getByText('€9.50')).toBeTruthy();
    expect(within(preview).getByText('Price list “Wholesale”')).toBeTruthy();
    const asked = reads.filter((url) => url.pathname.endsWith('/preview')).at(-1);
    expect(Object.fromEntries(asked?.searchParams ?? [])).toEqual({ customer_id: 'cust-1', item_id: 'item-1', quantity: '12' });
  });
});

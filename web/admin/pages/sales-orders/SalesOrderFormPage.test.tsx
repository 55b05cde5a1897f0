import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import en from '../../locales/en.json';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import { SalesOrderFormPage } from './SalesOrderFormPage.tsx';
import { storedOrder, storedOrderLine } from './test-orders.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const customer = { id: 'cust-1', display_name: 'Acme', currency: 'EUR', company_name: null, email: null, portal_language: 'en', primary_contact: null, portal_active_count: 0, created_at: '2026-11-01T10:00:00.000Z' };
const vat = { id: 'tax-vat', name: 'VAT', rate_percent: 19, archived: false };
const widget = { id: 'item-1', name: 'Widget', sku: 'W-1', unit: 'pcs', description: null, rate_minor: 1_000, currency: 'EUR', tax_id: 'tax-vat', archived: false, track_stock: true, stock: { on_hand: 20, committed: 2, available: 18 } };
const addresses = [{ id: 'addr-1', label: 'Warehouse', address: { street: '1 Dock Road', city: 'Hull' }, address_lines: ['1 Dock Road', 'Hull'], is_default: true, stored: true }];

/** The customer's list gives 8.50 from 10 widgets, else 9.50. */
function preview(url: URL) {
  const quantity = Number(url.searchParams.get('quantity'));
  const fromTen = quantity >= 10;
  return {
    price_list_id: 'pl-1',
    customer_id: 'cust-1',
    item_id: 'item-1',
    quantity,
    date: '2026-12-02',
    price: { rate_minor: fromTen ? 850 : 950, currency: 'EUR', source: 'price_list', price_list_id: 'pl-1', price_list_name: 'Wholesale', break_min_quantity: fromTen ? 10 : 1, breaks: [] },
  };
}

let editing = storedOrder({ id: 'so-9', number: 'SO-000009', version: 4 });

function serve(write: (request: Request) => Response) {
  const writes: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      const { pathname } = url;
      if (request.method === 'GET') {
        if (pathname === '/api/v1/taxes') return json({ data: [vat] });
        if (pathname === '/api/v1/items') return json({ data: [widget], next_cursor: null });
        if (pathname === '/api/v1/customers/cust-1') return json(customer);
        if (pathname === '/api/v1/customers') return json({ data: [customer], next_cursor: null });
        if (pathname === '/api/v1/customers/cust-1/shipping-addresses') return json({ data: addresses });
        if (pathname === '/api/v1/customers/cust-1/price-list') return json({ customer_id: 'cust-1', price_list: { id: 'pl-1', name: 'Wholesale', currency: 'EUR', archived: false } });
        if (pathname === '/api/v1/price-lists/pl-1/preview') return json(preview(url));
        if (pathname === '/api/v1/sales-orders/so-9') return json(editing);
      }
      writes.push(request.clone());
      return write(request);
    }),
  );
  return writes;
}

function renderPage(path: string, mode: 'new' | 'edit') {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/sales-orders/new" element={<SalesOrderFormPage mode={mode} />} />
          <Route path="/sales-orders/:id/edit" element={<SalesOrderFormPage mode={mode} />} />
          <Route path="/sales-orders/:id" element={<p>The saved order</p>} />
        </Routes>
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the sales order form page', () => {
  it('prefills the customer’s price with its list and break, and leaves the rate to the server', async () => {
    const writes = serve(() => json(storedOrder({ id: 'so-1' }), 201));
    renderPage('/sales-orders/new?customer=cust-1', 'new');
    const first = await screen.findByRole('group', { name: 'Line 1' });
    await userEvent.selectOptions(within(first).getByLabelText('Item'), 'item-1');
    const rate = within(first).getByLabelText<HTMLInputElement>('Rate (EUR)', { exact: false });
    await within(first).findByText('Price list Wholesale, from 1');
    expect(rate.value).toBe('9.50');
    await userEvent.clear(within(first).getByLabelText(/^Quantity/));
    await userEvent.type(within(first).getByLabelText(/^Quantity/), '12');
    await within(first).findByText('Price list Wholesale, from 10');
    expect(rate.value).toBe('8.50');
    within(first).getByText('18 available now. Up to three decimals.');
    // 12 × 8.50 = 102.00 + 19 % VAT.
    expect(within(screen.getByRole('region', { name: 'Totals' })).getByTestId('document-total').textContent).toBe('€121.38');
    await userEvent.type(screen.getByLabelText('PO number'), 'PO-77');
    await screen.findByRole('option', { name: 'Warehouse: 1 Dock Road, Hull' });
    await userEvent.selectOptions(screen.getByLabelText('Shipping address'), 'addr-1');

    await userEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    await screen.findByText('The saved order');
    expect(writes.map((request) => [request.method, new URL(request.url).pathname])).toEqual([['POST', '/api/v1/sales-orders']]);
    const body = (await writes[0]!.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ customer_id: 'cust-1', po_number: 'PO-77', shipping_address_id: 'addr-1', lines: [{ item_id: 'item-1', name: 'Widget', quantity: 12, tax_id: 'tax-vat' }] });
    expect((body.lines as object[])[0]).not.toHaveProperty('rate_minor');
  });

  it('sends a rate staff typed, and shows the server’s refusal of an item on its line', async () => {
    const writes = serve(() => json({ error: { code: 'ITEM_UNAVAILABLE', message: 'not sold', details: [{ field: 'lines.0.item_id', code: 'unknown_reference', params: { item_id: 'item-1' }, message: 'is not sold in EUR' }] } }, 422));
    renderPage('/sales-orders/new?customer=cust-1', 'new');
    const first = await screen.findByRole('group', { name: 'Line 1' });
    await userEvent.selectOptions(within(first).getByLabelText('Item'), 'item-1');
    await within(first).findByText('Price list Wholesale, from 1');
    const rate = within(first).getByLabelText('Rate (EUR)', { exact: false });
    await userEvent.clear(rate);
    await userEvent.type(rate, '7');
    await within(first).findByText(en.salesOrders.price.manual);
    await userEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    await screen.findByText(en.errors.ITEM_UNAVAILABLE);
    expect(within(first).getByLabelText('Item').getAttribute('aria-invalid')).toBe('true');
    expect(await writes[0]?.json()).toMatchObject({ lines: [{ item_id: 'item-1', rate_minor: 700 }] });
  });

  it('saves an edit with If-Match, and after a refusal as stale offers the latest version', async () => {
    let refused = false;
    const writes = serve(() => {
      if (!refused) {
        refused = true;
        editing = { ...editing, po_number: 'Changed elsewhere', version: 5, lines: [storedOrderLine({ quantity: 20 })] };
        return json({ error: { code: 'STALE_VERSION', message: 'changed', details: { version: 5 } } }, 409);
      }
      return json({ ...editing, version: 6 });
    });
    renderPage('/sales-orders/so-9/edit', 'edit');
    await screen.findByRole('heading', { level: 1, name: 'Edit sales order SO-000009' });
    await userEvent.type(screen.getByLabelText('PO number'), 'PO-1');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText(en.salesOrders.editChangedMeanwhile, { exact: false });
    expect(writes[0]?.method).toBe('PATCH');
    expect(writes[0]?.headers.get('if-match')).toBe('"4"');
    expect(await writes[0]?.json()).toMatchObject({ po_number: 'PO-1', lines: [{ item_id: 'item-1', quantity: 10 }] });
    expect(screen.getByLabelText<HTMLInputElement>('PO number').value).toBe('PO-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Load the latest version' }));
    expect(screen.getByLabelText<HTMLInputElement>('PO number').value).toBe('Changed elsewhere');
    expect(within(screen.getByRole('group', { name: 'Line 1' })).getByLabelText<HTMLInputElement>(/^Quantity/).value).toBe('20');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('The saved order');
    expect(writes.map((request) => request.headers.get('if-match'))).toEqual(['"4"', '"5"']);
  });
});

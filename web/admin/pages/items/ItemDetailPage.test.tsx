import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { ItemDetailPage } from './ItemDetailPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const main = { id: 'wh-1', name: 'Main warehouse', address: null, is_default: true, archived: false };
const leeds = { id: 'wh-2', name: 'Leeds', address: '1 Dock St', is_default: false, archived: false };
const mug = {
  id: 'item-1',
  name: 'Blue mug',
  sku: 'MUG-1',
  unit: 'pcs',
  description: null,
  rate_minor: 1250,
  currency: 'EUR',
  tax_id: null,
  archived: false,
  category: 'Mugs',
  sellable_in_portal: true,
  allow_backorders: false,
  track_stock: true,
  stock: { on_hand: 15, committed: 3, available: 12 },
  images: [],
};

interface Sent {
  method: string;
  path: string;
  body?: unknown;
}

/** The item's API as the page uses it; `answer` decides each write. */
function stubApi(answer: (sent: Sent) => Response) {
  const sent: Sent[] = [];
  let images: { id: string; url: string; alt_text: string | null; position: number; content_type: string; byte_size: number }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const { pathname } = new URL(request.url);
      if (request.method === 'GET') {
        if (pathname === '/api/v1/items/item-1') return json({ ...mug, images });
        if (pathname === '/api/v1/taxes') return json({ data: [] });
        if (pathname === '/api/v1/warehouses') return json({ data: [leeds, main] });
        if (pathname === '/api/v1/items/item-1/stock') {
          return json({
            item_id: 'item-1',
            track_stock: true,
            totals: { on_hand: 15, committed: 3, available: 12 },
            warehouses: [
              { warehouse_id: 'wh-1', name: 'Main warehouse', is_default: true, archived: false, on_hand: 10, committed: 3, available: 7 },
              { warehouse_id: 'wh-2', name: 'Leeds', is_default: false, archived: false, on_hand: 5, committed: 0, available: 5 },
            ],
          });
        }
        if (pathname === '/api/v1/items/item-1/stock-movements') {
          return json({
            data: [
              { id: 'mv-2', kind: 'shipment', warehouse_id: 'wh-1', warehouse_name: 'Main warehouse', quantity: -2, reason: null, sales_order_id: 'so-1', package_id: 'pkg-1', staff_user_id: null, created_at: '2026-12-02T10:00:00.000Z' },
              { id: 'mv-1', kind: 'receipt', warehouse_id: 'wh-1', warehouse_name: 'Main warehouse', quantity: 10, reason: 'Delivery 4711', sales_order_id: null, package_id: null, staff_user_id: 'staff-1', created_at: '2026-12-01T10:00:00.000Z' },
            ],
            next_cursor: null,
          });
        }
        return json({ error: { code: 'NOT_FOUND', message: 'not found' } }, 404);
      }
      const body = request.headers.get('content-type')?.includes('json') ? await request.json() : undefined;
      const one = { method: request.method, path: pathname, body };
      sent.push(one);
      const response = answer(one);
      if (response.ok && pathname === '/api/v1/items/item-1/images') images = [{ id: 'img-1', url: '/api/v1/items/item-1/images/img-1', alt_text: 'Blue mug', position: 0, content_type: 'image/png', byte_size: 3 }];
      return response;
    }),
  );
  return sent;
}

function renderPage() {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter initialEntries={['/items/item-1']}>
        <Routes>
          <Route path="/items/:id" element={<ItemDetailPage />} />
        </Routes>
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the item page', () => {
  it('shows the item, its stock per warehouse and its movements', async () => {
    stubApi(() => json({}, 500));
    renderPage();
    await screen.findByRole('heading', { level: 1, name: /Blue mug/ });
    const stock = screen.getByRole('region', { name: 'Stock' });
    const main = await within(stock).findByRole('row', { name: /Main warehouse/ });
    expect(within(main).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['10', '3', '7']);
    expect(within(stock).getByText('All warehouses: 15 on hand, 3 committed, 12 available')).toBeTruthy();
    const movements = screen.getByRole('region', { name: 'Stock movements' });
    const receipt = await within(movements).findByRole('row', { name: /Dec 1/ });
    expect(within(receipt).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Receipt', 'Main warehouse', '+10', 'Delivery 4711']);
    const shipment = within(movements).getByRole('row', { name: /Dec 2/ });
    expect(within(shipment).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Shipment', 'Main warehouse', '-2', 'Shipped to a customer']);
    expect(screen.getByRole('region', { name: 'Pictures' }).textContent).toContain('No pictures yet');
  });

  it('takes stock out with a reason, and says clearly when there is not enough', async () => {
    const sent = stubApi(() => json({ error: { code: 'INSUFFICIENT_STOCK', message: 'not enough', details: { item_id: 'item-1', available: 7 } } }, 409));
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Adjust stock' }));
    const dialog = await screen.findByRole('dialog', { name: 'Adjust the stock of Blue mug' });
    // The default warehouse comes first.
    expect(within(dialog).getByLabelText<HTMLSelectElement>(/^Warehouse/).value).toBe('wh-1');
    await userEvent.selectOptions(within(dialog).getByLabelText('Kind'), 'adjustment');
    await userEvent.selectOptions(within(dialog).getByLabelText('Change'), 'remove');
    await userEvent.type(within(dialog).getByLabelText(/^Quantity/), '8');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record' }));
    expect(await within(dialog).findByText(/Say why the stock changes/)).toBeTruthy();
    expect(sent).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText(/^Reason/), 'Stock count');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record' }));
    expect(await within(dialog).findByText(/Not enough on hand to take that much: 7 can be taken/)).toBeTruthy();
    expect(sent).toEqual([{ method: 'POST', path: '/api/v1/items/item-1/stock-adjustments', body: { warehouse_id: 'wh-1', kind: 'adjustment', quantity: -8, reason: 'Stock count' } }]);
    // The dialog stays open with what was typed.
    expect(within(dialog).getByLabelText<HTMLInputElement>(/^Quantity/).value).toBe('8');
  });

  it('records a receipt and closes', async () => {
    const sent = stubApi(() => json({ item_id: 'item-1', track_stock: true, totals: { on_hand: 17.5, committed: 3, available: 14.5 }, warehouses: [] }, 201));
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Adjust stock' }));
    const dialog = await screen.findByRole('dialog', { name: 'Adjust the stock of Blue mug' });
    await userEvent.selectOptions(within(dialog).getByLabelText(/^Warehouse/), 'wh-2');
    await userEvent.type(within(dialog).getByLabelText(/^Quantity/), '2.5');
    await userEvent.type(within(dialog).getByLabelText(/^Reason/), 'Delivery 4712');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record' }));
    await screen.findByText('Stock of Blue mug updated');
    expect(sent[0]?.body).toEqual({ warehouse_id: 'wh-2', kind: 'receipt', quantity: 2.5, reason: 'Delivery 4712' });
  });

  it('uploads a picture as base64 and shows it; refuses a file of another kind before sending', async () => {
    const sent = stubApi(() => json({ id: 'img-1', url: '/api/v1/items/item-1/images/img-1', alt_text: 'Blue mug', position: 0, content_type: 'image/png', byte_size: 3 }, 201));
    renderPage();
    const pictures = await screen.findByRole('region', { name: 'Pictures' });
    const input = within(pictures).getByLabelText('Picture file');
    await userEvent.upload(input, new File(['GIF89a'], 'mug.gif', { type: 'image/gif' }), { applyAccept: false });
    await userEvent.click(within(pictures).getByRole('button', { name: 'Upload picture' }));
    expect(await within(pictures).findByText('Choose a PNG, JPEG or WebP picture')).toBeTruthy();
    expect(sent).toHaveLength(0);

    await userEvent.upload(input, new File([new Uint8Array([1, 2, 3])], 'mug.png', { type: 'image/png' }));
    await userEvent.type(within(pictures).getByLabelText('Description'), 'Blue mug');
    await userEvent.click(within(pictures).getByRole('button', { name: 'Upload picture' }));
    const picture = await within(pictures).findByRole('img', { name: 'Blue mug' });
    expect(picture.getAttribute('src')).toBe('/api/v1/items/item-1/images/img-1');
    expect(sent).toEqual([{ method: 'POST', path: '/api/v1/items/item-1/images', body: { content_type: 'image/png', data_base64: 'AQID', alt_text: 'Blue mug' } }]);
    await waitFor(() => expect(within(pictures).getByRole('button', { name: 'Delete picture 1' })).toBeTruthy());
  });
});

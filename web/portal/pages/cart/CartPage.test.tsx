import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage, SignedIn, testMe } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { cart, cartLine, orderDetail, shippingAddress } from '../orders/test-orders.ts';
import { failure, ok, stubServer } from '../pay/test-fixtures.ts';
import { CartPage } from './CartPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

const buyer = testMe({ contact: { ...testMe().contact!, permissions: ['place_orders'] } });

function renderPage() {
  return renderWithProviders(
    <PortalPage address="/cart">
      <SignedIn me={buyer}>
        <Routes>
          <Route path="cart" element={<CartPage />} />
          <Route path="orders/:id" element={<h1>Order page</h1>} />
        </Routes>
      </SignedIn>
    </PortalPage>,
    { i18n },
  );
}

const twoLines = cart([cartLine(), cartLine({ item_id: 'item2', name: 'Oak shelf', sku: null, quantity: 1.5, unit_price_minor: 4_999, amount_minor: 7_499, available: null })]);
const placed = ok(orderDetail({ status: 'pending_approval' }), 201);

function server(routes: Parameters<typeof stubServer>[0] = []) {
  return stubServer([
    { method: 'GET', suffix: '/cart', answer: ok(twoLines) },
    { method: 'GET', suffix: '/shipping-addresses', answer: ok({ data: [shippingAddress({ id: 'addr0', label: 'Office', is_default: false }), shippingAddress()] }) },
    ...routes,
  ]);
}

const row = (name: string) => screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr') as HTMLElement;

describe('the cart', () => {
  it('shows each line’s unit price and total and the subtotal, and saves a changed quantity or a removal', async () => {
    const user = userEvent.setup();
    const api = server([
      // Ten reach the price list's break: the server prices the line again.
      { method: 'PUT', suffix: '/cart/lines/item1', answer: ok(cart([cartLine({ quantity: 10, unit_price_minor: 1_100 }), twoLines.lines[1]!])) },
      { method: 'DELETE', suffix: '/cart/lines/item2', answer: ok(cart([cartLine({ quantity: 10, unit_price_minor: 1_100 })])) },
    ]);
    renderPage();
    await screen.findByRole('rowheader', { name: /^Brass hinge/ });
    expect(within(row('Brass hinge')).getByText('$25.00')).toBeTruthy();
    expect(within(row('Oak shelf')).getByText('$74.99')).toBeTruthy();
    expect(screen.getByTestId('cart-subtotal').textContent).toBe('$99.99');

    const quantity = screen.getByRole('textbox', { name: 'Quantity of Brass hinge' });
    await user.clear(quantity);
    await user.type(quantity, '10{Enter}');
    await waitFor(() => expect(screen.getByTestId('cart-subtotal').textContent).toBe('$184.99'));
    expect(api.to('/cart/lines/item1', 'PUT')[0]?.body).toEqual({ quantity: 10 });
    expect(within(row('Brass hinge')).getByText('$11.00')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Remove Oak shelf' }));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /^Oak shelf/ })).toBeNull());
    expect(api.to('/cart/lines/item2', 'DELETE')).toHaveLength(1);
  });

  it('places the order with the prices it showed under one idempotency key, reused when the answer was lost, then opens the order', async () => {
    const user = userEvent.setup();
    const api = server([{ method: 'POST', suffix: '/sales-orders', answer: new TypeError('Failed to fetch') }]);
    renderPage();
    await screen.findByRole('option', { name: /^Warehouse/ });
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Shipping address' }).value).toBe('addr1');
    await user.type(screen.getByRole('textbox', { name: 'Your PO number (optional)' }), 'PO-77');
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    expect(await screen.findByText(en.errors.network)).toBeTruthy();
    api.answer('POST', '/sales-orders', placed);
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    expect(await screen.findByRole('heading', { name: 'Order page' })).toBeTruthy();
    const [first, second] = api.to('/sales-orders', 'POST');
    expect(first?.body).toEqual({
      lines: [
        { item_id: 'item1', quantity: 2, expected_unit_price_minor: 1_250 },
        { item_id: 'item2', quantity: 1.5, expected_unit_price_minor: 4_999 },
      ],
      shipping_address_id: 'addr1',
      po_number: 'PO-77',
      notes: null,
    });
    expect(first?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(second?.headers.get('idempotency-key')).toBe(first?.headers.get('idempotency-key'));
  });

  it('lists the prices that changed, old and new, and orders at the new ones once the customer confirms', async () => {
    const user = userEvent.setup();
    const api = server([
      { method: 'POST', suffix: '/sales-orders', answer: failure(409, 'PRICES_CHANGED', [{ item_id: 'item1', expected_unit_price_minor: 1_250, unit_price_minor: 1_300 }]) },
    ]);
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Place order' }));
    const dialog = await screen.findByRole('dialog', { name: 'Prices have changed' });
    const change = within(dialog).getByText('Brass hinge').closest('li') as HTMLElement;
    expect(change.textContent).toContain('× 2');
    expect(change.querySelector('del')?.textContent).toBe('$12.50');
    expect(change.querySelector('ins')?.textContent).toBe('$13.00');
    expect(screen.getByText('Some prices changed. Review them and confirm again.')).toBeTruthy();
    api.answer('POST', '/sales-orders', placed);
    await user.click(within(dialog).getByRole('button', { name: 'Place order at the new prices' }));
    expect(await screen.findByRole('heading', { name: 'Order page' })).toBeTruthy();
    const [refused, confirmed] = api.to('/sales-orders', 'POST');
    expect((confirmed?.body as { lines: unknown[] }).lines[0]).toEqual({ item_id: 'item1', quantity: 2, expected_unit_price_minor: 1_300 });
    expect(confirmed?.headers.get('idempotency-key')).not.toBe(refused?.headers.get('idempotency-key'));
  });

  it('says which lines are short and what is available when stock ran out', async () => {
    const user = userEvent.setup();
    server([{ method: 'POST', suffix: '/sales-orders', answer: failure(409, 'INSUFFICIENT_STOCK', { item_id: 'item1', available: 1 }) }]);
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Place order' }));
    expect(await screen.findByText('Not enough stock for these items:')).toBeTruthy();
    expect(screen.getByText('you asked for 2, 1 available now.', { exact: false })).toBeTruthy();
    expect(within(row('Brass hinge')).getByText('Only 1 available now.')).toBeTruthy();
  });

  it('says the cart is empty and links to the catalogue', async () => {
    stubServer([{ method: 'GET', suffix: '/cart', answer: ok(cart([])) }]);
    renderPage();
    expect(await screen.findByText('Your cart is empty.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Browse the catalogue' }).getAttribute('href')).toBe('/catalog');
  });
});

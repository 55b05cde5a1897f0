import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage, SignedIn, testMe } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { CartPage } from '../cart/CartPage.tsx';
import { failure, ok, stubServer } from '../pay/test-fixtures.ts';
import { OrderDetailPage } from './OrderDetailPage.tsx';
import { cart, cartLine, orderDetail, shipment, shippingAddress } from './test-orders.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

const buyer = testMe({ contact: { ...testMe().contact!, permissions: ['view_documents', 'place_orders'] } });

function renderPage(me = buyer) {
  return renderWithProviders(
    <PortalPage address="/orders/so1">
      <SignedIn me={me}>
        <Routes>
          <Route path="orders/:id" element={<OrderDetailPage />} />
          <Route path="cart" element={<CartPage />} />
        </Routes>
      </SignedIn>
    </PortalPage>,
    { i18n },
  );
}

const shipped = orderDetail({
  status: 'shipped',
  events: [...orderDetail().events, { status: 'shipped', note: null, actor_type: 'staff', actor_name: 'Olivia Owner', created_at: '2026-12-02T09:00:00.000Z' }],
  lines: [{ ...orderDetail().lines[0]!, shipped_quantity: 2 }],
  packages: [shipment()],
  invoices: [{ id: 'inv1', number: 'INV-000042', status: 'sent', issue_date: '2026-12-02', total_minor: 2_500, balance_minor: 2_500 }],
});

describe('an order', () => {
  it('shows its status with the steps reached, the lines, the invoices and each package with a tracking link', async () => {
    stubServer([
      { method: 'GET', suffix: '/sales-orders/so1', answer: ok(shipped) },
      { method: 'GET', suffix: '/sales-orders/so1/comments', answer: ok({ data: [] }) },
    ]);
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Order SO-000001' })).toBeTruthy();
    const progress = screen.getByRole('region', { name: 'Progress' });
    const steps = within(progress).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent?.replace(/\s+/g, ' '))).toEqual([expect.stringMatching(/^Placed\(done\)/), expect.stringMatching(/^Confirmed\(done\)/), expect.stringMatching(/^Shipped\(done\)/), 'Delivered(not yet)']);
    expect(steps[2]?.getAttribute('aria-current')).toBe('step');
    const packages = screen.getByRole('region', { name: 'Packages' });
    const track = within(packages).getByRole('link', { name: 'Track 1Z999 (opens in a new tab)' });
    expect(track.getAttribute('href')).toBe('https://www.ups.com/track?tracknum=1Z999');
    expect(track.getAttribute('rel')).toBe('noopener noreferrer');
    expect(within(packages).getByText('UPS')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'INV-000042' }).getAttribute('href')).toBe('/invoices/inv1');
    expect(screen.getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toMatch(/\/sales-orders\/so1\/pdf$/);
    expect(await screen.findByText(en.comments.empty)).toBeTruthy();
  });

  it('reorders into the cart and lists there what differs from the order', async () => {
    const user = userEvent.setup();
    const api = stubServer([
      { method: 'GET', suffix: '/sales-orders/so1', answer: ok(shipped) },
      { method: 'GET', suffix: '/sales-orders/so1/comments', answer: ok({ data: [] }) },
      { method: 'GET', suffix: '/shipping-addresses', answer: ok({ data: [shippingAddress()] }) },
      {
        method: 'POST',
        suffix: '/sales-orders/so1/reorder',
        answer: ok({
          added: [{ item_id: 'item1', name: 'Brass hinge', quantity: 1, unit_price_minor: 1_300 }],
          differences: [
            { item_id: 'item9', name: 'Discontinued lamp', kind: 'unavailable' },
            { item_id: 'item1', name: 'Brass hinge', kind: 'price_changed', old_unit_price_minor: 1_250, unit_price_minor: 1_300 },
            { item_id: 'item1', name: 'Brass hinge', kind: 'short_stock', available: 1 },
          ],
          cart: cart([cartLine({ quantity: 1, unit_price_minor: 1_300 })]),
        }),
      },
    ]);
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Order again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cart' })).toBeTruthy();
    const notice = screen.getByText('The items of order SO-000001 are in your cart, with these differences:').closest('.ui-notice') as HTMLElement;
    const items = within(notice).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['Discontinued lamp: no longer available, not added.', 'Brass hinge: price changed: $12.50 → $13.00', 'Brass hinge: only 1 available, quantity reduced.']);
    // The cart the reorder answered shows at once.
    expect(screen.getByRole('rowheader', { name: /^Brass hinge/ })).toBeTruthy();
    expect(api.to('/sales-orders/so1/reorder', 'POST')).toHaveLength(1);
  });

  it('offers no reorder to a contact who may not place orders, and says when the order is not there', async () => {
    stubServer([
      { method: 'GET', suffix: '/sales-orders/so1', answer: ok(shipped) },
      { method: 'GET', suffix: '/sales-orders/so1/comments', answer: ok({ data: [] }) },
    ]);
    const { unmount } = renderPage(testMe());
    await screen.findByRole('heading', { level: 1, name: 'Order SO-000001' });
    expect(screen.queryByRole('button', { name: 'Order again' })).toBeNull();
    unmount();
    stubServer([{ method: 'GET', suffix: '/sales-orders/so1', answer: failure(404, 'NOT_FOUND') }]);
    renderPage();
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});

import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PortalPage, SignedIn, testMe } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { cart, cartLine, catalogItem } from '../orders/test-orders.ts';
import { ok, stubServer } from '../pay/test-fixtures.ts';
import { CatalogPage } from './CatalogPage.tsx';
import { FakeEventSource } from './fake-event-source.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
beforeEach(() => {
  FakeEventSource.reset();
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => vi.unstubAllGlobals());

const buyer = testMe({ contact: { ...testMe().contact!, permissions: ['view_documents', 'place_orders'] } });

function renderPage(address = '/catalog') {
  return renderWithProviders(
    <PortalPage address={address}>
      <SignedIn me={buyer}>
        <CatalogPage />
      </SignedIn>
    </PortalPage>,
    { i18n },
  );
}

const items = [
  catalogItem(),
  catalogItem({ id: 'item2', name: 'Oak shelf', sku: 'SHF-02', breaks: [], unit_price_minor: 4_900, available: 0, allow_backorders: true }),
  catalogItem({ id: 'item3', name: 'Walnut shelf', sku: 'SHF-03', breaks: [], available: 0 }),
  catalogItem({ id: 'item4', name: 'Design service', sku: null, unit: null, breaks: [], available: null, track_stock: false }),
  catalogItem({ id: 'item5', name: 'Euro lamp', breaks: [], unit_price_minor: null, currency: null }),
];

const card = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('li') as HTMLElement;

describe('the catalogue', () => {
  it('shows each item with its price for this customer, quantity breaks and what is in stock', async () => {
    const server = stubServer([
      { method: 'GET', suffix: '/catalog', answer: ok({ data: items, next_cursor: null }) },
      { method: 'GET', suffix: '/catalog/categories', answer: ok({ data: [{ name: 'Hardware', item_count: 1 }, { name: 'Shelving', item_count: 2 }] }) },
      { method: 'GET', suffix: '/cart', answer: ok(cart([])) },
    ]);
    renderPage('/catalog?search=shelf&category=Shelving');
    await screen.findByRole('heading', { level: 2, name: 'Brass hinge' });
    const hinge = within(card('Brass hinge'));
    expect(hinge.getByText('$12.50')).toBeTruthy();
    expect(hinge.getByText('per pcs')).toBeTruthy();
    expect(hinge.getByText('SKU HNG-01')).toBeTruthy();
    expect(hinge.getByRole('list', { name: 'Quantity prices' }).textContent).toBe('From 10: $11.00');
    expect(hinge.getByText('5 pcs available')).toBeTruthy();
    expect(within(card('Oak shelf')).getByText('Backorder allowed')).toBeTruthy();
    expect(within(card('Walnut shelf')).getByText('Out of stock')).toBeTruthy();
    expect(within(card('Walnut shelf')).getByRole('button', { name: 'Add to cart Walnut shelf' })).toHaveProperty('disabled', true);
    expect(within(card('Design service')).queryByText(/available|stock/i)).toBeNull();
    // Sold in another currency than this customer's: shown, not orderable.
    expect(within(card('Euro lamp')).getByText('Not available to your account.')).toBeTruthy();
    expect(within(card('Euro lamp')).getByRole('button', { name: 'Add to cart Euro lamp' })).toHaveProperty('disabled', true);
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search by name or SKU' }).value).toBe('shelf');
    await screen.findByRole('option', { name: 'Shelving (2)' });
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Category' }).value).toBe('Shelving');
    expect(server.to('/catalog', 'GET')).toHaveLength(1);
  });

  it('adds the typed quantity to what the cart holds, and refuses more than is available', async () => {
    const user = userEvent.setup();
    const server = stubServer([
      { method: 'GET', suffix: '/catalog', answer: ok({ data: [catalogItem()], next_cursor: null }) },
      { method: 'GET', suffix: '/catalog/categories', answer: ok({ data: [] }) },
      { method: 'GET', suffix: '/cart', answer: ok(cart([cartLine({ quantity: 2 })])) },
      { method: 'PUT', suffix: '/cart/lines/item1', answer: ok(cart([cartLine({ quantity: 3.5 })])) },
    ]);
    renderPage();
    const quantity = await screen.findByRole('textbox', { name: 'Quantity Brass hinge' });
    await screen.findByText('2 in your cart');
    await user.clear(quantity);
    await user.type(quantity, '4');
    await user.click(screen.getByRole('button', { name: 'Add to cart Brass hinge' }));
    expect(await screen.findByText('Only 5 available (2 already in your cart).')).toBeTruthy();
    expect(server.to('/cart/lines/item1', 'PUT')).toHaveLength(0);
    await user.clear(quantity);
    await user.type(quantity, '1.5');
    await user.click(screen.getByRole('button', { name: 'Add to cart Brass hinge' }));
    expect(await screen.findByText('Added. 3.5 in your cart.')).toBeTruthy();
    expect(server.to('/cart/lines/item1', 'PUT')[0]?.body).toEqual({ quantity: 3.5 });
  });

  it('shows the available quantity drop when the stream says stock changed, without reading the page again', async () => {
    const server = stubServer([
      { method: 'GET', suffix: '/catalog', answer: ok({ data: [catalogItem()], next_cursor: null }) },
      { method: 'GET', suffix: '/catalog/categories', answer: ok({ data: [] }) },
      { method: 'GET', suffix: '/cart', answer: ok(cart([])) },
    ]);
    renderPage();
    await screen.findByText('5 pcs available');
    const source = FakeEventSource.latest();
    act(() => source.open());
    expect(await screen.findByText('Stock updates live.')).toBeTruthy();
    act(() => source.stock([{ id: 'item1', available: 0 }]));
    expect(await screen.findByText('Out of stock')).toBeTruthy();
    expect(server.to('/catalog', 'GET')).toHaveLength(1);
  });

  it('says when nothing matches the search', async () => {
    stubServer([
      { method: 'GET', suffix: '/catalog', answer: ok({ data: [], next_cursor: null }) },
      { method: 'GET', suffix: '/catalog/categories', answer: ok({ data: [] }) },
      { method: 'GET', suffix: '/cart', answer: ok(cart([])) },
    ]);
    renderPage('/catalog?search=zinc');
    expect(await screen.findByText('Nothing matches “zinc”.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('link', { name: 'View cart (0)' })).toBeTruthy());
  });
});

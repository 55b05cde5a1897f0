import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { CompanyHistoryPanel } from './CompanyHistoryPanel.tsx';
import { CustomerPriceListCard } from './CustomerPriceListCard.tsx';
import { ShippingAddressesCard } from './ShippingAddressesCard.tsx';
import { testCustomer } from './test-customers.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const summary = <Patch extends object>(patch: Patch) => ({ description: null, kind: 'per_item', percent: 0, valid_from: null, valid_to: null, archived: false, version: 1, created_at: '', updated_at: '', ...patch });
const wholesale = summary({ id: 'pl-1', name: 'Wholesale', currency: 'USD', kind: 'markdown', percent: 10 });
const euro = summary({ id: 'pl-2', name: 'Euro partners', currency: 'EUR' });
const old = summary({ id: 'pl-3', name: 'Old list', currency: 'USD', archived: true });

interface Sent {
  method: string;
  path: string;
  body?: unknown;
}

function stubApi() {
  const sent: Sent[] = [];
  let assigned: { id: string; name: string; currency: string; archived: boolean } | null = null;
  type Stored = { id: string; label: string | null; address: string; address_lines: string[]; is_default: boolean; stored: boolean };
  let addresses: Stored[] = [{ id: 'addr-1', label: 'Head office', address: '1 Main St\nAustin', address_lines: ['1 Main St', 'Austin'], is_default: true, stored: true }];
  // The server records each change of the addresses in the company details history, with staff as its author.
  const history: { id: string; actor_type: 'staff'; actor_name: string; contact_person_id: null; staff_user_id: string; before: object; after: object; created_at: string }[] = [];
  const record = (before: object, after: object) =>
    history.unshift({ id: `h-${history.length + 1}`, actor_type: 'staff', actor_name: 'Olivia Owner', contact_person_id: null, staff_user_id: 'u-1', before, after, created_at: '2026-12-03T10:00:00.000Z' });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const { pathname } = new URL(request.url);
      const body = request.method === 'GET' || request.method === 'DELETE' ? undefined : await request.json();
      if (request.method !== 'GET') sent.push({ method: request.method, path: pathname, body });
      if (pathname === '/api/v1/price-lists') return json({ data: [wholesale, euro, old], next_cursor: null });
      if (pathname === '/api/v1/customers/cust-1/price-list') {
        if (request.method === 'PUT') {
          const id = (body as { price_list_id: string | null }).price_list_id;
          const list = [wholesale, euro].find((candidate) => candidate.id === id);
          assigned = list ? { id: list.id, name: list.name, currency: list.currency, archived: false } : null;
        }
        return json({ customer_id: 'cust-1', price_list: assigned });
      }
      if (pathname === '/api/v1/customers/cust-1/shipping-addresses') {
        if (request.method === 'POST') {
          const sent = body as { label: string; address: string; is_default: boolean };
          const added = { id: 'addr-2', ...sent, address_lines: sent.address.split('\n'), stored: true };
          addresses = [...addresses.map((a) => (added.is_default ? { ...a, is_default: false } : a)), added];
          record({ saved_shipping_address: null }, { saved_shipping_address: { label: added.label, address: added.address } });
          return json(added, 201);
        }
        return json({ data: addresses });
      }
      if (pathname === '/api/v1/customers/cust-1/company-history') return json({ data: history, next_cursor: null });
      if (pathname === '/api/v1/customers/cust-1/shipping-addresses/addr-1' && request.method === 'DELETE') {
        addresses = addresses.filter((a) => a.id !== 'addr-1');
        return new Response(null, { status: 204 });
      }
      if (pathname.startsWith('/api/v1/customers/cust-1/shipping-addresses/') && request.method === 'PATCH') {
        const id = pathname.split('/').at(-1);
        const changes = body as { is_default?: boolean };
        addresses = addresses.map((a) => (a.id === id ? { ...a, ...changes } : changes.is_default ? { ...a, is_default: false } : a));
        return json(addresses.find((a) => a.id === id));
      }
      return json({ error: { code: 'NOT_FOUND', message: 'not found' } }, 404);
    }),
  );
  return sent;
}

function renderCards({ withHistory = false } = {}) {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter>
        <CustomerPriceListCard customer={testCustomer()} />
        <ShippingAddressesCard customerId="cust-1" />
        {withHistory ? <CompanyHistoryPanel customerId="cust-1" /> : null}
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the customer’s ordering cards', () => {
  it('show the customer’s own shipping address while none is stored, without actions', async () => {
    stubApi();
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const { pathname } = new URL(request.url);
        if (pathname === '/api/v1/customers/cust-1/shipping-addresses') {
          return json({ data: [{ id: 'default', label: null, address: '1 Main St', address_lines: ['1 Main St'], is_default: true, stored: false }] });
        }
        if (pathname === '/api/v1/price-lists') return json({ data: [], next_cursor: null });
        return json({ customer_id: 'cust-1', price_list: null });
      }),
    );
    renderCards();
    const card = await screen.findByRole('region', { name: 'Shipping addresses' });
    const own = await within(card).findByRole('row', { name: /Customer’s shipping address/ });
    expect(within(own).queryByRole('button')).toBeNull();
    expect(within(own).getByText(/change it with the customer’s details/)).toBeTruthy();
    expect(await screen.findByText('There are no price lists yet.')).toBeTruthy();
  });

  it('assign a price list, warn about one in another currency, and clear it again', async () => {
    const sent = stubApi();
    renderCards();
    const card = await screen.findByRole('region', { name: 'Price list' });
    const select = await within(card).findByLabelText<HTMLSelectElement>(/^Price list/);
    // Archived lists are not offered.
    expect([...select.options].map((o) => o.text)).toEqual(['None (the items’ own prices)', 'Wholesale · USD', 'Euro partners · EUR']);
    await userEvent.selectOptions(select, 'pl-2');
    expect(within(card).getByText('This list is in EUR but the customer is billed in USD: it will not apply.')).toBeTruthy();
    await userEvent.selectOptions(select, 'pl-1');
    expect(within(card).getByText('10% markdown')).toBeTruthy();
    await userEvent.click(within(card).getByRole('button', { name: 'Save' }));
    await screen.findByText('Price list Wholesale assigned');
    await userEvent.selectOptions(select, '');
    await userEvent.click(within(card).getByRole('button', { name: 'Save' }));
    await screen.findByText('The customer pays the items’ own prices now');
    expect(sent).toEqual([
      { method: 'PUT', path: '/api/v1/customers/cust-1/price-list', body: { price_list_id: 'pl-1' } },
      { method: 'PUT', path: '/api/v1/customers/cust-1/price-list', body: { price_list_id: null } },
    ]);
  });

  it('add a shipping address as the default, and remove another', async () => {
    const sent = stubApi();
    renderCards({ withHistory: true });
    const card = await screen.findByRole('region', { name: 'Shipping addresses' });
    await within(card).findByRole('row', { name: /Head office/ });
    await userEvent.click(within(card).getByRole('button', { name: 'Add address' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a shipping address' });
    await userEvent.type(within(dialog).getByLabelText(/^Label/), 'Warehouse Leeds');
    await userEvent.type(within(dialog).getByLabelText(/^Address/), '1 Dock St{Enter}Leeds');
    await userEvent.click(within(dialog).getByLabelText('Use as the default address'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const leeds = await within(card).findByRole('row', { name: /Warehouse Leeds/ });
    expect(within(leeds).getAllByRole('cell')[0]?.textContent).toBe('1 Dock St\nLeeds');
    expect(within(leeds).getByText('Default')).toBeTruthy();
    await waitFor(() => expect(within(within(card).getByRole('row', { name: /Head office/ })).queryByText('Default')).toBeNull());
    // The history on the same page shows the change staff just made.
    const panel = screen.getByRole('region', { name: 'Company details history' });
    expect(await within(panel).findByText('Olivia Owner (staff)')).toBeTruthy();
    expect(within(panel).getByText('Warehouse Leeds: 1 Dock St, Leeds')).toBeTruthy();

    await userEvent.click(within(card).getByRole('button', { name: 'Remove Head office' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove Head office?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(within(card).queryByRole('row', { name: /Head office/ })).toBeNull());
    expect(sent).toEqual([
      { method: 'POST', path: '/api/v1/customers/cust-1/shipping-addresses', body: { label: 'Warehouse Leeds', address: '1 Dock St\nLeeds', is_default: true } },
      { method: 'DELETE', path: '/api/v1/customers/cust-1/shipping-addresses/addr-1', body: undefined },
    ]);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage, SignedIn, testMe } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import type { CompanyShippingAddress } from './queries.ts';
import { ShippingAddresses } from './ShippingAddresses.tsx';

const json = (status: number, body: unknown) => new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const depot: CompanyShippingAddress = { id: 'a1', label: 'Depot', address: 'Dock 1\nBremen', address_lines: ['Dock 1', 'Bremen'], is_default: true, stored: true };
const office: CompanyShippingAddress = { id: 'a2', label: 'Office', address: '5 Main St\nBerlin', address_lines: ['5 Main St', 'Berlin'], is_default: false, stored: true };

function stubApi(answer: (method: string, path: string) => Response) {
  const requests: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname.replace(/^.*\/api/, '');
      const text = await request.text();
      requests.push({ method: request.method, path, body: text ? JSON.parse(text) : undefined });
      return answer(request.method, path);
    }),
  );
  return requests;
}

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function renderAddresses(canEdit: boolean) {
  return renderWithProviders(
    <PortalPage address="/company">
      <SignedIn me={testMe()}>
        <ShippingAddresses canEdit={canEdit} />
      </SignedIn>
    </PortalPage>,
    { i18n },
  );
}

describe("the company's shipping addresses", () => {
  it('lists the addresses with the default marked, and adds one', async () => {
    const user = userEvent.setup();
    const requests = stubApi((method) => (method === 'POST' ? json(201, { ...office, id: 'a3', label: 'Leeds' }) : json(200, { data: [depot, office] })));
    renderAddresses(true);
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toContain(`Depot ${en.company.shipping.default}`);
    expect(screen.getByRole('button', { name: 'Make Office the default' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Make Depot the default' })).toBeNull();

    await user.click(screen.getByRole('button', { name: en.company.shipping.add }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: en.common.save }));
    expect(await within(dialog).findAllByText(en.common.required)).toHaveLength(2);
    await user.type(within(dialog).getByLabelText(new RegExp(en.company.shipping.label)), ' Leeds ');
    await user.type(within(dialog).getByLabelText(new RegExp(en.company.shipping.address)), '1 Dock Road{enter}Leeds');
    await user.click(within(dialog).getByRole('button', { name: en.common.save }));
    await waitFor(() => expect(requests.find((request) => request.method === 'POST')).toEqual({ method: 'POST', path: '/company/shipping-addresses', body: { label: 'Leeds', address: '1 Dock Road\nLeeds', is_default: false } }));
    expect(await screen.findByText('Leeds is saved. The business has been notified.')).toBeTruthy();
  });

  it('makes another address the default and removes one after asking', async () => {
    const user = userEvent.setup();
    const requests = stubApi((method) => (method === 'DELETE' ? json(204, null) : method === 'PATCH' ? json(200, { ...office, is_default: true }) : json(200, { data: [depot, office] })));
    renderAddresses(true);
    await user.click(await screen.findByRole('button', { name: 'Make Office the default' }));
    await waitFor(() => expect(requests.find((request) => request.method === 'PATCH')).toEqual({ method: 'PATCH', path: '/company/shipping-addresses/a2', body: { is_default: true } }));
    await user.click(screen.getByRole('button', { name: 'Remove Depot' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: en.company.shipping.remove }));
    await waitFor(() => expect(requests.find((request) => request.method === 'DELETE')?.path).toBe('/company/shipping-addresses/a1'));
  });

  it('only shows the addresses to a contact who may not edit, and explains the company address', async () => {
    stubApi(() => json(200, { data: [{ id: 'default', label: null, address: 'Dock 1', address_lines: ['Dock 1'], is_default: true, stored: false }] }));
    renderAddresses(false);
    expect(await screen.findByText(en.company.shipping.companyAddress)).toBeTruthy();
    expect(screen.getByText(en.company.shipping.companyAddressHint)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

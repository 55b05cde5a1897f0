import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { TaxesPage } from './TaxesPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function stubApi() {
  const held = [{ id: 'tax-1', name: 'Sales tax', rate_percent: 8.875, archived: false }];
  const writes: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const { pathname } = new URL(request.url);
      if (request.method === 'GET') return json({ data: held });
      const body = (await request.json()) as { name: string; rate_percent: number };
      writes.push({ method: request.method, path: pathname, body });
      if (request.method === 'POST') {
        const tax = { id: `tax-${held.length + 1}`, archived: false, ...body };
        held.push(tax);
        return json(tax, 201);
      }
      Object.assign(held[0] ?? {}, body);
      return json(held[0]);
    }),
  );
  return writes;
}

function renderPage() {
  renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <TaxesPage />
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the taxes page', () => {
  it('adds a tax and lists it with its rate', async () => {
    const writes = stubApi();
    renderPage();
    await screen.findByRole('rowheader', { name: 'Sales tax' });
    await userEvent.click(screen.getByRole('button', { name: 'Add tax' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a tax' });
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'VAT');
    await userEvent.type(within(dialog).getByLabelText(/^Rate \(%\)/), '19');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const row = await screen.findByRole('row', { name: /VAT/ });
    expect(within(row).getByText('19%')).toBeTruthy();
    expect(writes).toEqual([{ method: 'POST', path: '/api/v1/taxes', body: { name: 'VAT', rate_percent: 19 } }]);
  });

  it('edits a tax from its rate as it is, three decimals kept', async () => {
    const writes = stubApi();
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Sales tax' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit tax' });
    const rate = within(dialog).getByLabelText(/^Rate \(%\)/) as HTMLInputElement;
    expect(rate.value).toBe('8.875');
    await userEvent.clear(rate);
    await userEvent.type(rate, '9.25');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('9.25%');
    expect(writes).toEqual([{ method: 'PATCH', path: '/api/v1/taxes/tax-1', body: { name: 'Sales tax', rate_percent: 9.25 } }]);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { ItemsPage } from './ItemsPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const vat = { id: 'tax-1', name: 'VAT', rate_percent: 19, archived: false };
const setup = {
  id: 'item-1',
  name: 'Setup',
  sku: 'S-1',
  unit: null,
  description: null,
  rate_minor: 5000,
  currency: 'EUR',
  tax_id: 'tax-1',
  archived: false,
  category: 'Services',
  sellable_in_portal: false,
  allow_backorders: false,
  track_stock: false,
  stock: null,
  images: [],
};
const mug = { ...setup, id: 'item-3', name: 'Mug', sku: 'M-1', category: 'Mugs', sellable_in_portal: true, track_stock: true, stock: { on_hand: 12, committed: 2.5, available: 9.5 } };

/** The API as far as the page uses it: the items it holds, the taxes, and each request it was sent. */
function stubApi(answerPost: (body: unknown) => Response) {
  const items = [setup, mug];
  const requests: { method: string; path: string; body?: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const { pathname } = new URL(request.url);
      const body = request.method === 'GET' ? undefined : await request.json();
      requests.push({ method: request.method, path: pathname, body });
      if (pathname === '/api/v1/taxes') return json({ data: [vat] });
      if (pathname === '/api/v1/items/categories') return json({ data: [{ name: 'Mugs', item_count: 1 }, { name: 'Services', item_count: 1 }] });
      if (pathname === '/api/v1/items' && request.method === 'GET') {
        const category = new URL(request.url).searchParams.get('category');
        return json({ data: items.filter((item) => !category || item.category === category), next_cursor: null });
      }
      if (pathname === '/api/v1/items' && request.method === 'POST') {
        const answer = answerPost(body);
        if (answer.ok) items.push({ ...setup, id: 'item-2', ...(body as object) });
        return answer;
      }
      return json({ error: { code: 'NOT_FOUND', message: 'not found' } }, 404);
    }),
  );
  return requests;
}

function renderPage() {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter>
        <ItemsPage />
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the items page', () => {
  it('exports the catalogue as CSV with the search and category the page shows', async () => {
    stubApi(() => json({}, 201));
    renderPage();
    await screen.findByRole('row', { name: /Setup/ });
    const link = () => screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
    expect(link()).toBe('/api/v1/items.csv');
    await userEvent.type(screen.getByLabelText('Search by name or SKU'), 'mug & co');
    await waitFor(() => expect(link()).toBe('/api/v1/items.csv?search=mug+%26+co'));
    await waitFor(() => expect(screen.getByRole('option', { name: 'Mugs' })).toBeTruthy());
    await userEvent.selectOptions(screen.getByLabelText('Category'), 'Mugs');
    expect(link()).toBe('/api/v1/items.csv?search=mug+%26+co&category=Mugs');
  });

  it('adds an item with its rate in minor units and shows it in the list', async () => {
    const requests = stubApi(() => json({ ...setup, id: 'item-2' }, 201));
    renderPage();
    const row = await screen.findByRole('row', { name: /Setup/ });
    expect(within(row).getByText('VAT')).toBeTruthy();
    expect(within(row).getByText('€50.00')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Add item' }));
    const dialog = screen.getByRole('dialog', { name: 'Add an item' });
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'Consulting hour');
    await userEvent.selectOptions(within(dialog).getByLabelText('Currency'), 'EUR');
    await userEvent.type(within(dialog).getByLabelText(/^Rate \(EUR\)/), '1,234.5');
    await userEvent.selectOptions(within(dialog).getByLabelText('Default tax'), 'tax-1');
    const category = within(dialog).getByLabelText(/^Category/);
    // The existing categories are offered as the person types.
    await waitFor(() => expect([...(document.getElementById(category.getAttribute('list') ?? '')?.querySelectorAll('option') ?? [])].map((o) => o.value)).toEqual(['Mugs', 'Services']));
    await userEvent.type(category, 'Mugs');
    await userEvent.click(within(dialog).getByLabelText('Sellable in the portal'));
    expect(within(dialog).getByLabelText<HTMLInputElement>('Allow backorders').disabled).toBe(true);
    await userEvent.click(within(dialog).getByLabelText('Track stock'));
    expect(within(dialog).getByLabelText<HTMLInputElement>('Allow backorders').disabled).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByRole('row', { name: /Consulting hour/ });
    expect(requests.filter((r) => r.method === 'POST')).toEqual([
      {
        method: 'POST',
        path: '/api/v1/items',
        body: {
          name: 'Consulting hour',
          sku: null,
          unit: null,
          description: null,
          rate_minor: 123450,
          currency: 'EUR',
          tax_id: 'tax-1',
          category: 'Mugs',
          sellable_in_portal: true,
          allow_backorders: false,
          track_stock: true,
        },
      },
    ]);
    expect(screen.getByText('Consulting hour saved')).toBeTruthy();
  });

  it('keeps the dialog open with the server’s refusal on the rate field', async () => {
    const issue = { field: 'rate_minor', code: 'too_big', params: { origin: 'number', maximum: 100_000_000 }, message: 'must be at most 100000000' };
    const requests = stubApi(() => json({ error: { code: 'VALIDATION_FAILED', message: 'rate_minor: must be at most 100000000', details: [issue] } }, 400));
    renderPage();
    await screen.findByRole('row', { name: /Setup/ });
    await userEvent.click(screen.getByRole('button', { name: 'Add item' }));
    const dialog = screen.getByRole('dialog', { name: 'Add an item' });
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'Gold bar');
    await userEvent.type(within(dialog).getByLabelText(/^Rate/), '9999999');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    const rate = within(dialog).getByLabelText(/^Rate/);
    await waitFor(() => expect(rate.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(rate.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Enter 100000000 or less.');
    expect((rate as HTMLInputElement).value).toBe('9999999');
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('shows SKU, category and stock, and filters by category', async () => {
    const requests = stubApi(() => json({}, 201));
    renderPage();
    const row = await screen.findByRole('row', { name: /Mug/ });
    expect(within(row).getByText('M-1')).toBeTruthy();
    expect(within(row).getByText('Mugs')).toBeTruthy();
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(expect.arrayContaining(['12', '2.5', '9.5']));
    expect(within(row).getByRole('link', { name: 'Mug' }).getAttribute('href')).toBe('/items/item-3');
    expect(within(screen.getByRole('row', { name: /Setup/ })).getAllByText('Not tracked')).toHaveLength(2);

    await userEvent.selectOptions(await screen.findByLabelText('Category'), 'Mugs');
    await waitFor(() => expect(screen.queryByRole('row', { name: /Setup/ })).toBeNull());
    expect(screen.getByRole('row', { name: /Mug/ })).toBeTruthy();
    expect(requests.some((r) => r.method === 'GET' && r.path === '/api/v1/items')).toBe(true);
  });

  it('checks the rate before sending anything', async () => {
    const requests = stubApi(() => json({}, 201));
    renderPage();
    await screen.findByRole('row', { name: /Setup/ });
    await userEvent.click(screen.getByRole('button', { name: 'Add item' }));
    const dialog = screen.getByRole('dialog', { name: 'Add an item' });
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'Consulting hour');
    await userEvent.type(within(dialog).getByLabelText(/^Rate/), '12.345');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const rate = within(dialog).getByLabelText(/^Rate/);
    await waitFor(() => expect(document.getElementById(rate.getAttribute('aria-describedby') ?? '')?.textContent).toBe('At most 2 decimals'));
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });
});

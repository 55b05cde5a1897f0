import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { PaymentsPage } from './PaymentsPage.tsx';
import { json, onlineTestPayment, testPayment } from './test-payments.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

const customer = { id: 'cust-1', display_name: 'Acme', currency: 'EUR', company_name: null, email: null, portal_language: 'en', allow_bank_payments: true, primary_contact: null, portal_active_count: 0, created_at: '2026-11-01T10:00:00.000Z' };

/** Answers the payments list with these rows and records the query of every list request. */
function serve() {
  const queries: Record<string, string>[] = [];
  const offline = testPayment();
  const online = onlineTestPayment({ refunded_minor: 2_500, status: 'partially_refunded' });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/payments') {
        const query = Object.fromEntries(url.searchParams);
        queries.push(query);
        const rows = [online, offline].filter((payment) => !query.source || (query.source === 'online') === (payment.gateway !== null));
        return json({ data: rows, next_cursor: null });
      }
      if (url.pathname === '/api/v1/customers/cust-1') return json({ ...customer, phone: null, billing_address: null, shipping_address: null, notes: null, updated_at: customer.created_at, contact_persons: [] });
      if (url.pathname === '/api/v1/customers') return json({ data: [customer], next_cursor: null });
      return json({ error: { code: 'NOT_FOUND', message: 'Not found' } }, 404);
    }),
  );
  return queries;
}

function Address() {
  const location = useLocation();
  return <output aria-label="address">{location.search}</output>;
}

function renderPage(path: string) {
  return renderWithProviders(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route
          path="/payments"
          element={
            <>
              <PaymentsPage />
              <Address />
            </>
          }
        />
      </Routes>
    </MemoryRouter>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the payments list', () => {
  it('shows the method with brand and last 4, the status and what was refunded', async () => {
    serve();
    renderPage('/payments');
    const table = await screen.findByRole('table', { name: 'Payments' });
    const online = within(table).getByRole('row', { name: /PAY-000002/ });
    expect(within(online).getByText('Card · Visa ending 4242')).toBeTruthy();
    expect(within(online).getByText('Partially refunded')).toBeTruthy();
    expect(within(online).getByText('€25.00')).toBeTruthy();
    const offline = within(table).getByRole('row', { name: /PAY-000001/ });
    expect(within(offline).getByText('Bank transfer')).toBeTruthy();
    expect(within(offline).getByText('Completed')).toBeTruthy();
  });

  it('reads its filters from the address and asks the API with them', async () => {
    const queries = serve();
    renderPage('/payments?source=online&method=card&status=completed&paid_from=2026-11-01&paid_to=2026-11-30&customer_id=cust-1');
    await screen.findByRole('table', { name: 'Payments' });
    expect(queries.at(-1)).toEqual({ source: 'online', method: 'card', status: 'completed', paid_from: '2026-11-01', paid_to: '2026-11-30', customer_id: 'cust-1', limit: '25' });
    expect(screen.getByLabelText<HTMLSelectElement>('Source').value).toBe('online');
    expect(screen.getByLabelText<HTMLSelectElement>('Method').value).toBe('card');
    expect(screen.getByLabelText<HTMLInputElement>('Paid from').value).toBe('2026-11-01');
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('Customer').value).toBe('cust-1'));
  });

  it('puts a changed filter in the address, and clears them all', async () => {
    const queries = serve();
    renderPage('/payments');
    await screen.findByRole('table', { name: 'Payments' });
    await userEvent.selectOptions(screen.getByLabelText('Source'), 'online');
    await waitFor(() => expect(screen.getByLabelText('address').textContent).toBe('?source=online'));
    await waitFor(() => expect(queries.at(-1)).toEqual({ source: 'online', limit: '25' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Payments' })).queryByRole('row', { name: /PAY-000001/ })).toBeNull());
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'pending');
    await waitFor(() => expect(screen.getByLabelText('address').textContent).toBe('?status=pending&source=online'));

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.getByLabelText('address').textContent).toBe(''));
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });
});

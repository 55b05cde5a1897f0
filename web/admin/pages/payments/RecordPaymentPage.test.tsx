import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import en from '../../locales/en.json';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import { storedDocument } from '../documents/test-documents.ts';
import { RecordPaymentPage } from './RecordPaymentPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const customer = { id: 'cust-1', display_name: 'Acme', currency: 'EUR', company_name: null, email: null, portal_language: 'en', primary_contact: null, portal_active_count: 0, created_at: '2026-11-01T10:00:00.000Z' };
const older = storedDocument({ id: 'inv-a', number: 'INV-A', status: 'sent', due_date: '2026-10-15', balance_minor: 3_000 });
const newer = storedDocument({ id: 'inv-b', number: 'INV-B', status: 'partially_paid', due_date: '2026-11-15', balance_minor: 10_000 });

function serve(failFirst = false) {
  const writes: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (request.method === 'GET') {
        if (url.pathname === '/api/v1/customers/cust-1') return json(customer);
        if (url.pathname === '/api/v1/customers') return json({ data: [customer], next_cursor: null });
        if (url.pathname === '/api/v1/invoices') return json({ data: [older, newer].filter((d) => d.status === url.searchParams.get('status')), next_cursor: null });
        if (url.pathname === '/api/v1/retainer-invoices') return json({ data: [], next_cursor: null });
      }
      writes.push(request.clone());
      if (failFirst && writes.length === 1) return json({ error: { code: 'INTERNAL', message: 'Something went wrong' } }, 500);
      return json({ id: 'pay-1', number: 'PAY-000001', customer: { id: 'cust-1', display_name: 'Acme' } }, 201);
    }),
  );
  return writes;
}

function renderPage(path: string) {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/payments/new" element={<RecordPaymentPage />} />
          <Route path="/payments/:id" element={<p>The recorded payment</p>} />
        </Routes>
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);

describe('the record-payment page', () => {
  it('applies the amount to the invoice it came from first, then oldest first, and records it', async () => {
    const writes = serve();
    renderPage('/payments/new?customer=cust-1&invoice=inv-b');
    await screen.findByLabelText('Amount applied to INV-B', {}, { timeout: 5000 });
    await userEvent.type(screen.getByLabelText(/^Amount \(EUR\)/), '120');
    await waitFor(() => expect(field('Amount applied to INV-B').value).toBe('100.00'));
    expect(field('Amount applied to INV-A').value).toBe('20.00');
    await userEvent.click(screen.getByRole('button', { name: 'Record payment' }));
    await screen.findByText('The recorded payment');
    expect(await writes[0]?.json()).toMatchObject({
      customer_id: 'cust-1',
      amount_minor: 12_000,
      currency: 'EUR',
      method: 'bank_transfer',
      allocations: [
        { document_id: 'inv-b', amount_minor: 10_000 },
        { document_id: 'inv-a', amount_minor: 2_000 },
      ],
    });
  });

  it('keeps amounts typed by hand and refuses to record them when they don’t add up', async () => {
    const writes = serve();
    renderPage('/payments/new?customer=cust-1');
    await screen.findByLabelText('Amount applied to INV-A', {}, { timeout: 5000 });
    await userEvent.type(screen.getByLabelText(/^Amount \(EUR\)/), '50');
    await waitFor(() => expect(field('Amount applied to INV-A').value).toBe('30.00'));
    await userEvent.clear(field('Amount applied to INV-B'));
    await userEvent.type(field('Amount applied to INV-B'), '5');
    await userEvent.click(screen.getByRole('button', { name: 'Record payment' }));
    await screen.findByText(en.allocations.mismatch);
    expect(field('Amount applied to INV-B').value).toBe('5');
    expect(writes).toHaveLength(0);
    // Back to oldest first: the amounts follow the payment again.
    await userEvent.click(screen.getByRole('button', { name: 'Apply oldest first' }));
    await waitFor(() => expect(field('Amount applied to INV-B').value).toBe('20.00'));
  });

  it('sends a key made when the form opened, and the same key again when the payment is retried', async () => {
    const writes = serve(true);
    renderPage('/payments/new?customer=cust-1');
    await screen.findByLabelText('Amount applied to INV-A', {}, { timeout: 5000 });
    await userEvent.type(screen.getByLabelText(/^Amount \(EUR\)/), '10');
    await userEvent.click(screen.getByRole('button', { name: 'Record payment' }));
    await waitFor(() => expect(writes).toHaveLength(1));
    await userEvent.click(screen.getByRole('button', { name: 'Record payment' }));
    await screen.findByText('The recorded payment');
    expect(writes).toHaveLength(2);
    const [first, second] = writes.map((write) => write.headers.get('idempotency-key'));
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import en from '../../locales/en.json';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import { DocumentFormPage } from './DocumentFormPage.tsx';
import { storedDocument } from './test-documents.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const customer = { id: 'cust-1', display_name: 'Acme', currency: 'EUR', company_name: null, email: null, portal_language: 'en', primary_contact: null, portal_active_count: 0, created_at: '2026-11-01T10:00:00.000Z' };
const vat = { id: 'tax-vat', name: 'VAT', rate_percent: 19, archived: false };
const hosting = { id: 'item-1', name: 'Hosting', sku: 'H1', unit: 'month', description: null, rate_minor: 4_950, currency: 'EUR', tax_id: 'tax-vat', archived: false };

let editing = storedDocument({ id: 'inv-9', number: 'INV-000009', version: 4 });

function serve(write: (request: Request) => Response) {
  const writes: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const { pathname } = new URL(request.url);
      if (request.method === 'GET') {
        if (pathname === '/api/v1/taxes') return json({ data: [vat] });
        if (pathname === '/api/v1/items') return json({ data: [hosting], next_cursor: null });
        if (pathname === '/api/v1/customers/cust-1') return json(customer);
        if (pathname === '/api/v1/customers') return json({ data: [customer], next_cursor: null });
        if (pathname === '/api/v1/invoices/inv-9') return json(editing);
      }
      writes.push(request.clone());
      return write(request);
    }),
  );
  return writes;
}

function renderPage(path: string, mode: 'new' | 'edit') {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/invoices/new" element={<DocumentFormPage kind="invoice" mode={mode} />} />
          <Route path="/invoices/:id/edit" element={<DocumentFormPage kind="invoice" mode={mode} />} />
          <Route path="/invoices/:id" element={<p>The saved invoice</p>} />
        </Routes>
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the document form page', () => {
  it('edits lines (an item, a second line, one removed) and creates the invoice with what they say', async () => {
    const writes = serve(() => json(storedDocument({ id: 'inv-1', number: 'INV-000010' }), 201));
    renderPage('/invoices/new?customer=cust-1', 'new');
    const first = await screen.findByRole('group', { name: 'Line 1' });
    await userEvent.selectOptions(within(first).getByLabelText('Item'), 'item-1');
    expect(within(first).getByLabelText<HTMLInputElement>('Rate (EUR)', { exact: false }).value).toBe('49.50');
    await userEvent.clear(within(first).getByLabelText(/^Quantity/));
    await userEvent.type(within(first).getByLabelText(/^Quantity/), '2');

    await userEvent.click(screen.getByRole('button', { name: 'Add line' }));
    const second = screen.getByRole('group', { name: 'Line 2' });
    await userEvent.type(within(second).getByLabelText(/^Name/), 'Setup');
    await userEvent.type(within(second).getByLabelText(/^Rate/), '10');
    await userEvent.click(screen.getByRole('button', { name: 'Add line' }));
    await userEvent.type(within(screen.getByRole('group', { name: 'Line 3' })).getByLabelText(/^Name/), 'Dropped');
    await userEvent.click(screen.getByRole('button', { name: 'Remove line 3' }));
    expect(screen.queryByRole('group', { name: 'Line 3' })).toBeNull();
    // 2 × 49.50 + 19 % VAT, plus 10.00.
    expect(within(screen.getByRole('region', { name: 'Totals' })).getByTestId('document-total').textContent).toBe('€127.81');

    await userEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    await screen.findByText('The saved invoice');
    expect(writes.map((request) => [request.method, new URL(request.url).pathname])).toEqual([['POST', '/api/v1/invoices']]);
    const body = (await writes[0]!.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      customer_id: 'cust-1',
      reference: null,
      lines: [
        { item_id: 'item-1', name: 'Hosting', unit: 'month', quantity: 2, rate_minor: 4_950, discount: null, tax_id: 'tax-vat' },
        { item_id: null, name: 'Setup', quantity: 1, rate_minor: 1_000, tax_id: null },
      ],
    });
    expect(body).not.toHaveProperty('due_date');
  });

  it('sends nothing while a line can’t be read, and says which', async () => {
    const writes = serve(() => json({}, 500));
    renderPage('/invoices/new?customer=cust-1', 'new');
    const first = await screen.findByRole('group', { name: 'Line 1' });
    await userEvent.type(within(first).getByLabelText(/^Name/), 'Travel');
    await userEvent.type(within(first).getByLabelText(/^Rate/), 'ten');
    await userEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    await screen.findByText(en.lines.errors.fix);
    expect(within(first).getByLabelText(/^Rate/).getAttribute('aria-invalid')).toBe('true');
    expect(writes).toHaveLength(0);
  });

  it('saves an edit with If-Match, and after a refusal as stale offers the latest version', async () => {
    let refused = false;
    const writes = serve(() => {
      if (!refused) {
        refused = true;
        // Someone else changed the reference meanwhile.
        editing = { ...editing, reference: 'Changed elsewhere', version: 5 };
        return json({ error: { code: 'STALE_VERSION', message: 'changed', details: { version: 5 } } }, 409);
      }
      return json({ ...editing, version: 6 });
    });
    renderPage('/invoices/inv-9/edit', 'edit');
    await screen.findByRole('heading', { level: 1, name: 'Edit invoice INV-000009' });
    await userEvent.type(screen.getByLabelText('Reference'), 'PO-1');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText(en.documents.editChangedMeanwhile, { exact: false });
    expect(writes[0]?.method).toBe('PATCH');
    expect(writes[0]?.headers.get('if-match')).toBe('"4"');
    expect(await writes[0]?.json()).toMatchObject({ reference: 'PO-1', lines: [{ name: 'Support plan', rate_minor: 20_000 }] });
    // What was typed stays until the person chooses the latest version.
    expect(screen.getByLabelText<HTMLInputElement>('Reference').value).toBe('PO-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Load the latest version' }));
    expect(screen.getByLabelText<HTMLInputElement>('Reference').value).toBe('Changed elsewhere');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('The saved invoice');
    expect(writes.map((request) => request.headers.get('if-match'))).toEqual(['"4"', '"5"']);
  });
});

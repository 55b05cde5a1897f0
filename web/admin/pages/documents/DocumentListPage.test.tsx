import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import en from '../../locales/en.json';
import { DocumentListPage } from './DocumentListPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const headers = ['Customer', 'Invoice number', 'Invoice date', 'Total', 'Balance'];
const uploaded = {
  id: 'imp-1',
  kind: 'open_invoices',
  status: 'uploaded',
  file_name: 'open.csv',
  delimiter: ',',
  headers,
  sample_rows: [['Acme', 'OLD-1', '2026-11-01', '100.00', '40.00']],
  row_count: 1,
  fields: [
    { name: 'customer', required: false },
    { name: 'number', required: true },
    { name: 'issue_date', required: true },
    { name: 'total', required: true },
    { name: 'balance', required: false },
  ],
  mapping: { customer: 'Customer', number: 'Invoice number', issue_date: 'Invoice date', total: 'Total', balance: 'Balance' },
  mapping_source: 'suggested',
  valid_count: null,
  invalid_count: null,
  error_count: 0,
  errors: [],
  mode: null,
  job_id: null,
  progress: null,
  result: null,
  created_at: '2026-12-06T10:00:00.000Z',
  updated_at: '2026-12-06T10:00:00.000Z',
};

function render(kind: 'invoice' | 'estimate') {
  renderWithProviders(
    <MemoryRouter>
      <ToastProvider dismissLabel="Dismiss">
        <DocumentListPage kind={kind} />
      </ToastProvider>
    </MemoryRouter>,
    { i18n },
  );
}

describe('the invoices page', () => {
  it('opens the CSV import of open invoices', async () => {
    const user = userEvent.setup();
    const sent: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        sent.push(`${request.method} ${url.pathname}${url.search}`);
        if (url.pathname === '/api/v1/imports') return json(uploaded, 201);
        return json({ data: [], next_cursor: null });
      }),
    );
    render('invoice');
    await user.click(screen.getByRole('button', { name: 'Import open invoices' }));
    expect(await screen.findByRole('dialog', { name: 'Import open invoices from CSV' })).toBeTruthy();
    await user.upload(screen.getByLabelText('Choose a CSV file'), new File([`${headers.join(',')}\r\nAcme,OLD-1,2026-11-01,100.00,40.00\r\n`], 'open.csv', { type: 'text/csv' }));
    expect(await screen.findByText('The file has 1 row. Choose the column that fills each field.')).toBeTruthy();
    expect(sent).toContain('POST /api/v1/imports?kind=open_invoices&file_name=open.csv');
    expect(screen.getByLabelText<HTMLSelectElement>(/^Column for Invoice number/).value).toBe('Invoice number');
    expect(screen.getByLabelText<HTMLSelectElement>(/^Column for Open balance/).value).toBe('Balance');
  });

  it('offers no import on the other document lists', () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ data: [], next_cursor: null })));
    render('estimate');
    expect(screen.queryByRole('button', { name: 'Import open invoices' })).toBeNull();
  });
});

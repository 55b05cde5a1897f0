import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import en from '../../locales/en.json';
import { PriceListsPage } from './PriceListsPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const uploaded = {
  id: 'imp-1',
  kind: 'price_lists',
  status: 'uploaded',
  file_name: 'rates.csv',
  delimiter: ',',
  headers: ['Price list', 'SKU', 'Rate'],
  sample_rows: [['Wholesale', 'A-1', '9.50']],
  row_count: 1,
  fields: [
    { name: 'price_list', required: false },
    { name: 'item_sku', required: false },
    { name: 'rate', required: true },
  ],
  mapping: { price_list: 'Price list', item_sku: 'SKU', rate: 'Rate' },
  mapping_source: 'suggested',
  valid_count: null,
  invalid_count: null,
  error_count: 0,
  errors: [],
  mode: null,
  job_id: null,
  progress: null,
  result: null,
  created_at: '2026-12-04T10:00:00.000Z',
  updated_at: '2026-12-04T10:00:00.000Z',
};

describe('the price lists page', () => {
  it('opens the CSV import wizard for price list rates', async () => {
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
    renderWithProviders(
      <MemoryRouter>
        <ToastProvider dismissLabel="Dismiss">
          <PriceListsPage />
        </ToastProvider>
      </MemoryRouter>,
      { i18n },
    );
    await user.click(screen.getByRole('button', { name: 'Import CSV' }));
    expect(await screen.findByRole('dialog', { name: 'Import price list rates from CSV' })).toBeTruthy();
    await user.upload(screen.getByLabelText('Choose a CSV file'), new File(['Price list,SKU,Rate\r\nWholesale,A-1,9.50\r\n'], 'rates.csv', { type: 'text/csv' }));
    expect(await screen.findByText('The file has 1 row. Choose the column that fills each field.')).toBeTruthy();
    expect(sent).toContain('POST /api/v1/imports?kind=price_lists&file_name=rates.csv');
    expect(screen.getByLabelText<HTMLSelectElement>('Column for Price list (name)').value).toBe('Price list');
    expect(screen.getByLabelText<HTMLSelectElement>(/^Column for Rate/).value).toBe('Rate');
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { CustomersPage } from './CustomersPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

describe('the customers page', () => {
  it('exports the customers as CSV with the search the page shows', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ data: [], next_cursor: null }), { status: 200, headers: { 'content-type': 'application/json' } })),
    );
    renderWithProviders(
      <ToastProvider dismissLabel="Dismiss">
        <MemoryRouter>
          <CustomersPage />
        </MemoryRouter>
      </ToastProvider>,
      { i18n, errorMessage, fieldMessage },
    );
    const link = () => screen.getByRole('link', { name: 'Export CSV' });
    expect(link().getAttribute('href')).toBe('/api/v1/customers.csv');
    expect(link().hasAttribute('download')).toBe(true);
    await userEvent.type(screen.getByLabelText('Search customers'), ' Acme, Inc. ');
    // The same debounced, trimmed search as the list.
    await waitFor(() => expect(link().getAttribute('href')).toBe('/api/v1/customers.csv?search=Acme%2C+Inc.'));
  });
});

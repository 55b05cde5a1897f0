import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { EditCustomerDialog } from './EditCustomerDialog.tsx';
import { json, recordRequests, testCustomer } from './test-customers.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function renderDialog() {
  const onClose = vi.fn();
  const onSaved = vi.fn();
  renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <EditCustomerDialog open customer={testCustomer()} onClose={onClose} onSaved={onSaved} />
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
  const dialog = screen.getByRole('dialog', { name: 'Edit customer' });
  const shipping = within(dialog).getByRole('group', { name: 'Shipping address' });
  return { onClose, onSaved, dialog, shipping };
}

describe('the edit-customer dialog', () => {
  it('starts from the customer and saves the change in the API’s shape', async () => {
    const requests = recordRequests(({ method, body }) => (method === 'PATCH' ? json({ ...testCustomer(), ...(body as object) }) : undefined));
    const { onClose, onSaved, dialog, shipping } = renderDialog();
    const billing = within(dialog).getByRole('group', { name: 'Billing address' });
    expect(within(billing).getByLabelText<HTMLInputElement>('City').value).toBe('Austin');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Company name').value).toBe('Initech LLC');

    await userEvent.clear(within(dialog).getByLabelText('Company name'));
    await userEvent.type(within(shipping).getByLabelText('Country'), ' US ');
    await userEvent.type(within(dialog).getByLabelText('Notes'), 'Pays by wire');
    await userEvent.click(within(dialog).getByLabelText('Allow bank (ACH) payments'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([
      {
        method: 'PATCH',
        path: '/api/v1/customers/cust-1',
        body: {
          display_name: 'Initech',
          company_name: null,
          email: 'office@initech.test',
          phone: null,
          tax_number: null,
          currency: 'USD',
          portal_language: 'en',
          allow_bank_payments: true,
          billing_address: { street: '1 Main St', city: 'Austin', country: 'US' },
          shipping_address: { country: 'US' },
          notes: 'Pays by wire',
        },
      },
    ]);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'cust-1', notes: 'Pays by wire' }));
    expect(screen.getByText('Customer saved.')).toBeTruthy();
  });

  it('shows a refused address field on the address it came from', async () => {
    const issue = { field: 'shipping_address.country', code: 'too_big', params: { maximum: 100, origin: 'string' }, message: 'is too long' };
    recordRequests(() => json({ error: { code: 'VALIDATION_FAILED', message: 'shipping_address.country: is too long', details: [issue] } }, 400));
    const { onClose, dialog, shipping } = renderDialog();
    await userEvent.type(within(shipping).getByLabelText('Country'), 'Far away');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    const country = within(shipping).getByLabelText('Country');
    await waitFor(() => expect(country.getAttribute('aria-invalid')).toBe('true'));
    const billing = within(dialog).getByRole('group', { name: 'Billing address' });
    expect(within(billing).getByLabelText('Country').getAttribute('aria-invalid')).not.toBe('true');
    expect(onClose).not.toHaveBeenCalled();
  });
});

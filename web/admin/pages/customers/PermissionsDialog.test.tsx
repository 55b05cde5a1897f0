import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { PermissionsDialog } from './PermissionsDialog.tsx';
import { json, recordRequests, testContact } from './test-customers.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function renderDialog() {
  const onClose = vi.fn();
  renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <PermissionsDialog open contact={testContact({ permissions: ['pay', 'view_documents'] })} onClose={onClose} />
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
  return { onClose, dialog: screen.getByRole('dialog', { name: 'Permissions of Peter Gibbons' }) };
}

const checked = (dialog: HTMLElement, label: string) => within(dialog).getByLabelText<HTMLInputElement>(label, { exact: true }).checked;

describe('the permissions dialog', () => {
  it('ticks what the contact may do and sends the new set in the API’s order', async () => {
    const requests = recordRequests(({ method }) => (method === 'PATCH' ? json(testContact({ permissions: ['view_documents', 'place_orders'] })) : undefined));
    const { onClose, dialog } = renderDialog();
    expect(checked(dialog, 'View documents')).toBe(true);
    expect(checked(dialog, 'Pay')).toBe(true);
    expect(checked(dialog, 'Place orders')).toBe(false);

    await userEvent.click(within(dialog).getByLabelText('Place orders'));
    await userEvent.click(within(dialog).getByLabelText('Pay', { exact: true }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([{ method: 'PATCH', path: '/api/v1/contact-persons/contact-1', body: { permissions: ['view_documents', 'place_orders'] } }]);
    expect(screen.getByText('Permissions of Peter Gibbons saved.')).toBeTruthy();
  });

  it('sends an empty set when everything is unticked', async () => {
    const requests = recordRequests(({ method }) => (method === 'PATCH' ? json(testContact({ permissions: [] })) : undefined));
    const { onClose, dialog } = renderDialog();
    await userEvent.click(within(dialog).getByLabelText('View documents'));
    await userEvent.click(within(dialog).getByLabelText('Pay', { exact: true }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(requests.filter((r) => r.method !== 'GET').map((r) => r.body)).toEqual([{ permissions: [] }]);
  });

  it('stays open and says why when the contact is gone', async () => {
    recordRequests(() => json({ error: { code: 'NOT_FOUND', message: 'Contact person not found' } }, 404));
    const { onClose, dialog } = renderDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await within(dialog).findByText(en.errors.NOT_FOUND);
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.queryByText('Permissions of Peter Gibbons saved.')).toBeNull();
  });
});

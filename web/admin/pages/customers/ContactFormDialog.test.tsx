import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { ContactFormDialog } from './ContactFormDialog.tsx';
import type { ContactPerson } from './queries.ts';
import { json, recordRequests, testContact } from './test-customers.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function renderDialog(contact?: ContactPerson) {
  const onClose = vi.fn();
  renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <ContactFormDialog open customerId="cust-1" contact={contact} onClose={onClose} />
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
  return onClose;
}

describe('the contact person form', () => {
  it('adds a contact with its text trimmed, blank fields as null, and makes it primary when asked', async () => {
    const requests = recordRequests(({ method }) => (method === 'POST' ? json(testContact({ id: 'contact-2' }), 201) : undefined));
    const onClose = renderDialog();
    const dialog = screen.getByRole('dialog', { name: 'Add contact person' });
    await userEvent.type(within(dialog).getByLabelText(/^First name/), '  Milton ');
    await userEvent.type(within(dialog).getByLabelText('Last name'), 'Waddams');
    await userEvent.click(within(dialog).getByLabelText('Primary contact person'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([
      { method: 'POST', path: '/api/v1/customers/cust-1/contact-persons', body: { first_name: 'Milton', last_name: 'Waddams', email: null, phone: null, is_primary: true } },
    ]);
    expect(screen.getByText('Contact person added.')).toBeTruthy();
  });

  it('needs a first name before it sends anything', async () => {
    const requests = recordRequests(() => undefined);
    const onClose = renderDialog();
    const dialog = screen.getByRole('dialog', { name: 'Add contact person' });
    await userEvent.type(within(dialog).getByLabelText('Email'), 'milton@initech.test');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    const firstName = within(dialog).getByLabelText(/^First name/);
    await waitFor(() => expect(firstName.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(firstName.getAttribute('aria-describedby') ?? '')?.textContent).toBe(en.common.required);
    expect(requests).toEqual([]);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('edits a contact from its current fields and leaves the primary flag out for the primary contact', async () => {
    const contact = testContact({ phone: '+1 512 555 0100' });
    const requests = recordRequests(({ method }) => (method === 'PATCH' ? json(contact) : undefined));
    const onClose = renderDialog(contact);
    const dialog = screen.getByRole('dialog', { name: 'Edit Peter Gibbons' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Phone').value).toBe('+1 512 555 0100');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Primary contact person').disabled).toBe(true);
    const phone = within(dialog).getByLabelText('Phone');
    await userEvent.clear(phone);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([
      { method: 'PATCH', path: '/api/v1/contact-persons/contact-1', body: { first_name: 'Peter', last_name: 'Gibbons', email: 'peter@initech.test', phone: null } },
    ]);
    expect(screen.getByText('Contact person saved.')).toBeTruthy();
  });

  it('shows the server’s refusal on the field it names and stays open with what was typed', async () => {
    const issue = { field: 'email', code: 'invalid_format', params: { format: 'email' }, message: 'must be a valid email address' };
    recordRequests(() => json({ error: { code: 'VALIDATION_FAILED', message: 'email: must be a valid email address', details: [issue] } }, 400));
    const onClose = renderDialog();
    const dialog = screen.getByRole('dialog', { name: 'Add contact person' });
    await userEvent.type(within(dialog).getByLabelText(/^First name/), 'Milton');
    await userEvent.type(within(dialog).getByLabelText('Email'), 'milton@initech');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    const email = within(dialog).getByLabelText('Email');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    const described = (email.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Enter a valid email address.');
    expect((email as HTMLInputElement).value).toBe('milton@initech');
    expect(onClose).not.toHaveBeenCalled();
  });
});

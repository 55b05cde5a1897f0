import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import en from '../../locales/en.json';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import { NewCustomerPage } from './NewCustomerPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function renderPage() {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter initialEntries={['/customers/new']}>
        <Routes>
          <Route path="/customers/new" element={<NewCustomerPage />} />
          <Route path="/customers/:id" element={<p>Overview of the new customer</p>} />
        </Routes>
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the new-customer page', () => {
  it('creates the customer with its contact persons and opens it', async () => {
    const requests: Request[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        requests.push(request);
        return json({ id: 'cust-1', display_name: 'Globex Ltd', portal_access: { results: [{ contact_person_id: 'p1', outcome: 'invited' }] } }, 201);
      }),
    );
    renderPage();
    await userEvent.type(screen.getByLabelText(/^Display name/), 'Globex Ltd');
    await userEvent.selectOptions(screen.getByLabelText('Portal language', { exact: false }), 'de');
    const contact = screen.getByRole('group', { name: 'Contact person 1' });
    await userEvent.type(within(contact).getByLabelText(/^First name/), 'Hank');
    await userEvent.type(within(contact).getByLabelText('Email'), 'hank@globex.test');
    await userEvent.click(screen.getByLabelText('Allow portal access'));
    await userEvent.click(screen.getByRole('button', { name: 'Create customer' }));

    await screen.findByText('Overview of the new customer');
    expect(requests).toHaveLength(1);
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/customers');
    expect(await requests[0]!.json()).toMatchObject({
      display_name: 'Globex Ltd',
      portal_language: 'de',
      allow_portal_access: true,
      contact_persons: [{ first_name: 'Hank', email: 'hank@globex.test', is_primary: true }],
    });
    expect(screen.getByText('Customer Globex Ltd created.')).toBeTruthy();
    expect(screen.getByText('The primary contact has been invited to the portal.')).toBeTruthy();
  });

  it('shows the server’s refusal on the contact row it came from, in the console’s words, and keeps what was typed', async () => {
    const issue = { field: 'contact_persons.0.email', code: 'invalid_format', params: { format: 'email' }, message: 'must be a valid email address' };
    vi.stubGlobal('fetch', vi.fn(async () => json({ error: { code: 'VALIDATION_FAILED', message: 'contact_persons.0.email: must be a valid email address', details: [issue] } }, 400)));
    renderPage();
    await userEvent.type(screen.getByLabelText(/^Display name/), 'Initech');
    // The first row stays empty and is not sent: the server's row 0 is the form's row 2.
    await userEvent.click(screen.getByRole('button', { name: 'Add contact person' }));
    const second = screen.getByRole('group', { name: 'Contact person 2' });
    await userEvent.type(within(second).getByLabelText(/^First name/), 'Peter');
    await userEvent.type(within(second).getByLabelText('Email'), 'peter@initech');
    const first = screen.getByRole('group', { name: 'Contact person 1' });
    await userEvent.click(within(first).getByRole('button', { name: 'Remove contact person 1' }));
    const remaining = screen.getByRole('group', { name: 'Contact person 1' });
    expect(within(remaining).getByLabelText<HTMLInputElement>(/^First name/).value).toBe('Peter');
    await userEvent.click(screen.getByRole('button', { name: 'Create customer' }));

    const email = within(screen.getByRole('group', { name: 'Contact person 1' })).getByLabelText('Email');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Enter a valid email address.');
    expect((email as HTMLInputElement).value).toBe('peter@initech');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('New customer');
  });
});

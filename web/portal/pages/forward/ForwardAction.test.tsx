import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage, SignedIn, testMe } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { errorMessage, fieldMessage as portalFieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { failure, ok, stubServer } from '../pay/test-fixtures.ts';
import { ForwardAction, type ForwardTarget } from './ForwardAction.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

const invoice: ForwardTarget = { type: 'document', segment: 'invoices', id: 'inv-1' };

/** The action as a page uses it: the page says where it was sent once the dialog is done. */
function Page({ target }: { target: ForwardTarget }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  return (
    <>
      <h1>INV-000001</h1>
      <ForwardAction target={target} title="Forward invoice INV-000001" onForwarded={setSentTo} />
      {sentTo ? <p role="status">{i18n.t('forward.done', { email: sentTo })}</p> : null}
    </>
  );
}

function renderAction(target: ForwardTarget = invoice, me = testMe()) {
  return renderWithProviders(
    <PortalPage address="/invoices/inv-1">
      <SignedIn me={me}>
        <Page target={target} />
      </SignedIn>
    </PortalPage>,
    { i18n, errorMessage, fieldMessage: portalFieldMessage },
  );
}

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Forward' }));
  return screen.findByRole('dialog', { name: 'Forward invoice INV-000001' });
}

/** The message shown under a field (through its aria-describedby). */
function fieldMessage(field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('the forward dialog', () => {
  it('names the email field when the address is missing or not an email, and sends nothing', async () => {
    const user = userEvent.setup();
    const server = stubServer([]);
    renderAction();
    const dialog = await openDialog(user);
    const email = within(dialog).getByLabelText(/^Email address/);

    await user.click(within(dialog).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(fieldMessage(email)).toContain(en.common.required);

    await user.type(email, 'not-an-email');
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(fieldMessage(email)).toContain(en.forward.invalidEmail));
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(server.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it('shows on the email field, in the portal’s words, what the server says of it', async () => {
    const user = userEvent.setup();
    stubServer([{ method: 'POST', suffix: '/invoices/inv-1/forward', answer: failure(400, 'VALIDATION_FAILED', [{ field: 'email', code: 'invalid_format', params: { format: 'email' }, message: 'Invalid email address' }]) }]);
    renderAction();
    const dialog = await openDialog(user);
    const email = within(dialog).getByLabelText(/^Email address/);
    await user.type(email, 'nobody@example.invalid');
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(fieldMessage(email)).toContain(en.fieldErrors.invalid_format_email);
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('sends the address and the name, closes, and the page says where it went', async () => {
    const user = userEvent.setup();
    const server = stubServer([{ method: 'POST', suffix: '/invoices/inv-1/forward', answer: ok({ id: 'fw-1', subject_type: 'invoice', subject_id: 'inv-1', recipient: { contact_person_id: 'c-9', email: 'ap@globex.test', name: 'Accounts payable', created: true }, message: null, created_at: '2026-12-03T10:00:00.000Z' }, 201) }]);
    renderAction();
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByLabelText(/^Email address/), '  ap@globex.test ');
    await user.type(within(dialog).getByLabelText(/^Recipient/), 'Accounts payable');
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Sent to ap@globex.test.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Empty optional fields are left out of the request.
    expect(server.to('/invoices/inv-1/forward', 'POST').map((request) => request.body)).toEqual([{ email: 'ap@globex.test', name: 'Accounts payable' }]);
  });

  it('explains a 429 in words and keeps the dialog open to try later', async () => {
    const user = userEvent.setup();
    stubServer([{ method: 'POST', suffix: '/statement/forward', answer: failure(429, 'RATE_LIMITED') }]);
    renderAction({ type: 'statement', query: { period: 'this_month' } });
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByLabelText(/^Email address/), 'ap@globex.test');
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(await within(dialog).findByText(en.forward.rateLimited)).toBeTruthy();
    expect(within(dialog).queryByText('RATE_LIMITED')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('is not offered where the business does not allow forwarding', async () => {
    stubServer([]);
    renderAction(invoice, testMe({ allow_forwarding: false }));
    expect(await screen.findByRole('heading', { name: 'INV-000001' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Forward' })).toBeNull();
  });
});

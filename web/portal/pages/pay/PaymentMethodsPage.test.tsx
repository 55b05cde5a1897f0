import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage, SignedIn, testMe } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { PaymentMethodsPage } from './PaymentMethodsPage.tsx';
import { failure, ok, paymentOptions, savedMethod, stubServer } from './test-fixtures.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function renderPage() {
  return renderWithProviders(
    <PortalPage address="/payment-methods">
      <SignedIn me={testMe({ contact: { ...testMe().contact!, permissions: ['view_documents', 'pay'] } })}>
        <PaymentMethodsPage />
      </SignedIn>
    </PortalPage>,
    { i18n },
  );
}

const visa = savedMethod();
const bank = savedMethod({ id: 'pm2', type: 'bank_account', brand: 'bank', last4: '6789', exp_month: null, exp_year: null, holder_name: 'Ada Lovelace', is_default: false });
const oldCard = savedMethod({ id: 'pm3', brand: 'mastercard', last4: '4444', exp_month: 1, exp_year: 2024, is_default: false, expired: true });

describe('the payment methods page', () => {
  it('lists each method with its expiry and badges', async () => {
    stubServer([
      { method: 'GET', suffix: '/payment-methods', answer: ok({ data: [visa, bank, oldCard] }) },
      { method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions()) },
    ]);
    renderPage();
    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => within(item).getByText(/••••/).textContent)).toEqual(['Visa •••• 4242', 'Bank account •••• 6789', 'Mastercard •••• 4444']);
    expect(within(items[0]!).getByText('Default')).toBeTruthy();
    expect(within(items[0]!).getByText('Expires 12/2030')).toBeTruthy();
    expect(within(items[2]!).getByText('Expired')).toBeTruthy();
    expect(within(items[0]!).queryByRole('button', { name: /Make .* the default/ })).toBeNull();
    expect(within(items[1]!).getByRole('button', { name: 'Make Bank account •••• 6789 the default' })).toBeTruthy();
  });

  it('says when there are none, and when the list could not be read', async () => {
    const server = stubServer([
      { method: 'GET', suffix: '/payment-methods', answer: ok({ data: [] }) },
      { method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions()) },
    ]);
    const { unmount } = renderPage();
    expect(await screen.findByText(en.paymentMethods.empty)).toBeTruthy();
    unmount();
    server.answer('GET', '/payment-methods', failure(500, 'INTERNAL'));
    renderPage();
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('removes a method only after the confirmation', async () => {
    const user = userEvent.setup();
    const server = stubServer([
      { method: 'GET', suffix: '/payment-methods', answer: ok({ data: [visa, bank] }) },
      { method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions()) },
      { method: 'DELETE', suffix: '/payment-methods/pm2', answer: { status: 204, body: null } },
    ]);
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Remove Bank account •••• 6789' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Bank account •••• 6789?' });
    expect(server.to('/payment-methods/pm2', 'DELETE')).toEqual([]);
    server.answer('GET', '/payment-methods', ok({ data: [visa] }));
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Bank account •••• 6789 was removed.')).toBeTruthy();
    expect(server.to('/payment-methods/pm2', 'DELETE')).toHaveLength(1);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove Bank account •••• 6789' })).toBeNull());
  });

  it('edits the expiry and the billing address, and puts the server’s refusal on its field', async () => {
    const user = userEvent.setup();
    const server = stubServer([
      { method: 'GET', suffix: '/payment-methods', answer: ok({ data: [visa] }) },
      { method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions()) },
      { method: 'PATCH', suffix: '/payment-methods/pm1', answer: failure(400, 'VALIDATION_FAILED', [{ field: 'exp_year', code: 'invalid', params: {}, message: 'is in the past' }]) },
    ]);
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Edit Visa •••• 4242' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Visa •••• 4242' });
    const expiry = within(dialog).getByRole('textbox', { name: /Expiry date/ });
    expect((expiry as HTMLInputElement).value).toBe('12/30');
    await user.clear(expiry);
    await user.type(expiry, '01/31');
    await user.type(within(dialog).getByRole('textbox', { name: 'City' }), 'London');
    await user.type(within(dialog).getByRole('textbox', { name: /Country/ }), 'gb');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(expiry.getAttribute('aria-invalid')).toBe('true'));
    expect(server.to('/payment-methods/pm1', 'PATCH')[0]?.body).toEqual({
      exp_month: 1,
      exp_year: 2031,
      billing_address: { line1: null, line2: null, city: 'London', state: null, postal_code: null, country: 'GB' },
    });
  });

  it('adds a card: the number goes to the test gateway, the portal gets the token', async () => {
    const user = userEvent.setup();
    const server = stubServer([
      { method: 'GET', suffix: '/payment-methods', answer: ok({ data: [] }) },
      { method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions()) },
      { method: 'POST', suffix: '/test-gateway/v1/tokens', answer: ok({ id: 'tok_9', type: 'card', brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 }, 201) },
      { method: 'POST', suffix: '/payment-methods', answer: ok(visa, 201) },
    ]);
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Add payment method' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a payment method' });
    await user.type(within(dialog).getByRole('textbox', { name: /Card number/ }), '4242424242424242');
    await user.type(within(dialog).getByRole('textbox', { name: /Expiry date/ }), '1230');
    await user.type(within(dialog).getByRole('textbox', { name: /Security code/ }), '123');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Visa •••• 4242 was saved.')).toBeTruthy();
    expect(server.to('/payment-methods', 'POST')[0]?.body).toEqual({ token: 'tok_9', make_default: false });
  });
});

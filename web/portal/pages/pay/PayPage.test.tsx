import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage, SignedIn, testMe } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { PayPage } from './PayPage.tsx';
import { attempt, failure, ok, paymentOptions, payableDocument, savedMethod, stubServer } from './test-fixtures.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const payer = testMe({ contact: { ...testMe().contact!, permissions: ['view_documents', 'pay'] } });

function renderPage(address = '/pay', me = payer) {
  return renderWithProviders(
    <PortalPage address={address}>
      <SignedIn me={me}>
        <PayPage />
      </SignedIn>
    </PortalPage>,
    { i18n },
  );
}

const payButton = (name: RegExp | string = /^Pay \$/) => screen.findByRole('button', { name });

describe('the pay page', () => {
  it('selects every open invoice, or only the one of the address, and says the total on its one button', async () => {
    stubServer([{ method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions()) }]);
    const { unmount } = renderPage();
    expect((await payButton()).textContent).toBe('Pay $173.45');
    expect(screen.getByRole('checkbox', { name: 'INV-001' })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: 'INV-002' })).toHaveProperty('checked', true);
    // Without partial payments there is no amount to type.
    expect(screen.queryByRole('textbox', { name: /Amount to pay/ })).toBeNull();
    unmount();
    renderPage('/pay?invoice=inv2');
    expect((await payButton()).textContent).toBe('Pay $50.00');
    expect(screen.getByRole('checkbox', { name: 'INV-001' })).toHaveProperty('checked', false);
  });

  it('pays with the default saved card, one request with an idempotency key, and shows the receipt with focus on it', async () => {
    const user = userEvent.setup();
    const server = stubServer([
      { method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions({ saved_methods: [savedMethod({ id: 'old', last4: '0005', is_default: false, expired: true, exp_year: 2020 }), savedMethod()] })) },
      { method: 'POST', suffix: '/payments', answer: ok(attempt(), 201) },
    ]);
    renderPage();
    await user.click(await payButton());
    const receipt = await screen.findByRole('region', { name: 'Payment received' });
    await waitFor(() => expect(document.activeElement).toBe(receipt));
    expect(within(receipt).getByText('PAY-007')).toBeTruthy();
    expect(within(receipt).getByRole('link', { name: 'View payment' }).getAttribute('href')).toBe('/payments/pay1');
    expect(within(receipt).getByRole('link', { name: 'Download receipt (PDF)' }).getAttribute('href')).toMatch(/\/payments\/pay1\/pdf$/);
    const [sent] = server.to('/payments', 'POST');
    expect(sent?.body).toEqual({ currency: 'USD', payment_method: { saved_method_id: 'pm1' }, save_method: false, credit_note_ids: [], document_ids: ['inv1', 'inv2'] });
    expect(sent?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    // Balances refresh everywhere: the options are read again.
    await waitFor(() => expect(server.to('/payment-options').length).toBeGreaterThan(1));
  });

  it('shows an expired saved card disabled and never preselects it', async () => {
    stubServer([{ method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions({ saved_methods: [savedMethod({ expired: true })] })) }]);
    renderPage();
    await payButton();
    expect(screen.getByRole('radio', { name: /Visa •••• 4242/ })).toHaveProperty('disabled', true);
    expect(screen.getByRole('radio', { name: 'New card' })).toHaveProperty('checked', true);
  });

  it('tokenizes a new card at the test gateway, and the portal API gets only the token', async () => {
    const user = userEvent.setup();
    const server = stubServer([
      { method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions()) },
      { method: 'POST', suffix: '/test-gateway/v1/tokens', answer: ok({ id: 'tok_1', type: 'card', brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 }, 201) },
      { method: 'POST', suffix: '/payments', answer: ok(attempt(), 201) },
    ]);
    renderPage();
    await payButton();
    await user.type(screen.getByRole('textbox', { name: /Card number/ }), '4242 4242 4242 4242');
    await user.type(screen.getByRole('textbox', { name: /Expiry date/ }), '12/30');
    await user.type(screen.getByRole('textbox', { name: /Security code/ }), '123');
    await user.click(screen.getByRole('checkbox', { name: 'Save for next time' }));
    await user.click(await payButton());
    await screen.findByRole('region', { name: 'Payment received' });
    expect(server.to('/test-gateway/v1/tokens')[0]?.body).toEqual({ card: { number: '4242424242424242', exp_month: 12, exp_year: 2030, cvc: '123' } });
    const portalCalls = server.requests.filter((request) => !request.path.startsWith('/test-gateway'));
    expect(JSON.stringify(portalCalls.map((request) => request.body))).not.toContain('4242424242424242');
    expect(server.to('/payments', 'POST')[0]?.body).toMatchObject({ payment_method: { token: 'tok_1' }, save_method: true });
  });

  it('says what is missing from the card before asking anyone', async () => {
    const user = userEvent.setup();
    const server = stubServer([{ method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions()) }]);
    renderPage();
    await user.click(await payButton());
    const number = screen.getByRole('textbox', { name: /Card number/ });
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(number.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Enter the card number.');
    expect(server.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('shows the gateway’s refusal in an alert and keeps the form, for another card', async () => {
    const user = userEvent.setup();
    stubServer([
      { method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions({ saved_methods: [savedMethod()] })) },
      { method: 'POST', suffix: '/payments', answer: ok(attempt({ status: 'failed', failure_code: 'card_declined', failure_message: 'Your card was declined.', payment: null }), 201) },
    ]);
    renderPage();
    await user.click(await payButton());
    const alert = await screen.findByText(en.pay.failure.card_declined);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Pay $173.45' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'INV-001' })).toHaveProperty('checked', true);
  });

  it.each([
    ['PAYMENT_IN_PROGRESS', 409],
    ['AMOUNT_BELOW_MINIMUM', 422],
    ['PAYMENT_METHOD_UNAVAILABLE', 422],
    ['GATEWAY_UNAVAILABLE', 502],
  ] as const)('says %s in the contact’s words', async (code, status) => {
    const user = userEvent.setup();
    stubServer([
      { method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions({ saved_methods: [savedMethod()] })) },
      { method: 'POST', suffix: '/payments', answer: failure(status, code) },
    ]);
    renderPage();
    await user.click(await payButton());
    expect(await screen.findByText(en.errors[code])).toBeTruthy();
  });

  it('sends a retry after a lost connection under the same key, and a changed payment under a new one', async () => {
    const user = userEvent.setup();
    const server = stubServer([
      { method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions({ saved_methods: [savedMethod()] })) },
      { method: 'POST', suffix: '/payments', answer: new TypeError('Failed to fetch') },
    ]);
    renderPage();
    await user.click(await payButton());
    await screen.findByText(en.errors.network);
    await user.click(await payButton());
    await waitFor(() => expect(server.to('/payments', 'POST')).toHaveLength(2));
    await user.click(screen.getByRole('checkbox', { name: 'INV-002' }));
    await user.click(await payButton('Pay $123.45'));
    await waitFor(() => expect(server.to('/payments', 'POST')).toHaveLength(3));
    const keys = server.to('/payments', 'POST').map((request) => request.headers.get('idempotency-key'));
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(server.to('/payments', 'POST')[2]?.body).toMatchObject({ document_ids: ['inv1'] });
  });

  it('uses a new key after a refusal the server kept, even for the same payment', async () => {
    const user = userEvent.setup();
    const server = stubServer([
      { method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions({ saved_methods: [savedMethod()] })) },
      { method: 'POST', suffix: '/payments', answer: failure(409, 'PAYMENT_IN_PROGRESS') },
    ]);
    renderPage();
    await user.click(await payButton());
    await screen.findByText(en.errors.PAYMENT_IN_PROGRESS);
    await user.click(await payButton());
    await waitFor(() => expect(server.to('/payments', 'POST')).toHaveLength(2));
    const [first, second] = server.to('/payments', 'POST').map((request) => request.headers.get('idempotency-key'));
    expect(second).not.toBe(first);
  });

  it('offers the instalment due now or the whole balance, and a checked amount where partial payments are allowed', async () => {
    const user = userEvent.setup();
    const scheduled = payableDocument({
      due_now_minor: 4_000,
      schedule: [{ id: 'i1', kind: 'instalment', position: 1, amount_minor: 4_000, due_date: '2026-11-15', paid_minor: 0, remaining_minor: 4_000, status: 'due' }],
    });
    const server = stubServer([
      { method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions({ documents: [scheduled], saved_methods: [savedMethod()], allow_partial_payments: true, partial_payment_minimum_minor: 1_000 })) },
      { method: 'POST', suffix: '/payments', answer: ok(attempt({ amount_minor: 4_000 }), 201) },
    ]);
    renderPage();
    expect((await payButton()).textContent).toBe('Pay $40.00');
    await user.click(screen.getByRole('radio', { name: 'Whole balance: $123.45' }));
    expect((await payButton()).textContent).toBe('Pay $123.45');
    const amount = screen.getByRole('textbox', { name: 'Amount to pay' });
    await user.type(amount, '5');
    expect(document.getElementById(amount.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '')?.textContent).toBe('A partial payment must be at least $10.00.');
    expect(screen.getByRole('button', { name: 'Pay $5.00' })).toHaveProperty('disabled', true);
    await user.clear(amount);
    await user.click(screen.getByRole('radio', { name: 'Instalment due now: $40.00' }));
    await user.click(await payButton('Pay $40.00'));
    await screen.findByRole('region', { name: 'Payment received' });
    expect(server.to('/payments', 'POST')[0]?.body).toMatchObject({ allocations: [{ document_id: 'inv1', amount_minor: 4_000 }] });
  });

  it('follows the gateway’s challenge in the same tab', async () => {
    const user = userEvent.setup();
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign });
    stubServer([
      { method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions({ saved_methods: [savedMethod()] })) },
      { method: 'POST', suffix: '/payments', answer: ok(attempt({ status: 'requires_action', payment: null, next_action: { type: 'redirect', url: '/test-gateway/v1/challenge/pi_1?return_url=x' } }), 201) },
    ]);
    renderPage();
    await user.click(await payButton());
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/test-gateway/v1/challenge/pi_1?return_url=x'));
  });

  it('says that a bank payment is pending until it clears', async () => {
    const user = userEvent.setup();
    stubServer([
      { method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions({ saved_methods: [savedMethod({ type: 'bank_account', brand: 'bank', last4: '6789', exp_month: null, exp_year: null })] })) },
      { method: 'POST', suffix: '/payments', answer: ok(attempt({ status: 'pending', payment: null, method: { type: 'bank_account', brand: 'bank', last4: '6789' } }), 201) },
    ]);
    renderPage();
    await user.click(await payButton());
    const panel = await screen.findByRole('region', { name: 'Bank payment pending' });
    expect(within(panel).getByText(/we'll email you when it clears/)).toBeTruthy();
  });

  it('applies a chosen credit first and charges the rest', async () => {
    const user = userEvent.setup();
    const server = stubServer([
      {
        method: 'GET',
        suffix: '/payment-options',
        answer: ok(paymentOptions({ saved_methods: [savedMethod()], credits: [{ id: 'cn1', number: 'CN-001', currency: 'USD', balance_minor: 2_345, issue_date: '2026-10-01' }] })),
      },
      { method: 'POST', suffix: '/payments', answer: ok(attempt({ amount_minor: 15_000, credits_applied: [{ credit_note_id: 'cn1', number: 'CN-001', document_id: 'inv1', amount_minor: 2_345 }] }), 201) },
    ]);
    renderPage();
    await payButton();
    await user.click(screen.getByRole('checkbox', { name: 'Apply CN-001 ($23.45 available)' }));
    await user.click(await payButton('Pay $150.00'));
    const receipt = await screen.findByRole('region', { name: 'Payment received' });
    expect(within(receipt).getByText('Credit CN-001 applied')).toBeTruthy();
    expect(server.to('/payments', 'POST')[0]?.body).toMatchObject({ document_ids: ['inv1', 'inv2'], credit_note_ids: ['cn1'] });
  });

  it('takes no new payment while one is pending for the account', async () => {
    const user = userEvent.setup();
    const server = stubServer([{ method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions({ saved_methods: [savedMethod()], blocked_by_pending_payment: true })) }]);
    renderPage();
    const button = await payButton();
    expect(screen.getByText(en.pay.blocked)).toBeTruthy();
    expect(button).toHaveProperty('disabled', true);
    await user.click(button);
    expect(server.to('/payments', 'POST')).toEqual([]);
  });

  it('tells a contact without the pay permission, and asks nothing', async () => {
    const server = stubServer([]);
    renderPage('/pay', testMe());
    expect(await screen.findByText(en.pay.notAllowed)).toBeTruthy();
    expect(server.requests).toEqual([]);
  });
});

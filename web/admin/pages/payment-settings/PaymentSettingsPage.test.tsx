import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../../ui/components/index.ts';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { PaymentSettingsPage } from './PaymentSettingsPage.tsx';
import type { PaymentSettings } from './queries.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const defaults: PaymentSettings = {
  gateway: 'test',
  card_enabled: true,
  bank_enabled: true,
  stripe_publishable_key: null,
  stripe_secret_key_set: false,
  stripe_secret_key_last4: null,
  stripe_webhook_secret_set: false,
  stripe_webhook_secret_last4: null,
  allow_partial_payments: false,
  partial_payment_minimum_minor: 0,
  allow_money_on_account: false,
  updated_at: null,
};

const stripe: PaymentSettings = {
  ...defaults,
  gateway: 'stripe',
  stripe_publishable_key: 'pk_test_abc',
  stripe_secret_key_set: true,
  stripe_secret_key_last4: 'wxyz',
  stripe_webhook_secret_set: true,
  stripe_webhook_secret_last4: 'ABCD',
  allow_partial_payments: true,
  partial_payment_minimum_minor: 2_500,
  updated_at: '2026-12-02T09:00:00.000Z',
};

function stubApi(stored: PaymentSettings | Response, answerPut: (body: Record<string, unknown>) => Response = (body) => json({ ...(stored as PaymentSettings), ...body })) {
  const puts: Record<string, unknown>[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      if (request.method === 'PUT') {
        const body = (await request.json()) as Record<string, unknown>;
        puts.push(body);
        return answerPut(body);
      }
      return stored instanceof Response ? stored.clone() : json(stored);
    }),
  );
  return puts;
}

function renderPage() {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <PaymentSettingsPage />
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the online payments settings page', () => {
  it('starts on the test gateway and saves the methods and amounts in the API’s shape', async () => {
    const puts = stubApi(defaults);
    renderPage();
    const testGateway = await screen.findByLabelText('Test gateway');
    expect((testGateway as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Charges nothing; use the test numbers to try every outcome.')).toBeTruthy();
    expect(screen.queryByLabelText(/^Publishable key/)).toBeNull();

    await userEvent.click(screen.getByLabelText('Bank account (ACH)'));
    await userEvent.click(screen.getByLabelText('Allow partial payments'));
    await userEvent.type(screen.getByLabelText('Minimum partial payment (USD)'), '12.50');
    await userEvent.click(screen.getByLabelText('Allow money on account'));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByText('Online payment settings saved.');
    expect(puts).toEqual([
      {
        gateway: 'test',
        stripe_publishable_key: null,
        card_enabled: true,
        bank_enabled: false,
        allow_partial_payments: true,
        partial_payment_minimum_minor: 1_250,
        allow_money_on_account: true,
      },
    ]);
  });

  it('asks for both Stripe keys before switching, then sends them once', async () => {
    const puts = stubApi(defaults);
    renderPage();
    await userEvent.click(await screen.findByLabelText('Stripe'));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const publishable = screen.getByLabelText(/^Publishable key/);
    await waitFor(() => expect(publishable.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByLabelText(/^Secret key/).getAttribute('aria-invalid')).toBe('true');
    expect(puts).toHaveLength(0);

    await userEvent.type(publishable, 'pk_test_123');
    const secret = screen.getByLabelText(/^Secret key/);
    expect(secret.getAttribute('type')).toBe('password');
    await userEvent.type(secret, 'sk_test_secret_9876');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Online payment settings saved.');
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({ gateway: 'stripe', stripe_publishable_key: 'pk_test_123', stripe_secret_key: 'sk_test_secret_9876' });
    expect(puts[0]).not.toHaveProperty('stripe_webhook_secret');
  });

  it('shows stored secrets only by their last four, and keeps, replaces or clears them', async () => {
    const puts = stubApi(stripe);
    renderPage();
    expect(await screen.findByText('Set, ending …wxyz')).toBeTruthy();
    expect(screen.getByText('Set, ending …ABCD')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Minimum partial payment (USD)').value).toBe('25.00');

    // Saving as it is sends neither secret: the stored ones stay.
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Online payment settings saved.');
    expect(puts[0]).not.toHaveProperty('stripe_secret_key');
    expect(puts[0]).not.toHaveProperty('stripe_webhook_secret');

    await userEvent.click(screen.getByRole('button', { name: 'Replace Secret key' }));
    await userEvent.type(screen.getByLabelText(/^Secret key/), 'rk_test_new_1111');
    await userEvent.click(screen.getByRole('button', { name: 'Clear Webhook signing secret' }));
    expect(screen.getByText('Will be removed when you save.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(puts).toHaveLength(2));
    expect(puts[1]).toMatchObject({ stripe_secret_key: 'rk_test_new_1111', stripe_webhook_secret: null });
  });

  it('puts the server’s refusal on the field it names', async () => {
    const issue = { field: 'stripe_publishable_key', code: 'invalid_format', params: { format: 'regex' }, message: 'must be a Stripe publishable key (pk_…)' };
    const puts = stubApi(stripe, () => json({ error: { code: 'VALIDATION_FAILED', message: 'stripe_publishable_key: must be a Stripe publishable key', details: [issue] } }, 400));
    renderPage();
    const publishable = await screen.findByLabelText(/^Publishable key/);
    await userEvent.clear(publishable);
    await userEvent.type(publishable, 'pk_live_typo');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(publishable.getAttribute('aria-invalid')).toBe('true'));
    expect(puts).toHaveLength(1);
    expect((publishable as HTMLInputElement).value).toBe('pk_live_typo');
    expect(screen.queryByText('Online payment settings saved.')).toBeNull();
  });

  it('refuses to offer no method at all', async () => {
    const puts = stubApi(defaults);
    renderPage();
    await userEvent.click(await screen.findByLabelText('Card'));
    await userEvent.click(screen.getByLabelText('Bank account (ACH)'));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Offer at least one method: card or bank account.')).toBeTruthy();
    expect(puts).toHaveLength(0);
  });

  it('says when the settings cannot be loaded, and tries again', async () => {
    stubApi(json({ error: { code: 'INTERNAL', message: 'boom' } }, 500));
    renderPage();
    expect(await screen.findByText('The online payment settings could not be loaded')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

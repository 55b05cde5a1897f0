import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { useImperativeHandle, type Ref } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage, SignedIn, testMe } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { PayPage } from './PayPage.tsx';
import type { StripeCardHandle } from './StripeCardElement.tsx';
import { attempt, ok, paymentOptions, stubServer } from './test-fixtures.ts';

const createPaymentMethod = vi.fn<() => Promise<string>>();

// Stripe.js is a script from Stripe: here a stand-in element answers the PaymentMethod id.
vi.mock('./StripeCardElement.tsx', async (original) => ({
  ...(await original<typeof import('./StripeCardElement.tsx')>()),
  StripeCardElement: ({ ref, publishableKey }: { ref?: Ref<StripeCardHandle>; publishableKey: string }) => {
    useImperativeHandle(ref, () => ({ createPaymentMethod }), []);
    return <div data-testid="stripe-card">{publishableKey}</div>;
  },
}));

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => {
  vi.unstubAllGlobals();
  createPaymentMethod.mockReset();
});

describe('the pay page with Stripe', () => {
  it('shows Stripe’s card element instead of the card fields, and pays with its PaymentMethod id', async () => {
    const user = userEvent.setup();
    createPaymentMethod.mockResolvedValue('pm_card_visa');
    const server = stubServer([
      { method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions({ gateway: 'stripe', test_mode: false, publishable_key: 'pk_test_123' })) },
      { method: 'POST', suffix: '/payments', answer: ok(attempt(), 201) },
    ]);
    renderWithProviders(
      <PortalPage address="/pay">
        <SignedIn me={testMe({ contact: { ...testMe().contact!, permissions: ['view_documents', 'pay'] } })}>
          <PayPage />
        </SignedIn>
      </PortalPage>,
      { i18n },
    );
    expect((await screen.findByTestId('stripe-card')).textContent).toBe('pk_test_123');
    expect(screen.queryByRole('textbox', { name: /Card number/ })).toBeNull();
    // With Stripe no bank account is typed on this page, and there are no test numbers.
    expect(screen.queryByRole('radio', { name: 'New bank account (ACH)' })).toBeNull();
    expect(screen.queryByText(en.pay.test.summary)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Pay $173.45' }));
    await screen.findByRole('region', { name: 'Payment received' });
    expect(server.to('/payments', 'POST')[0]?.body).toMatchObject({ payment_method: { token: 'pm_card_visa' } });
    expect(server.to('/test-gateway')).toEqual([]);
  });

  it('says when the card form is not ready, and sends nothing', async () => {
    const user = userEvent.setup();
    const { StripeCardError } = await import('./StripeCardElement.tsx');
    createPaymentMethod.mockRejectedValue(new StripeCardError(en.stripeCard.notReady, null));
    const server = stubServer([{ method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions({ gateway: 'stripe', test_mode: false, publishable_key: 'pk_test_123' })) }]);
    renderWithProviders(
      <PortalPage address="/pay">
        <SignedIn me={testMe({ contact: { ...testMe().contact!, permissions: ['view_documents', 'pay'] } })}>
          <PayPage />
        </SignedIn>
      </PortalPage>,
      { i18n },
    );
    await user.click(await screen.findByRole('button', { name: 'Pay $173.45' }));
    await waitFor(() => expect(screen.getByText(en.stripeCard.notReady)).toBeTruthy());
    expect(server.to('/payments', 'POST')).toEqual([]);
  });
});

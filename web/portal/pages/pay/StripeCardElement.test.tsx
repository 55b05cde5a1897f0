import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import { StripeCardError, useStripeCard, type StripeCardElementProps } from './StripeCardElement.tsx';
import { stripeJsUrl, type StripeCardElementChange, type StripeJsError, type StripeJsFactory } from './stripe-js.ts';

/** Stripe.js stubbed: records what the component asks, and lets the test fire the element's events. */
function fakeStripe(answer: { paymentMethod?: { id: string }; error?: StripeJsError } = { paymentMethod: { id: 'pm_1Test' } }) {
  const handlers: { ready?: () => void; change?: (event: StripeCardElementChange) => void } = {};
  const card = {
    mountedIn: null as HTMLElement | null,
    destroyed: false,
    mount(element: HTMLElement) {
      this.mountedIn = element;
    },
    destroy() {
      this.destroyed = true;
    },
    focus: vi.fn(),
    on(event: 'ready' | 'change', handler: () => void) {
      handlers[event] = handler;
    },
  };
  const createPaymentMethod = vi.fn(() => Promise.resolve(answer));
  const elements = vi.fn(() => ({ create: vi.fn(() => card) }));
  const factory = vi.fn(() => ({ elements, createPaymentMethod }));
  return {
    factory: factory as unknown as StripeJsFactory & typeof factory,
    card,
    elements,
    createPaymentMethod,
    ready: () => act(() => handlers.ready?.()),
    change: (event: StripeCardElementChange) => act(() => handlers.change?.(event)),
  };
}

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => {
  delete window.Stripe;
  document.head.querySelectorAll('script').forEach((script) => script.remove());
});

let pay: (() => Promise<string>) | undefined;
function CardForm(props: StripeCardElementProps) {
  const { element, createPaymentMethod } = useStripeCard(props);
  pay = createPaymentMethod;
  return <form>{element}</form>;
}

describe('StripeCardElement', () => {
  it('mounts Stripe\'s card element with the publishable key and the portal\'s language, then creates a PaymentMethod', async () => {
    const stripe = fakeStripe();
    window.Stripe = stripe.factory;
    const onReady = vi.fn();
    const { unmount } = renderWithProviders(<CardForm publishableKey="pk_test_123" onReady={onReady} />, { i18n });

    const group = screen.getByRole('group', { name: 'Card details' });
    await waitFor(() => expect(stripe.card.mountedIn).toBe(group));
    expect(stripe.factory).toHaveBeenCalledWith('pk_test_123', { locale: 'en' });
    expect(screen.getByText('Loading the secure card form…')).toBeTruthy();
    await expect(pay?.()).rejects.toThrow('The card form is not ready yet.');

    stripe.ready();
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Loading the secure card form…')).toBeNull();
    await expect(pay?.()).resolves.toBe('pm_1Test');
    expect(stripe.createPaymentMethod).toHaveBeenCalledWith({ type: 'card', card: stripe.card });

    unmount();
    expect(stripe.card.destroyed).toBe(true);
  });

  it('shows Stripe\'s own message when the card is refused, and rejects with its code', async () => {
    const stripe = fakeStripe({ error: { type: 'validation_error', code: 'incomplete_number', message: 'Your card number is incomplete.' } });
    window.Stripe = stripe.factory;
    renderWithProviders(<CardForm publishableKey="pk_test_123" />, { i18n });
    await waitFor(() => expect(stripe.card.mountedIn).not.toBeNull());
    stripe.ready();

    const error = await pay?.().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StripeCardError);
    expect(error).toMatchObject({ message: 'Your card number is incomplete.', code: 'incomplete_number' });
    expect((await screen.findByRole('alert')).textContent).toBe('Your card number is incomplete.');
    expect(screen.getByRole('group').getAttribute('aria-describedby')).toBeTruthy();

    stripe.change({ complete: true, empty: false });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks the portal\'s language inside the element too', async () => {
    const german = await createTestI18n(de, 'de');
    const stripe = fakeStripe();
    window.Stripe = stripe.factory;
    renderWithProviders(<CardForm publishableKey="pk_test_123" />, { i18n: german });
    await waitFor(() => expect(stripe.factory).toHaveBeenCalledWith('pk_test_123', { locale: 'de' }));
    expect(stripe.elements).toHaveBeenCalledWith({ locale: 'de' });
    expect(screen.getByRole('group', { name: 'Kartendaten' })).toBeTruthy();
  });

  it('loads Stripe.js from js.stripe.com, and offers to try again when it cannot', async () => {
    renderWithProviders(<CardForm publishableKey="pk_test_123" />, { i18n });
    const script = document.head.querySelector<HTMLScriptElement>('script');
    expect(script?.src).toBe(stripeJsUrl);
    act(() => {
      script?.dispatchEvent(new Event('error'));
    });
    expect((await screen.findByRole('alert')).textContent).toContain('The secure card form could not be loaded.');

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    const again = document.head.querySelector<HTMLScriptElement>('script');
    expect(again).not.toBe(script);
    const stripe = fakeStripe();
    window.Stripe = stripe.factory;
    act(() => {
      again?.dispatchEvent(new Event('load'));
    });
    await waitFor(() => expect(stripe.card.mountedIn).not.toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

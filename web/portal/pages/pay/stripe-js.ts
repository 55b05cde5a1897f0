/**
 * Stripe.js, loaded from https://js.stripe.com/v3/ as Stripe requires (it must come from Stripe, never
 * bundled or self-hosted, for PCI compliance), so no npm package is needed: these are the few parts
 * of its API the card form uses. The content security policy allows js.stripe.com
 * (server/http/security-headers.ts).
 */

export const stripeJsUrl = 'https://js.stripe.com/v3/';

export interface StripeJsError {
  type: string;
  code?: string;
  decline_code?: string;
  message?: string;
}

export interface StripeCardElementChange {
  complete: boolean;
  empty: boolean;
  error?: StripeJsError;
}

export interface StripeJsCardElement {
  mount(domElement: HTMLElement): void;
  destroy(): void;
  focus(): void;
  on(event: 'ready', handler: () => void): void;
  on(event: 'change', handler: (event: StripeCardElementChange) => void): void;
}

export interface StripeJsElements {
  create(type: 'card', options?: { hidePostalCode?: boolean; disabled?: boolean; style?: Record<string, unknown> }): StripeJsCardElement;
}

export interface StripeJs {
  elements(options?: { locale?: string }): StripeJsElements;
  createPaymentMethod(options: {
    type: 'card';
    card: StripeJsCardElement;
    billing_details?: { name?: string; email?: string };
  }): Promise<{ paymentMethod?: { id: string }; error?: StripeJsError }>;
}

export type StripeJsFactory = (publishableKey: string, options?: { locale?: string }) => StripeJs;

declare global {
  interface Window {
    Stripe?: StripeJsFactory;
  }
}

let loading: Promise<StripeJsFactory> | null = null;

/** Loads Stripe.js once per page; a failed load (offline, blocked) is tried again on the next call. */
export function loadStripeJs(): Promise<StripeJsFactory> {
  if (window.Stripe) return Promise.resolve(window.Stripe);
  loading ??= new Promise<StripeJsFactory>((resolve, reject) => {
    const script = document.querySelector<HTMLScriptElement>(`script[src="${stripeJsUrl}"]`) ?? document.createElement('script');
    const fail = () => {
      loading = null;
      script.remove();
      reject(new Error('Stripe.js could not be loaded'));
    };
    script.addEventListener('load', () => (window.Stripe ? resolve(window.Stripe) : fail()), { once: true });
    script.addEventListener('error', fail, { once: true });
    if (!script.isConnected) {
      script.src = stripeJsUrl;
      script.async = true;
      document.head.appendChild(script);
    }
  });
  return loading;
}

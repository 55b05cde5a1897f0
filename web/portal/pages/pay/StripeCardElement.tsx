import { useCallback, useEffect, useId, useImperativeHandle, useRef, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/Button.tsx';
import { loadStripeJs, type StripeJs, type StripeJsCardElement } from './stripe-js.ts';

/**
 * The card form of the pay page when the organization takes payments through Stripe: Stripe's Card
 * Element, an iframe served by Stripe, so the card number goes from the browser to Stripe and never
 * through Portico. `createPaymentMethod()` turns what was typed into a PaymentMethod and answers its id
 * (`pm_…`), which the pay page sends as `payment_method: { token }`.
 *
 * Use it either as a component with a ref:
 *   const card = useRef<StripeCardHandle>(null);
 *   <StripeCardElement ref={card} publishableKey={key} onReady={…} />
 *   const token = await card.current!.createPaymentMethod();
 * or through the hook, which holds the ref:
 *   const { element, createPaymentMethod } = useStripeCard({ publishableKey: key });
 *   … {element} … const token = await createPaymentMethod();
 * `createPaymentMethod()` rejects with a `StripeCardError` whose message is Stripe's, in the
 * portal's language (an incomplete or invalid number, say), also shown under the field.
 */
export interface StripeCardElementProps {
  publishableKey: string;
  /** Called once the card field can take input. */
  onReady?: () => void;
}

export interface StripeCardHandle {
  /** The PaymentMethod id (`pm_…`) for the card typed in. */
  createPaymentMethod(): Promise<string>;
}

/** Stripe refused the card's details, or the form is not ready: `message` is for the customer. */
export class StripeCardError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'StripeCardError';
  }
}

type Status = 'loading' | 'ready' | 'failed';

/** Stripe.js speaks all five of the portal's languages under the same codes. */
const stripeLocales = new Set(['en', 'de', 'fr', 'es', 'ja']);

export function StripeCardElement({ publishableKey, onReady, ref }: StripeCardElementProps & { ref?: Ref<StripeCardHandle> }) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const container = useRef<HTMLDivElement>(null);
  const mounted = useRef<{ stripe: StripeJs; card: StripeJsCardElement } | null>(null);
  const readyCallback = useRef(onReady);
  readyCallback.current = onReady;
  const [status, setStatus] = useState<Status>('loading');
  const [cardError, setCardError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const language = i18n.language.slice(0, 2);

  useEffect(() => {
    let cancelled = false;
    let card: StripeJsCardElement | undefined;
    setStatus('loading');
    setCardError(undefined);
    loadStripeJs()
      .then((createStripe) => {
        if (cancelled || !container.current) return;
        const locale = stripeLocales.has(language) ? language : 'auto';
        const stripe = createStripe(publishableKey, { locale });
        card = stripe.elements({ locale }).create('card', { hidePostalCode: false });
        card.on('ready', () => {
          if (cancelled) return;
          setStatus('ready');
          readyCallback.current?.();
        });
        card.on('change', (event) => setCardError(event.error?.message));
        card.mount(container.current);
        mounted.current = { stripe, card };
      })
      .catch(() => {
        if (!cancelled) setStatus('failed');
      });
    return () => {
      cancelled = true;
      card?.destroy();
      mounted.current = null;
    };
  }, [publishableKey, language, attempt]);

  const createPaymentMethod = useCallback(async (): Promise<string> => {
    const current = mounted.current;
    if (!current || status !== 'ready') throw new StripeCardError(t('stripeCard.notReady'), null);
    const result = await current.stripe.createPaymentMethod({ type: 'card', card: current.card });
    if (result.paymentMethod) return result.paymentMethod.id;
    const message = result.error?.message ?? t('stripeCard.failed');
    setCardError(message);
    throw new StripeCardError(message, result.error?.code ?? null);
  }, [status, t]);

  useImperativeHandle(ref, () => ({ createPaymentMethod }), [createPaymentMethod]);

  return (
    <div className={cardError ? 'ui-field ui-field--invalid' : 'ui-field'}>
      <span id={labelId} className="ui-field__label" onClick={() => mounted.current?.card.focus()}>
        {t('stripeCard.label')}
      </span>
      <div
        ref={container}
        role="group"
        aria-labelledby={labelId}
        aria-describedby={cardError ? `${labelId}-error` : undefined}
        aria-busy={status === 'loading'}
        className="ui-input"
        hidden={status === 'failed'}
        data-testid="stripe-card"
      />
      {status === 'loading' ? <p className="ui-field__hint">{t('stripeCard.loading')}</p> : null}
      {status === 'failed' ? (
        <p role="alert" className="ui-field__error">
          {t('stripeCard.loadFailed')}{' '}
          <Button variant="ghost" size="small" onClick={() => setAttempt((n) => n + 1)}>
            {t('stripeCard.retry')}
          </Button>
        </p>
      ) : null}
      {cardError ? (
        <p id={`${labelId}-error`} role="alert" className="ui-field__error">
          {cardError}
        </p>
      ) : null}
    </div>
  );
}

/** The card form and its `createPaymentMethod`, for a page that would rather not hold the ref. */
export function useStripeCard(props: StripeCardElementProps): { element: ReactNode; createPaymentMethod: () => Promise<string> } {
  const { t } = useTranslation();
  const handle = useRef<StripeCardHandle>(null);
  const createPaymentMethod = useCallback(async (): Promise<string> => {
    if (!handle.current) throw new StripeCardError(t('stripeCard.notReady'), null);
    return handle.current.createPaymentMethod();
  }, [t]);
  return { element: <StripeCardElement {...props} ref={handle} />, createPaymentMethod };
}

import { useImperativeHandle, useRef, type Ref } from 'react';
import { FormMessageError } from '../../../ui/errors.tsx';
import { CardEntryInvalid, type CardEntryHandle, type GatewayToken } from './card-entry.ts';
import { StripeCardElement, StripeCardError, type StripeCardHandle } from './StripeCardElement.tsx';

/**
 * Stripe's card element as a `CardEntryHandle`: its PaymentMethod id is the token the pay page sends.
 * Stripe's own refusals of what was typed show under the element; a form that is not ready yet says so
 * above the button.
 */
export function StripeCardEntry({ ref, publishableKey }: { ref?: Ref<CardEntryHandle>; publishableKey: string }) {
  const card = useRef<StripeCardHandle>(null);
  useImperativeHandle(
    ref,
    () => ({
      async tokenize(): Promise<GatewayToken> {
        try {
          if (!card.current) throw new CardEntryInvalid();
          const id = await card.current.createPaymentMethod();
          return { id, type: 'card', brand: 'card', last4: '', exp_month: null, exp_year: null };
        } catch (error) {
          if (error instanceof StripeCardError) throw error.code ? new CardEntryInvalid() : new FormMessageError(error.message);
          throw error;
        }
      },
    }),
    [],
  );
  return <StripeCardElement ref={card} publishableKey={publishableKey} />;
}

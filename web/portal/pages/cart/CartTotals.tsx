import { useTranslation } from 'react-i18next';
import { Money } from '../../../ui/components/Money.tsx';

/** The order's total before tax (lines that cannot be ordered left out); taxes are added by the order, as on an invoice. */
export function CartTotals({ subtotalMinor, currency }: { subtotalMinor: number; currency: string }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="p-totals">
        <div className="p-totals__row p-totals__row--strong">
          <dt>{t('cart.subtotal')}</dt>
          <dd data-testid="cart-subtotal">
            <Money minor={subtotalMinor} currency={currency} />
          </dd>
        </div>
      </dl>
      <p className="ui-muted ui-small p-cart__tax-note">{t('cart.taxNote')}</p>
    </>
  );
}

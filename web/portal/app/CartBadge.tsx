import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { cartKeys, fetchCart } from '../pages/cart/queries.ts';

/** How many lines the cart holds, beside the navigation's "Cart"; nothing while it is empty. */
export function CartBadge() {
  const { t } = useTranslation();
  const cart = useQuery({ queryKey: cartKeys.all, queryFn: ({ signal }) => fetchCart(signal) });
  const count = cart.data?.lines.length ?? 0;
  if (count === 0) return null;
  return (
    <>
      <span className="p-nav__badge" aria-hidden="true" data-testid="cart-count">
        {count}
      </span>
      <span className="ui-visually-hidden">{t('nav.cartCount', { count })}</span>
    </>
  );
}

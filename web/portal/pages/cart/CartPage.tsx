import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { EmptyState } from '../../../ui/components/Feedback.tsx';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useStockStream } from '../catalog/useStockStream.ts';
import { ReorderDifferences } from './CartDifferences.tsx';
import { CartLines } from './CartLines.tsx';
import { PlaceOrderForm } from './PlaceOrderForm.tsx';
import { CartTotals } from './CartTotals.tsx';
import { cartKeys, fetchCart } from './queries.ts';
import type { ReorderAnswer } from '../orders/queries.ts';

/** What a reorder hands to the cart page: the order copied and what differed. */
export interface ReorderState {
  reorder: { number: string; differences: ReorderAnswer['differences'] };
}

function reorderOf(state: unknown): ReorderState['reorder'] | undefined {
  const reorder = typeof state === 'object' && state !== null ? (state as Partial<ReorderState>).reorder : undefined;
  return reorder && Array.isArray(reorder.differences) ? reorder : undefined;
}

/** The cart: lines with quantities to change, totals, and the order's details before placing it. */
export function CartPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const reorder = reorderOf(location.state);
  const cart = useQuery({ queryKey: cartKeys.all, queryFn: ({ signal }) => fetchCart(signal) });
  useStockStream();

  if (!cart.data) {
    return (
      <>
        <PageHeader title={t('cart.title')} />
        {cart.isPending ? <Loading /> : <LoadFailed message={errorMessage(t, cart.error)} onRetry={() => void cart.refetch()} />}
      </>
    );
  }
  const data = cart.data;
  return (
    <>
      <PageHeader title={t('cart.title')}>
        <p>
          <Link to="/catalog">{t('cart.continueShopping')}</Link>
        </p>
      </PageHeader>
      {reorder ? <ReorderDifferences number={reorder.number} differences={reorder.differences} currency={data.currency} /> : null}
      {data.lines.length === 0 ? (
        <EmptyState title={t('cart.empty')} description={t('cart.emptyHint')} action={<Link to="/catalog" className="ui-button ui-button--primary">{t('cart.browse')}</Link>} />
      ) : (
        <div className="p-cart">
          <section aria-labelledby="cart-lines-heading" className="p-cart__lines">
            <h2 id="cart-lines-heading" className="ui-visually-hidden">
              {t('cart.linesCaption')}
            </h2>
            <CartLines cart={data} />
            <CartTotals subtotalMinor={data.subtotal_minor} currency={data.currency} />
          </section>
          <PlaceOrderForm cart={data} />
        </div>
      )}
    </>
  );
}

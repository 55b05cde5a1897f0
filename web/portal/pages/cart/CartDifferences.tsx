import { useTranslation } from 'react-i18next';
import { Money } from '../../../ui/components/Money.tsx';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { useFormatters } from '../../../ui/locale.ts';
import type { ReorderAnswer } from '../orders/queries.ts';
import type { StockShortage } from './cart.ts';

/** After a reorder: what could not be copied as it was (no longer sold, a new price, less in stock). */
export function ReorderDifferences({ number, differences, currency }: { number: string; differences: ReorderAnswer['differences']; currency: string }) {
  const { t } = useTranslation();
  const { quantity } = useFormatters();
  if (differences.length === 0) return <Notice tone="success">{t('cart.reorder.copied', { number })}</Notice>;
  return (
    <Notice tone="warning">
      <p className="p-strong">{t('cart.reorder.differences', { number })}</p>
      <ul className="p-differences">
        {differences.map((difference, index) => (
          <li key={`${difference.kind}-${difference.item_id}-${index}`}>
            <span className="p-strong">{difference.name}</span>
            {': '}
            {difference.kind === 'unavailable' ? t('cart.reorder.unavailable') : null}
            {difference.kind === 'price_changed' && difference.old_unit_price_minor !== undefined && difference.unit_price_minor !== undefined ? (
              <>
                {t('cart.reorder.priceChanged')} <Money minor={difference.old_unit_price_minor} currency={currency} /> → <Money minor={difference.unit_price_minor} currency={currency} />
              </>
            ) : null}
            {difference.kind === 'short_stock' ? t('cart.reorder.shortStock', { available: quantity(difference.available ?? 0) }) : null}
          </li>
        ))}
      </ul>
    </Notice>
  );
}

/** The order was refused for stock: which lines are short and what is available now. */
export function ShortStockNotice({ shortages }: { shortages: StockShortage[] }) {
  const { t } = useTranslation();
  const { quantity } = useFormatters();
  if (shortages.length === 0) return null;
  return (
    <Notice tone="danger">
      <p className="p-strong">{t('cart.shortStock.title')}</p>
      <ul className="p-differences">
        {shortages.map((shortage) => (
          <li key={shortage.item_id}>
            <span className="p-strong">{shortage.name}</span>
            {': '}
            {shortage.requested !== null
              ? t('cart.shortStock.line', { requested: quantity(shortage.requested), available: quantity(shortage.available) })
              : t('cart.shortStock.available', { available: quantity(shortage.available) })}
          </li>
        ))}
      </ul>
    </Notice>
  );
}

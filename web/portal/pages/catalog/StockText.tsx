import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../ui/locale.ts';
import { availabilityOf, type StockFacts } from './availability.ts';

/** "12 available", "Backorder allowed", "Out of stock"; nothing for an item whose stock is not counted. */
export function StockText({ item, unit }: { item: StockFacts; unit?: string | null }) {
  const { t } = useTranslation();
  const { quantity } = useFormatters();
  const availability = availabilityOf(item);
  switch (availability.kind) {
    case 'unlimited':
      return null;
    case 'in_stock':
      return (
        <span className="p-stock p-stock--in">
          {t('catalog.stock.available', { quantity: quantity(availability.available), unit: unit ?? '' }).replace(/\s+/g, ' ').trim()}
          {availability.backorders ? <span className="p-block ui-muted ui-small">{t('catalog.stock.moreOnBackorder')}</span> : null}
        </span>
      );
    case 'backorder':
      return <span className="p-stock p-stock--backorder">{t('catalog.stock.backorder')}</span>;
    case 'out_of_stock':
      return <span className="p-stock p-stock--out">{t('catalog.stock.out')}</span>;
  }
}

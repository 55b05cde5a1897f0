import { useTranslation } from 'react-i18next';
import { formatPercent, formatQuantity } from '../../../ui/billing-format.ts';
import { formatMoney } from '../../../ui/format.ts';
import { usePricingText } from './OrderLineEditor.tsx';
import type { SalesOrder } from './queries.ts';

/**
 * The order's lines: what was ordered and where each line stands (held in stock, packed, shipped,
 * invoiced), the rate with where it came from, and the order's totals in the footer.
 */
export function OrderLinesTable({ order }: { order: SalesOrder }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const money = (minor: number) => formatMoney(minor, order.currency, locale);
  const quantity = (value: number) => formatQuantity(value, locale);
  const pricingText = usePricingText();
  const span = 8;
  return (
    <div className="ui-table-wrap admin-lines-table" role="region" aria-label={t('lines.title')} tabIndex={0}>
      <table className="ui-table admin-order-lines">
        <caption className="admin-caption">{t('lines.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lines.name')}</th>
            <th scope="col" className="admin-num">{t('salesOrders.qty.ordered')}</th>
            <th scope="col" className="admin-num admin-hide-narrow">{t('salesOrders.qty.committed')}</th>
            <th scope="col" className="admin-num admin-hide-narrow">{t('salesOrders.qty.packed')}</th>
            <th scope="col" className="admin-num">{t('salesOrders.qty.shipped')}</th>
            <th scope="col" className="admin-num admin-hide-narrow">{t('salesOrders.qty.invoiced')}</th>
            <th scope="col" className="admin-num admin-hide-narrow">{t('lines.rateShort')}</th>
            <th scope="col" className="admin-num admin-hide-narrow">{t('lines.tax')}</th>
            <th scope="col" className="admin-num">{t('totals.total')}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id}>
              <th scope="row" className="admin-row-head">
                {line.name}
                {line.sku ? <div className="ui-muted ui-small">{line.sku}</div> : null}
                {line.description ? <div className="ui-muted ui-small admin-pre">{line.description}</div> : null}
              </th>
              <td className="admin-num" data-testid="qty-ordered">
                {quantity(line.quantity)}
                {line.unit ? ` ${line.unit}` : ''}
              </td>
              <td className="admin-num admin-hide-narrow">{quantity(line.committed_quantity)}</td>
              <td className="admin-num admin-hide-narrow" data-testid="qty-packed">{quantity(line.packed_quantity)}</td>
              <td className="admin-num" data-testid="qty-shipped">{quantity(line.shipped_quantity)}</td>
              <td className="admin-num admin-hide-narrow" data-testid="qty-invoiced">{quantity(line.invoiced_quantity)}</td>
              <td className="admin-num admin-hide-narrow">
                {money(line.rate_minor)}
                <div className="ui-muted ui-small">{pricingText({ source: line.price_source, price_list_name: line.price_list_name, break_min: line.price_break_min_quantity })}</div>
                {line.discount_minor > 0 ? <div className="ui-muted ui-small">{`${t('totals.discount')} −${money(line.discount_minor)}${line.discount_type === 'percent' && line.discount_percent !== null ? ` (${formatPercent(line.discount_percent, locale)})` : ''}`}</div> : null}
              </td>
              <td className="admin-num admin-hide-narrow">
                {line.tax_minor > 0 || line.tax_name ? money(line.tax_minor) : '—'}
                {line.tax_name ? <div className="ui-muted ui-small">{`${line.tax_name} ${formatPercent(line.tax_rate_percent, locale)}`}</div> : null}
              </td>
              <td className="admin-num">{money(line.total_minor)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={span} className="admin-num">{t('totals.subtotal')}</th>
            <td className="admin-num">{money(order.subtotal_minor)}</td>
          </tr>
          {order.discount_minor > 0 ? (
            <tr>
              <th scope="row" colSpan={span} className="admin-num">{t('totals.discount')}</th>
              <td className="admin-num">−{money(order.discount_minor)}</td>
            </tr>
          ) : null}
          <tr>
            <th scope="row" colSpan={span} className="admin-num">{t('totals.tax')}</th>
            <td className="admin-num">{money(order.tax_minor)}</td>
          </tr>
          <tr className="admin-totals__total">
            <th scope="row" colSpan={span} className="admin-num">{t('totals.total')}</th>
            <td className="admin-num" data-testid="order-total">{money(order.total_minor)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

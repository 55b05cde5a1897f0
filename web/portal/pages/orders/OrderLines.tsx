import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../ui/locale.ts';
import type { OrderDetail } from './queries.ts';

/** The order's lines with quantity (and how much has shipped), unit price and amount; then the totals. */
export function OrderLines({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const { money, quantity } = useFormatters();
  const showShipped = order.lines.some((line) => line.shipped_quantity > 0) && order.status !== 'delivered';
  const labels = { item: t('docs.lines.item'), quantity: t('docs.lines.quantity'), shipped: t('orders.lines.shipped'), rate: t('docs.lines.rate'), amount: t('docs.lines.amount') };
  return (
    <>
      <div className="ui-table-wrap p-stack-table">
        <table className="ui-table p-lines">
          <caption className="ui-visually-hidden">{t('docs.lines.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.item}</th>
              <th scope="col" className="p-num">
                {labels.quantity}
              </th>
              {showShipped ? (
                <th scope="col" className="p-num">
                  {labels.shipped}
                </th>
              ) : null}
              <th scope="col" className="p-num">
                {labels.rate}
              </th>
              <th scope="col" className="p-num">
                {labels.amount}
              </th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row" data-label={labels.item}>
                  <span className="p-cell">
                    {line.name}
                    {line.sku ? <span className="p-block ui-muted ui-small">{t('catalog.sku', { sku: line.sku })}</span> : null}
                    {line.description ? <span className="p-block ui-muted ui-small p-pre-line">{line.description}</span> : null}
                  </span>
                </th>
                <td data-label={labels.quantity} className="p-num">
                  {quantity(line.quantity)}
                  {line.unit ? ` ${line.unit}` : ''}
                </td>
                {showShipped ? (
                  <td data-label={labels.shipped} className="p-num">
                    {quantity(line.shipped_quantity)}
                  </td>
                ) : null}
                <td data-label={labels.rate} className="p-num">
                  {money(line.unit_price_minor, order.currency)}
                </td>
                <td data-label={labels.amount} className="p-num">
                  {money(line.total_minor, order.currency)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <OrderTotals order={order} />
    </>
  );
}

function OrderTotals({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const { money } = useFormatters();
  const rows: [string, string, boolean?][] = [[t('docs.totals.subtotal'), money(order.subtotal_minor, order.currency)]];
  if (order.tax_minor !== 0) rows.push([t('docs.totals.tax'), money(order.tax_minor, order.currency)]);
  rows.push([t('docs.totals.total'), money(order.total_minor, order.currency), true]);
  return (
    <dl className="p-totals">
      {rows.map(([label, value, strong]) => (
        <div key={label} className={strong ? 'p-totals__row p-totals__row--strong' : 'p-totals__row'}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

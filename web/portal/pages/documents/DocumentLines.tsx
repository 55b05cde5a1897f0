import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../ui/locale.ts';
import type { DocumentDetail } from './queries.ts';

/** The lines with quantity, rate, discount, tax and amount; stacked cards on a phone. */
export function DocumentLines({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const { money, percent, quantity } = useFormatters();
  const labels = {
    item: t('docs.lines.item'),
    quantity: t('docs.lines.quantity'),
    rate: t('docs.lines.rate'),
    discount: t('docs.lines.discount'),
    tax: t('docs.lines.tax'),
    amount: t('docs.lines.amount'),
  };
  const hasDiscount = doc.lines.some((line) => line.discount_minor !== 0);
  const hasTax = doc.lines.some((line) => line.tax_minor !== 0 || line.tax_name);
  return (
    <div className="ui-table-wrap p-stack-table">
      <table className="ui-table p-lines">
        <caption className="ui-visually-hidden">{t('docs.lines.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.item}</th>
            <th scope="col" className="p-num">
              {labels.quantity}
            </th>
            <th scope="col" className="p-num">
              {labels.rate}
            </th>
            {hasDiscount ? (
              <th scope="col" className="p-num">
                {labels.discount}
              </th>
            ) : null}
            {hasTax ? <th scope="col">{labels.tax}</th> : null}
            <th scope="col" className="p-num">
              {labels.amount}
            </th>
          </tr>
        </thead>
        <tbody>
          {doc.lines.map((line) => (
            <tr key={line.id}>
              <th scope="row" data-label={labels.item}>
                <span className="p-cell">
                  {line.name}
                  {line.description ? <span className="p-block ui-muted ui-small p-pre-line">{line.description}</span> : null}
                </span>
              </th>
              <td data-label={labels.quantity} className="p-num">
                {quantity(line.quantity)}
                {line.unit ? ` ${line.unit}` : ''}
              </td>
              <td data-label={labels.rate} className="p-num">
                {money(line.rate_minor, doc.currency)}
              </td>
              {hasDiscount ? (
                <td data-label={labels.discount} className="p-num">
                  <span className="p-cell">
                    {line.discount_minor === 0 ? '—' : `−${money(line.discount_minor, doc.currency)}`}
                    {line.discount_type === 'percent' && line.discount_percent !== null ? <span className="p-block ui-muted ui-small">{percent(line.discount_percent)}</span> : null}
                  </span>
                </td>
              ) : null}
              {hasTax ? (
                <td data-label={labels.tax}>
                  <span className="p-cell">
                    {line.tax_name ? `${line.tax_name} (${percent(line.tax_rate_percent)})` : '—'}
                    {line.tax_minor !== 0 ? <span className="p-block ui-muted ui-small">{money(line.tax_minor, doc.currency)}</span> : null}
                  </span>
                </td>
              ) : null}
              <td data-label={labels.amount} className="p-num">
                {money(line.total_minor, doc.currency)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Subtotal, discount, tax and total; then what was paid and credited, and the balance. */
export function DocumentTotals({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const { money } = useFormatters();
  const rows: [string, string, boolean?][] = [[t('docs.totals.subtotal'), money(doc.subtotal_minor, doc.currency)]];
  if (doc.discount_minor !== 0) rows.push([t('docs.totals.discount'), `−${money(doc.discount_minor, doc.currency)}`]);
  if (doc.tax_minor !== 0) rows.push([t('docs.totals.tax'), money(doc.tax_minor, doc.currency)]);
  rows.push([t('docs.totals.total'), money(doc.total_minor, doc.currency), true]);
  if (doc.kind === 'invoice' || doc.kind === 'retainer_invoice') {
    if (doc.paid_minor !== 0) rows.push([t('docs.totals.paid'), `−${money(doc.paid_minor, doc.currency)}`]);
    if (doc.credited_minor !== 0) rows.push([t('docs.totals.credited'), `−${money(doc.credited_minor, doc.currency)}`]);
    rows.push([t('docs.totals.balance'), money(doc.balance_minor, doc.currency), true]);
  }
  if (doc.kind === 'credit_note') rows.push([t('docs.totals.unusedCredit'), money(doc.balance_minor, doc.currency), true]);
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

import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../ui/billing-format.ts';
import { formatMoney, formatNumber } from '../../../ui/format.ts';
import type { BillingDocument } from './queries.ts';

/** The lines as saved, with their discount, tax and total, and the document's totals in the footer. */
export function DocumentLinesTable({ document }: { document: BillingDocument }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const money = (minor: number) => formatMoney(minor, document.currency, locale);
  const payable = document.kind === 'invoice' || document.kind === 'retainer_invoice';
  return (
    <div className="ui-table-wrap admin-lines-table" role="region" aria-label={t('lines.title')} tabIndex={0}>
      <table className="ui-table">
        <caption className="admin-caption">{t('lines.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lines.name')}</th>
            <th scope="col" className="admin-num">{t('lines.quantity')}</th>
            <th scope="col" className="admin-num">{t('lines.rateShort')}</th>
            <th scope="col" className="admin-num admin-hide-narrow">{t('totals.discount')}</th>
            <th scope="col" className="admin-num admin-hide-narrow">{t('lines.tax')}</th>
            <th scope="col" className="admin-num">{t('totals.total')}</th>
          </tr>
        </thead>
        <tbody>
          {document.lines.map((line) => (
            <tr key={line.id}>
              <th scope="row" className="admin-row-head">
                {line.name}
                {line.description ? <div className="ui-muted ui-small admin-pre">{line.description}</div> : null}
              </th>
              <td className="admin-num">
                {formatNumber(line.quantity, locale)}
                {line.unit ? ` ${line.unit}` : ''}
              </td>
              <td className="admin-num">{money(line.rate_minor)}</td>
              <td className="admin-num admin-hide-narrow">
                {line.discount_minor > 0 ? `−${money(line.discount_minor)}` : '—'}
                {line.discount_type === 'percent' && line.discount_percent !== null ? <div className="ui-muted ui-small">{formatPercent(line.discount_percent, locale)}</div> : null}
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
            <th scope="row" colSpan={5} className="admin-num">{t('totals.subtotal')}</th>
            <td className="admin-num">{money(document.subtotal_minor)}</td>
          </tr>
          {document.discount_minor > 0 ? (
            <tr>
              <th scope="row" colSpan={5} className="admin-num">{t('totals.discount')}</th>
              <td className="admin-num">−{money(document.discount_minor)}</td>
            </tr>
          ) : null}
          <tr>
            <th scope="row" colSpan={5} className="admin-num">{t('totals.tax')}</th>
            <td className="admin-num">{money(document.tax_minor)}</td>
          </tr>
          <tr className="admin-totals__total">
            <th scope="row" colSpan={5} className="admin-num">{t('totals.total')}</th>
            <td className="admin-num" data-testid="document-total">{money(document.total_minor)}</td>
          </tr>
          {payable ? (
            <>
              <tr>
                <th scope="row" colSpan={5} className="admin-num">{t('documents.paid')}</th>
                <td className="admin-num">{money(document.paid_minor)}</td>
              </tr>
              {document.credited_minor > 0 ? (
                <tr>
                  <th scope="row" colSpan={5} className="admin-num">{t('documents.credited')}</th>
                  <td className="admin-num">{money(document.credited_minor)}</td>
                </tr>
              ) : null}
              <tr className="admin-totals__total">
                <th scope="row" colSpan={5} className="admin-num">{t('documents.balance')}</th>
                <td className="admin-num" data-testid="document-balance">{money(document.balance_minor)}</td>
              </tr>
            </>
          ) : null}
          {document.kind === 'credit_note' ? (
            <tr className="admin-totals__total">
              <th scope="row" colSpan={5} className="admin-num">{t('documents.unusedCredit')}</th>
              <td className="admin-num" data-testid="document-balance">{money(document.balance_minor)}</td>
            </tr>
          ) : null}
        </tfoot>
      </table>
    </div>
  );
}

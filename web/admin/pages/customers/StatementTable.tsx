import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../ui/billing-format.ts';
import { formatMoney } from '../../../ui/format.ts';
import type { Statement } from './queries.ts';
import { documentLink } from '../../lib/document-kinds.ts';

const ageingKeys = ['current_minor', 'days_1_30_minor', 'days_31_60_minor', 'days_61_90_minor', 'over_90_minor'] as const;

/** Opening balance, each entry with the running balance, closing balance, then ageing of what is open. */
export function StatementTable({ statement }: { statement: Statement }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const money = (minor: number) => formatMoney(minor, statement.currency, locale);
  const date = (value: string) => formatCalendarDate(value, locale);
  // A refund's entry names the payment it gave back part of.
  const link = (entry: Statement['entries'][number]) =>
    entry.type === 'payment' || entry.type === 'refund' ? `/payments/${entry.document_id}` : documentLink(entry.type, entry.document_id);
  return (
    <>
      <p className="ui-muted">{t('statement.range', { from: date(statement.from), to: date(statement.to) })}</p>
      <div className="ui-table-wrap" role="region" aria-label={t('statement.title')} tabIndex={0}>
        <table className="ui-table">
          <caption className="ui-visually-hidden">{t('statement.caption', { from: date(statement.from), to: date(statement.to) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statement.date')}</th>
              <th scope="col">{t('statement.entry')}</th>
              <th scope="col" className="admin-num">{t('statement.amount')}</th>
              <th scope="col" className="admin-num">{t('statement.balance')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{date(statement.from)}</td>
              <th scope="row" className="admin-row-head">{t('statement.opening')}</th>
              <td className="admin-num" />
              <td className="admin-num">{money(statement.opening_balance_minor)}</td>
            </tr>
            {statement.entries.map((entry, index) => (
              <tr key={`${entry.type}-${entry.document_id}-${entry.date}-${index}`}>
                <td>{date(entry.date)}</td>
                <th scope="row" className="admin-row-head">
                  {t(`statement.types.${entry.type}`)} <Link to={link(entry)}>{entry.number}</Link>
                  {entry.description ? <div className="ui-muted ui-small">{entry.description}</div> : null}
                </th>
                <td className="admin-num">{money(entry.amount_minor)}</td>
                <td className="admin-num">{money(entry.balance_minor)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="admin-totals__total">
              <td>{date(statement.to)}</td>
              <th scope="row">{t('statement.closing')}</th>
              <td className="admin-num" />
              <td className="admin-num" data-testid="statement-closing">{money(statement.closing_balance_minor)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <dl className="admin-statement-sums">
        <div>
          <dt>{t('statement.invoiced')}</dt>
          <dd>{money(statement.invoiced_minor)}</dd>
        </div>
        <div>
          <dt>{t('statement.paid')}</dt>
          <dd>{money(statement.paid_minor)}</dd>
        </div>
        <div>
          <dt>{t('statement.credited')}</dt>
          <dd>{money(statement.credited_minor)}</dd>
        </div>
        {statement.refunded_minor > 0 ? (
          <div>
            <dt>{t('statement.refunded')}</dt>
            <dd>{money(statement.refunded_minor)}</dd>
          </div>
        ) : null}
      </dl>
      <div className="ui-table-wrap" role="region" aria-label={t('statement.ageing')} tabIndex={0}>
        <table className="ui-table">
          <caption className="admin-caption">{t('statement.ageing')}</caption>
          <thead>
            <tr>
              {ageingKeys.map((key) => (
                <th key={key} scope="col" className="admin-num">
                  {t(`statement.buckets.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {ageingKeys.map((key) => (
                <td key={key} className="admin-num">
                  {money(statement.ageing[key])}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}

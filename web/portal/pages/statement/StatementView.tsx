import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../ui/components/Feedback.tsx';
import type { Statement } from './queries.ts';
import { calendarDate, money } from '../../lib/money.ts';

/** Where an entry's number links; a refund's names the payment it gave back part of. */
const entryPaths = { invoice: 'invoices', payment: 'payments', credit_note: 'credit-notes', refund: 'payments' } as const;

/** Opening balance, each entry with the running balance, closing balance, totals and ageing. */
export function StatementView({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const m = (minor: number) => money(minor, statement.currency);
  const less = (minor: number) => (minor === 0 ? m(0) : `−${m(minor)}`);
  const labels = {
    date: t('statement.columns.date'),
    type: t('statement.columns.type'),
    number: t('statement.columns.number'),
    details: t('statement.columns.details'),
    amount: t('statement.columns.amount'),
    balance: t('statement.columns.balance'),
  };
  const ageing: [string, number][] = [
    [t('statement.ageing.current'), statement.ageing.current_minor],
    [t('statement.ageing.days_1_30'), statement.ageing.days_1_30_minor],
    [t('statement.ageing.days_31_60'), statement.ageing.days_31_60_minor],
    [t('statement.ageing.days_61_90'), statement.ageing.days_61_90_minor],
    [t('statement.ageing.over_90'), statement.ageing.over_90_minor],
  ];
  return (
    <div className="p-stack">
      <section className="p-card" aria-labelledby="statement-summary-heading">
        <h2 id="statement-summary-heading" className="p-card__title">
          {t('statement.summary')}
        </h2>
        <dl className="p-totals p-totals--left">
          <div className="p-totals__row">
            <dt>{t('statement.opening')}</dt>
            <dd>{m(statement.opening_balance_minor)}</dd>
          </div>
          <div className="p-totals__row">
            <dt>{t('statement.invoiced')}</dt>
            <dd>{m(statement.invoiced_minor)}</dd>
          </div>
          <div className="p-totals__row">
            <dt>{t('statement.paid')}</dt>
            <dd>{less(statement.paid_minor)}</dd>
          </div>
          <div className="p-totals__row">
            <dt>{t('statement.credited')}</dt>
            <dd>{less(statement.credited_minor)}</dd>
          </div>
          {statement.refunded_minor > 0 ? (
            <div className="p-totals__row">
              <dt>{t('statement.refunded')}</dt>
              <dd>{m(statement.refunded_minor)}</dd>
            </div>
          ) : null}
          <div className="p-totals__row p-totals__row--strong">
            <dt>{t('statement.closing')}</dt>
            <dd data-testid="closing-balance">{m(statement.closing_balance_minor)}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="statement-entries-heading">
        <h2 id="statement-entries-heading">{t('statement.entries')}</h2>
        {statement.entries.length === 0 ? (
          <div className="p-card">
            <EmptyState title={t('statement.noEntries')} />
          </div>
        ) : null}
        <div className="ui-table-wrap p-stack-table">
          <table className="ui-table">
            <caption className="ui-visually-hidden">{t('statement.entries')}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.date}</th>
                <th scope="col">{labels.type}</th>
                <th scope="col">{labels.number}</th>
                <th scope="col">{labels.details}</th>
                <th scope="col" className="p-num">
                  {labels.amount}
                </th>
                <th scope="col" className="p-num">
                  {labels.balance}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr className="p-statement__edge">
                <th scope="row" colSpan={4} data-label={labels.details}>
                  {t('statement.openingOn', { date: calendarDate(statement.from) })}
                </th>
                <td className="p-num p-hide-stacked" />
                <td data-label={labels.balance} className="p-num">
                  {m(statement.opening_balance_minor)}
                </td>
              </tr>
              {statement.entries.map((entry, index) => (
                <tr key={`${entry.document_id}-${index}`}>
                  <td data-label={labels.date}>{calendarDate(entry.date)}</td>
                  <td data-label={labels.type}>{t(`statement.types.${entry.type}`)}</td>
                  <th scope="row" data-label={labels.number}>
                    <Link to={`/${entryPaths[entry.type]}/${encodeURIComponent(entry.document_id)}`}>{entry.number}</Link>
                  </th>
                  <td data-label={labels.details}>{entry.description}</td>
                  <td data-label={labels.amount} className="p-num">
                    {m(entry.amount_minor)}
                  </td>
                  <td data-label={labels.balance} className="p-num">
                    {m(entry.balance_minor)}
                  </td>
                </tr>
              ))}
              <tr className="p-statement__edge">
                <th scope="row" colSpan={4} data-label={labels.details}>
                  {t('statement.closingOn', { date: calendarDate(statement.to) })}
                </th>
                <td className="p-num p-hide-stacked" />
                <td data-label={labels.balance} className="p-num">
                  {m(statement.closing_balance_minor)}
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      </section>
      <section className="p-card" aria-labelledby="ageing-heading">
        <h2 id="ageing-heading" className="p-card__title">
          {t('statement.ageing.title')}
        </h2>
        <dl className="p-ageing">
          {ageing.map(([label, value]) => (
            <div key={label} className="p-ageing__bucket">
              <dt>{label}</dt>
              <dd>{m(value)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentSummary } from '../../lib/billing-types.ts';
import type { KindConfig } from '../../lib/documentKinds.ts';
import { calendarDate, money } from '../../lib/money.ts';
import { DocumentStatusBadge } from './DocumentStatusBadge.tsx';

/** A list of documents: a table on wide screens, stacked cards on a phone (each cell says what it is). */
export function DocumentTable({ config, documents }: { config: KindConfig; documents: DocumentSummary[] }) {
  const { t } = useTranslation();
  const labels = {
    number: t('docs.columns.number'),
    date: t('docs.columns.date'),
    second: config.secondDate === 'expiry_date' ? t('docs.columns.expiryDate') : t('docs.columns.dueDate'),
    status: t('docs.columns.status'),
    total: t('docs.columns.total'),
    balance: config.kind === 'credit_note' ? t('docs.columns.unusedCredit') : t('docs.columns.balance'),
  };
  return (
    <div className="ui-table-wrap p-stack-table">
      <table className="ui-table">
        <caption className="ui-visually-hidden">{t(`docs.${config.key}.title`)}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.number}</th>
            <th scope="col">{labels.date}</th>
            {config.secondDate ? <th scope="col">{labels.second}</th> : null}
            <th scope="col">{labels.status}</th>
            <th scope="col" className="p-num">
              {labels.total}
            </th>
            {config.showBalance ? (
              <th scope="col" className="p-num">
                {labels.balance}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {documents.map((doc) => (
            <tr key={doc.id}>
              <th scope="row" data-label={labels.number}>
                <span className="p-cell">
                  <Link to={`/${config.segment}/${encodeURIComponent(doc.id)}`}>{doc.number}</Link>
                  {doc.reference ? <span className="ui-muted ui-small p-block">{doc.reference}</span> : null}
                </span>
              </th>
              <td data-label={labels.date}>{calendarDate(doc.issue_date)}</td>
              {config.secondDate ? <td data-label={labels.second}>{calendarDate(doc[config.secondDate]) || '—'}</td> : null}
              <td data-label={labels.status}>
                <DocumentStatusBadge status={doc.status} />
              </td>
              <td data-label={labels.total} className="p-num">
                {money(doc.total_minor, doc.currency)}
              </td>
              {config.showBalance ? (
                <td data-label={labels.balance} className="p-num">
                  {money(doc.balance_minor, doc.currency)}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../../../ui/components/DateText.tsx';
import { Money } from '../../../ui/components/Money.tsx';
import { fetchOverdueInstalments, overdueInstalmentsKey } from '../documents/schedule-queries.ts';

/** Instalments past their due date and not yet paid, each linking to its invoice; nothing when there are none. */
export function OverdueInstalments() {
  const { t } = useTranslation();
  const overdue = useQuery({ queryKey: overdueInstalmentsKey, queryFn: ({ signal }) => fetchOverdueInstalments(signal) });
  const rows = overdue.data ?? [];
  if (rows.length === 0) return null;
  return (
    <section className="p-card" aria-labelledby="overdue-instalments-heading">
      <h2 id="overdue-instalments-heading" className="p-card__title">
        {t('schedule.overdueTitle')}
      </h2>
      <table className="ui-table">
        <caption className="ui-visually-hidden">{t('schedule.overdueCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('schedule.document')}</th>
            <th scope="col">{t('schedule.dueDate')}</th>
            <th scope="col" className="p-num">
              {t('schedule.remaining')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.document_id}-${row.due_date}`}>
              <th scope="row">
                <Link to={`/${row.kind === 'invoice' ? 'invoices' : 'retainer-invoices'}/${encodeURIComponent(row.document_id)}`}>{row.number}</Link>
              </th>
              <td>
                <DateText value={row.due_date} />
              </td>
              <td className="p-num">
                <Money minor={row.remaining_minor} currency={row.currency} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../ui/components/DataTable.tsx';
import { DateText } from '../../../ui/components/DateText.tsx';
import { Money } from '../../../ui/components/Money.tsx';
import type { CursorList } from '../../../ui/query/useCursorList.ts';
import type { KindConfig } from '../../lib/documentKinds.ts';
import { DocumentStatusBadge } from './DocumentStatusBadge.tsx';
import type { DocumentSummary } from './queries.ts';

/** A list of documents: a table on wide screens, stacked cards on a phone (each cell says what it is). */
export function DocumentTable({ config, list, empty }: { config: KindConfig; list: CursorList<DocumentSummary>; empty: ReactNode }) {
  const { t } = useTranslation();
  const columns: Column<DocumentSummary>[] = [
    {
      id: 'number',
      header: t('docs.columns.number'),
      rowHeader: true,
      cell: (doc) => (
        <>
          <Link to={`/${config.segment}/${encodeURIComponent(doc.id)}`}>{doc.number}</Link>
          {doc.reference ? <span className="ui-muted ui-small p-block">{doc.reference}</span> : null}
        </>
      ),
    },
    { id: 'date', header: t('docs.columns.date'), cell: (doc) => <DateText value={doc.issue_date} /> },
  ];
  const secondDate = config.secondDate;
  if (secondDate) {
    columns.push({
      id: secondDate,
      header: secondDate === 'expiry_date' ? t('docs.columns.expiryDate') : t('docs.columns.dueDate'),
      cell: (doc) => <DateText value={doc[secondDate]} fallback="—" />,
    });
  }
  columns.push(
    { id: 'status', header: t('docs.columns.status'), cell: (doc) => <DocumentStatusBadge status={doc.status} /> },
    { id: 'total', header: t('docs.columns.total'), className: 'p-num', cell: (doc) => <Money minor={doc.total_minor} currency={doc.currency} /> },
  );
  if (config.showBalance) {
    columns.push({
      id: 'balance',
      header: config.kind === 'credit_note' ? t('docs.columns.unusedCredit') : t('docs.columns.balance'),
      className: 'p-num',
      cell: (doc) => <Money minor={doc.balance_minor} currency={doc.currency} />,
    });
  }
  return (
    <DataTable
      caption={t(`docs.${config.key}.title`)}
      columns={columns}
      list={list}
      stacked
      errorTitle={t('common.errorTitle')}
      empty={empty}
      loadMoreLabels={{ shown: (count) => t('docs.shown', { count }), loadMore: t('docs.loadMore') }}
    />
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../ui/billing-format.ts';
import { DataTable, type Column } from '../../../ui/components/index.ts';
import { formatMoney } from '../../../ui/format.ts';
import type { CursorList } from '../../../ui/query/useCursorList.ts';
import type { KindConfig } from '../../lib/document-kinds.ts';
import { DocumentStatusBadge } from './DocumentStatusBadge.tsx';
import type { DocumentSummary } from './queries.ts';

interface DocumentTableProps {
  config: KindConfig;
  list: CursorList<DocumentSummary>;
  caption: string;
  empty: ReactNode;
  showCustomer?: boolean;
}

/** Number, customer, dates, status and amounts; the number is the row's heading and its link. */
export function DocumentTable({ config, list, caption, empty, showCustomer = true }: DocumentTableProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const showBalance = config.payable || config.kind === 'credit_note';
  const columns: Column<DocumentSummary>[] = [
    {
      id: 'number',
      header: t('documents.number'),
      rowHeader: true,
      className: 'admin-row-head',
      cell: (document) => (
        <>
          <Link to={`/${config.path}/${document.id}`} className="admin-strong-link">
            {document.number}
          </Link>
          {document.reference ? <div className="ui-muted ui-small">{document.reference}</div> : null}
        </>
      ),
    },
    ...(showCustomer ? [{ id: 'customer', header: t('picker.customer'), cell: (document: DocumentSummary) => <Link to={`/customers/${document.customer.id}`}>{document.customer.display_name}</Link> }] : []),
    { id: 'issue', header: t('documents.issueDate'), className: 'admin-hide-narrow', cell: (document) => formatCalendarDate(document.issue_date, locale) },
    ...(config.hasDueDate ? [{ id: 'due', header: t('documents.dueDate'), className: 'admin-hide-narrow', cell: (document: DocumentSummary) => formatCalendarDate(document.due_date, locale) }] : []),
    ...(config.hasExpiryDate ? [{ id: 'expiry', header: t('documents.expiryDate'), className: 'admin-hide-narrow', cell: (document: DocumentSummary) => formatCalendarDate(document.expiry_date, locale) }] : []),
    { id: 'status', header: t('documents.status'), cell: (document) => <DocumentStatusBadge document={document} /> },
    { id: 'total', header: t('totals.total'), className: 'admin-num', cell: (document) => formatMoney(document.total_minor, document.currency, locale) },
    ...(showBalance
      ? [
          {
            id: 'balance',
            header: config.kind === 'credit_note' ? t('documents.unusedCredit') : t('documents.balance'),
            className: 'admin-num admin-hide-narrow',
            cell: (document: DocumentSummary) => formatMoney(document.balance_minor, document.currency, locale),
          },
        ]
      : []),
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      list={list}
      loadingLabel={t('common.loading')}
      errorTitle={t('documents.loadListFailed')}
      empty={empty}
      loadMoreLabels={{ shown: (count) => t('common.shown', { count }), loadMore: t('common.loadMore') }}
    />
  );
}

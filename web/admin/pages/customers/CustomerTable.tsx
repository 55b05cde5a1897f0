import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, DateText, StatusBadge, type Column } from '../../../ui/components/index.ts';
import { languageName } from '../../../ui/format.ts';
import type { CursorList } from '../../../ui/query/useCursorList.ts';
import type { CustomerSummary } from './queries.ts';

interface CustomerTableProps {
  list: CursorList<CustomerSummary>;
  selected: ReadonlySet<string>;
  onSelect: (ids: Set<string>) => void;
  empty: ReactNode;
}

/** The customers loaded so far, each with a checkbox for bulk actions; contact, language and date hide on a phone. */
export function CustomerTable({ list, selected, onSelect, empty }: CustomerTableProps) {
  const { t, i18n } = useTranslation();
  const columns: Column<CustomerSummary>[] = [
    {
      id: 'name',
      header: t('customers.name'),
      cell: (customer) => (
        <>
          <Link to={`/customers/${customer.id}`} className="admin-strong-link">
            {customer.display_name}
          </Link>
          {customer.company_name && customer.company_name !== customer.display_name ? <div className="ui-muted ui-small">{customer.company_name}</div> : null}
        </>
      ),
    },
    {
      id: 'contact',
      header: t('customers.primaryContact'),
      className: 'admin-hide-narrow',
      cell: (customer) =>
        customer.primary_contact ? (
          <>
            {customer.primary_contact.name}
            {customer.primary_contact.email ? <div className="ui-muted ui-small">{customer.primary_contact.email}</div> : null}
          </>
        ) : (
          <span className="ui-muted">{t('customers.noContact')}</span>
        ),
    },
    { id: 'language', header: t('customers.language'), className: 'admin-hide-narrow', cell: (customer) => languageName(customer.portal_language, i18n.language) },
    {
      id: 'portal',
      header: t('customers.portal'),
      cell: (customer) =>
        customer.portal_active_count > 0 ? <StatusBadge tone="success">{t('customers.portalActive', { count: customer.portal_active_count })}</StatusBadge> : <StatusBadge>{t('customers.portalNone')}</StatusBadge>,
    },
    { id: 'created', header: t('customers.created'), className: 'admin-hide-narrow', cell: (customer) => <DateText value={customer.created_at} kind="date" /> },
  ];
  return (
    <DataTable
      caption={t('customers.title')}
      className="admin-customer-table"
      columns={columns}
      list={list}
      loadingLabel={t('customers.loading')}
      errorTitle={t('customers.loadFailed')}
      empty={empty}
      loadMoreLabels={{ shown: (count) => t('customers.shown', { count }), loadMore: t('common.loadMore') }}
      selection={{
        selected,
        onChange: onSelect,
        allLabel: t('customers.selectAllLoaded'),
        rowLabel: (customer) => t('customers.selectOne', { name: customer.display_name }),
      }}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../ui/components/DataTable.tsx';
import { DateText } from '../../../ui/components/DateText.tsx';
import { EmptyState } from '../../../ui/components/Feedback.tsx';
import { Money } from '../../../ui/components/Money.tsx';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { pick } from '../../lib/documentKinds.ts';
import { FilterTabs, SearchBox, useListParams } from '../documents/ListControls.tsx';
import { OrderStatusBadge } from './OrderStatusBadge.tsx';
import { fetchOrderPage, orderFilters, orderKeys, type OrderListFilters, type OrderSummary } from './queries.ts';

/** The customer's orders: filter by status, search by number or PO number, page. */
export function OrderListPage() {
  const { t } = useTranslation();
  const { params, update } = useListParams();
  const filters: OrderListFilters = { filter: pick(params.get('filter'), orderFilters, 'all'), search: params.get('search')?.trim() ?? '' };
  const list = useCursorList({ queryKey: orderKeys.list(filters), fetchPage: ({ cursor, signal }) => fetchOrderPage(filters, cursor, signal) });
  const columns: Column<OrderSummary>[] = [
    {
      id: 'number',
      header: t('orders.columns.number'),
      rowHeader: true,
      cell: (order) => (
        <>
          <Link to={`/orders/${encodeURIComponent(order.id)}`}>{order.number}</Link>
          {order.po_number ? <span className="ui-muted ui-small p-block">{t('orders.po', { po: order.po_number })}</span> : null}
        </>
      ),
    },
    { id: 'date', header: t('orders.columns.date'), cell: (order) => <DateText value={order.order_date} kind="calendar" /> },
    { id: 'status', header: t('orders.columns.status'), cell: (order) => <OrderStatusBadge status={order.status} /> },
    { id: 'total', header: t('orders.columns.total'), className: 'p-num', cell: (order) => <Money minor={order.total_minor} currency={order.currency} /> },
  ];
  const empty = (
    <EmptyState
      title={filters.search ? t('docs.noMatch', { search: filters.search }) : t('orders.empty')}
      description={filters.filter !== 'all' && !filters.search ? t('docs.tryAll') : undefined}
      action={filters.filter === 'all' && !filters.search ? <Link to="/catalog">{t('orders.browse')}</Link> : undefined}
    />
  );
  return (
    <>
      <PageHeader title={t('orders.title')} />
      <FilterTabs filters={orderFilters} current={filters.filter} labelKey="orders.filters" label={t('docs.filterLabel')} />
      <div className="p-list-controls">
        <SearchBox value={filters.search} label={t('orders.search')} onSearch={(text) => update({ search: text || undefined })} />
      </div>
      <div aria-busy={list.status === 'pending'}>
        <DataTable
          caption={t('orders.title')}
          columns={columns}
          list={list}
          stacked
          errorTitle={t('common.errorTitle')}
          empty={empty}
          loadMoreLabels={{ shown: (count) => t('docs.shown', { count }), loadMore: t('docs.loadMore') }}
        />
      </div>
    </>
  );
}

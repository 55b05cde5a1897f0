import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../ui/billing-format.ts';
import { DataTable, EmptyState, TextInput, type Column } from '../../../ui/components/index.ts';
import { formatMoney } from '../../../ui/format.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { fetchSalesOrders, salesOrderKeys, type SalesOrderListQuery, type SalesOrderStatus, type SalesOrderSummary } from './queries.ts';
import { SalesOrderStatusBadge } from './SalesOrderStatusBadge.tsx';
import { StatusTabs } from './StatusTabs.tsx';

type Tab = 'all' | Exclude<SalesOrderStatus, 'draft'>;
export const salesOrderTabs: readonly Tab[] = ['all', 'pending_approval', 'confirmed', 'partially_shipped', 'shipped', 'delivered', 'cancelled'];

/** Sales orders: status tabs, search by number, customer or PO number, paged by the server's cursor. */
export function SalesOrderListPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const title = t('salesOrders.title');
  useDocumentTitle(title);
  const [tab, setTab] = useState<Tab>('all');
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 300);
  const query: SalesOrderListQuery = { status: tab === 'all' ? undefined : tab, search: debounced || undefined, limit: 25 };
  const list = useCursorList({
    queryKey: salesOrderKeys.list(query),
    fetchPage: ({ cursor, signal }) => fetchSalesOrders({ ...query, cursor }, signal),
  });
  const filtered = tab !== 'all' || Boolean(debounced);
  const newLink = (
    <Link to="/sales-orders/new" className="ui-button ui-button--primary">
      {t('salesOrders.new')}
    </Link>
  );
  const columns: Column<SalesOrderSummary>[] = [
    {
      id: 'number',
      header: t('salesOrders.number'),
      rowHeader: true,
      cell: (order) => (
        <>
          <Link to={`/sales-orders/${order.id}`} className="admin-strong-link">
            {order.number}
          </Link>
          {order.po_number ? <div className="ui-muted ui-small">{t('salesOrders.poShort', { po: order.po_number })}</div> : null}
        </>
      ),
    },
    { id: 'customer', header: t('picker.customer'), cell: (order) => <Link to={`/customers/${order.customer.id}`}>{order.customer.display_name}</Link> },
    { id: 'date', header: t('salesOrders.orderDate'), className: 'admin-hide-narrow', cell: (order) => formatCalendarDate(order.order_date, locale) },
    { id: 'ship', header: t('salesOrders.expectedShipment'), className: 'admin-hide-narrow', cell: (order) => formatCalendarDate(order.expected_shipment_date, locale) || '—' },
    { id: 'status', header: t('salesOrders.status'), cell: (order) => <SalesOrderStatusBadge status={order.status} /> },
    { id: 'total', header: t('totals.total'), className: 'admin-num', cell: (order) => formatMoney(order.total_minor, order.currency, locale) },
  ];

  return (
    <>
      <div className="admin-page-header">
        <h1>{title}</h1>
        {newLink}
      </div>
      <StatusTabs label={t('salesOrders.statusFilter')} values={salesOrderTabs} active={tab} onChange={setTab} text={(value) => (value === 'all' ? t('salesOrders.allStatuses') : t(`orderStatus.${value}`))} panelId="sales-orders-panel" />
      <div role="tabpanel" id="sales-orders-panel" aria-labelledby={`sales-orders-panel-tab-${tab}`}>
        <search className="admin-toolbar admin-doc-toolbar">
          <TextInput type="search" label={t('salesOrders.search')} value={search} onChange={(e) => setSearch(e.target.value)} fieldClassName="admin-toolbar__search" />
        </search>
        <DataTable
          caption={title}
          columns={columns}
          list={list}
          stacked
          loadingLabel={t('common.loading')}
          errorTitle={t('salesOrders.loadListFailed')}
          empty={filtered ? <EmptyState title={t('salesOrders.noMatch')} /> : <EmptyState title={t('salesOrders.empty')} action={newLink} />}
          loadMoreLabels={{ shown: (count) => t('common.shown', { count }), loadMore: t('common.loadMore') }}
        />
      </div>
    </>
  );
}
